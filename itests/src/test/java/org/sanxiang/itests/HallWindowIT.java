package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.sanxiang.api.applications.PermitApplications;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.journal.InboundJournal;
import org.sanxiang.api.journal.JournalEntry;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.routes.common.PasswordHash;
import org.sanxiang.simulator.screen.ScreenDisplay;

/**
 * Issue 6, the hall-window adapter (办事大厅/服务窗口) over real HTTP with real SOAP envelopes: every operation
 * for a screen and a counter (R-D3a, R-D3c, R-D3d, R-D4), a permit application through its steps with the
 * working-day clock paused by a 特别程序, reads in the access audit (R-R6), every request and its outcome in
 * the inbound journal, each fault with its code and Chinese message (unknown user, wrong password, replayed
 * token, PasswordDigest, role, schema, input, not found), hostile input (billion laughs, external entity,
 * 10,000-deep nesting, oversized body) refused before anything is written, a GBK request understood, and
 * register changes pushed to a simulated screen that is down for a while.
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class HallWindowIT extends HubTestSupport {

    static final String NS = "urn:sanxiang:hall-window:v1";
    static final String PATH = "/cxf/hall/window";
    static final String SCREEN = "itest-screen";
    static final String SCREEN_PW = "itest-screen-" + "pw";
    static final String COUNTER = "itest-counter";
    static final String COUNTER_PW = "itest-counter-" + "pw";
    private static final String PUSHER = "itest-hub-push";
    private static final String PUSHER_PW = "itest-hub-push-" + "pw";
    private static final String PASSWORD_DIGEST =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    private InboundJournal journal;

    @Inject
    private Registers registers;

    @Inject
    private OfficerRegistry officers;

    @Inject
    private PermitApplications applications;

    @Override
    protected Option[] extraOptions() {
        return hallWindowOptions();
    }

    /** The clients, post board, push credentials and screen simulator (with the bare echo) of the suite. */
    static Option[] hallWindowOptions() {
        String clients = "etc/org.sanxiang.clients.cfg";
        String cfg = "etc/org.sanxiang.hallwindow.cfg";
        return new Option[] {
            editConfigurationFilePut(clients, "client." + SCREEN, "screen;" + PasswordHash.hash(SCREEN_PW.toCharArray(), 10_000)),
            editConfigurationFilePut(clients, "client." + COUNTER, "counter;" + PasswordHash.hash(COUNTER_PW.toCharArray(), 10_000)),
            editConfigurationFilePut(clients, "client." + PUSHER, "screen-push;" + PasswordHash.hash(PUSHER_PW.toCharArray(), 10_000)),
            editConfigurationFilePut(cfg, "push.user", PUSHER),
            editConfigurationFilePut(cfg, "push.password", PUSHER_PW),
            editConfigurationFilePut(cfg, "post.A01.title", "采矿权登记窗口"),
            editConfigurationFilePut(cfg, "post.A01.staff", "HW001;HW002"),
            editConfigurationFilePut(cfg, "post.A01.duties", "受理采矿权申请; 一次性告知需补正的全部材料"),
            editConfigurationFilePut(cfg, "post.A01.forms", "采矿权申请登记书|大厅资料架3号; 开采方案编写提纲|大厅资料架4号"),
            editConfigurationFilePut(cfg, "post.A01.enquiry", "咨询电话 0355-2021234"),
            editConfigurationFilePut(cfg, "post.A01.complaint", "投诉电话 0355-2021000; 12345政务服务便民热线"),
            editConfigurationFilePut("etc/org.sanxiang.simulator.screen.cfg", "screen.role", "screen-push"),
            editConfigurationFilePut("etc/org.sanxiang.simulator.screen.cfg", "echo.address", "/sim/echo"),
            // the bureau's case system, legal office and registers, for a permit decision that waits for the review
            editConfigurationFilePut(clients, "client." + ReviewDesk.CASES, "case-system;"
                    + PasswordHash.hash(EnforcementIT.password(ReviewDesk.CASES).toCharArray(), 10_000)),
            editConfigurationFilePut(clients, "client." + ReviewDesk.REVIEWER, "reviewer;"
                    + PasswordHash.hash(EnforcementIT.password(ReviewDesk.REVIEWER).toCharArray(), 10_000)),
            editConfigurationFilePut(clients, "client." + ReviewDesk.REGISTERS, "registers;"
                    + PasswordHash.hash(EnforcementIT.password(ReviewDesk.REGISTERS).toCharArray(), 10_000)),
        };
    }

    /** Registers, officers and the screen simulator, once per Karaf (idempotent). */
    @Before
    public void fixtures() throws Exception {
        // the service is published by its route, which may start after the services the test injects
        awaitPublished("/cxf/hall/window?wsdl");
        if (registers.asOf(RegisterType.SERVICE_GUIDE, TODAY).stream().anyMatch(e -> e.key().equals("XK-001"))) {
            return;
        }
        LocalDate from = TODAY.minusDays(30);
        officers.save(new Officer("HW001", "王立新", "长治市自然资源局", "窗口负责人", new Certificate("14040020001",
                EnumSet.of(EnforcementKind.PERMIT, EnforcementKind.INSPECTION), "140400", from, TODAY.plusYears(2))),
                "itest");
        officers.save(new Officer("HW002", "李红", "长治市自然资源局", "窗口受理员", new Certificate("14040020002",
                EnumSet.of(EnforcementKind.PERMIT), "140400", TODAY.minusYears(3), TODAY.minusDays(1))), "itest");
        registers.syncPersonnel(from, "itest");
        registers.put(RegisterType.ENFORCEMENT_ITEM, "XK-001", fields("事项名称", "采矿权新立登记", "实施主体", "长治市自然资源局",
                "职责", "负责本行政区域采矿权审批登记", "职权类别", "行政许可", "法定依据", "《矿产资源法》第三条"), from, "itest");
        Map<String, String> guide = new LinkedHashMap<>();
        for (String f : RegisterType.SERVICE_GUIDE.requiredFields()) {
            guide.put(f, f + "（见大厅公示）");
        }
        guide.put("事项名称", "采矿权新立登记");
        guide.put("办理时限", "20个工作日");
        registers.put(RegisterType.SERVICE_GUIDE, "XK-001", guide, from, "itest");
        registers.put(RegisterType.PROCESS_FLOW, "XK-001", fields("事项名称", "采矿权新立登记", "步骤1", "申请 → 受理",
                "步骤2", "受理 → 审查", "步骤3", "审查 → 决定"), from, "itest");
    }

    // ------------------------------------------------------------------ queries: screen and counter

    @Test
    public void aScreenQueriesTheRegistersTheGuideAndThePersonnelList() throws Exception {
        String id = uniqueId("items");
        HttpAnswer items = call(SCREEN, SCREEN_PW, "ListEnforcementItems", "<hw:requestId>" + id + "</hw:requestId>");
        assertEquals(items.toString(), 200, items.status);
        assertTrue(items.body, items.body.contains("<key>XK-001</key>") || items.body.contains(":key>XK-001<"));
        assertTrue(items.body, items.body.contains("《矿产资源法》第三条"));
        assertJournaled(SCREEN + "/" + id, "OK");

        HttpAnswer guide = call(SCREEN, SCREEN_PW, "GetServiceGuide", "<hw:itemKey>XK-001</hw:itemKey>");
        assertEquals(guide.toString(), 200, guide.status);
        assertTrue(guide.body, guide.body.contains("20个工作日") && guide.body.contains("受理 → 审查"));

        HttpAnswer personnel = call(COUNTER, COUNTER_PW, "ListPersonnel", "");
        assertEquals(personnel.toString(), 200, personnel.status);
        assertTrue(personnel.body, personnel.body.contains("王立新") && personnel.body.contains("14040020001"));

        HttpAnswer unknownGuide = call(SCREEN, SCREEN_PW, "GetServiceGuide", "<hw:itemKey>NOPE-1</hw:itemKey>");
        assertFault(unknownGuide, "SX-NOTFOUND", "未找到事项 NOPE-1 的服务指南");
    }

    @Test
    public void thePostBoardAndCertificateChecksShowOnlyThePublicList() throws Exception {
        HttpAnswer board = call(SCREEN, SCREEN_PW, "GetPostBoard", "<hw:counterId>A01</hw:counterId>");
        assertEquals(board.toString(), 200, board.status);
        for (String expected : List.of("采矿权登记窗口", "王立新", "窗口负责人", "一次性告知需补正的全部材料", "大厅资料架3号",
                "咨询电话 0355-2021234", "12345政务服务便民热线", "EXPIRED", "VALID")) {
            assertTrue(expected + " in " + board.body, board.body.contains(expected));
        }
        assertFault(call(SCREEN, SCREEN_PW, "GetPostBoard", "<hw:counterId>Z99</hw:counterId>"), "SX-NOTFOUND",
                "岗位信息公示牌");

        HttpAnswer valid = call(SCREEN, SCREEN_PW, "VerifyCertificate", "<hw:certificateNumber>14040020001</hw:certificateNumber>");
        assertEquals(valid.toString(), 200, valid.status);
        assertTrue(valid.body, valid.body.contains(">VALID<") && valid.body.contains("王立新") && valid.body.contains("行政许可"));
        HttpAnswer expired = call(SCREEN, SCREEN_PW, "VerifyCertificate", "<hw:certificateNumber>14040020002</hw:certificateNumber>");
        assertTrue(expired.body, expired.body.contains(">EXPIRED<"));
        HttpAnswer unknown = call(SCREEN, SCREEN_PW, "VerifyCertificate", "<hw:certificateNumber>99999</hw:certificateNumber>");
        assertTrue(unknown.body, unknown.body.contains(">UNKNOWN<") && !unknown.body.contains("<name>"));
    }

    // ------------------------------------------------------------------ applications

    @Test
    public void aCounterSubmitsAndFollowsAnApplicationAndAScreenMayNotSubmit() throws Exception {
        String requestId = uniqueId("submit");
        HttpAnswer submitted = call(COUNTER, COUNTER_PW, "SubmitApplication", submitBody(requestId, "张三丰"));
        assertEquals(submitted.toString(), 200, submitted.status);
        String receipt = element(submitted.body, "receiptNumber");
        assertTrue(receipt, receipt.matches("SQ\\d{14}"));
        assertTrue(submitted.body, submitted.body.contains(">false</") && submitted.body.contains("采矿权新立登记"));
        assertJournaled(COUNTER + "/" + requestId, "OK");

        HttpAnswer again = call(COUNTER, COUNTER_PW, "SubmitApplication", submitBody(requestId, "张三丰"));
        assertEquals(receipt, element(again.body, "receiptNumber"));
        assertTrue(again.body, again.body.contains(">true</"));

        int before = applications.list(1000, new AccessRequest("itest", "核对申请数量")).size();
        String screenRequest = uniqueId("screen-submit");
        assertFault(call(SCREEN, SCREEN_PW, "SubmitApplication", submitBody(screenRequest, "李四")), "SX-AUTH", "身份验证失败");
        assertEquals(before, applications.list(1000, new AccessRequest("itest", "核对申请数量")).size());
        assertJournaled(SCREEN + "/" + screenRequest, "REFUSED SX-AUTH");

        assertFault(call(COUNTER, COUNTER_PW, "SubmitApplication", submitBody(uniqueId("bad-item"), "王五")
                .replace("XK-001", "XK-404")), "SX-INPUT", "不在服务指南或行政执法事项清单中");

        String today = TODAY.toString();
        HttpAnswer accepted = step(receipt, "ACCEPTED", today, "");
        assertEquals(accepted.toString(), 200, accepted.status);
        assertTrue(accepted.body, accepted.body.contains("<remainingWorkingDays>20<")
                || accepted.body.contains(":remainingWorkingDays>20<"));
        HttpAnswer paused = step(receipt, "SPECIAL_PROCEDURE_START", today, "<hw:note>专家评审</hw:note>");
        assertTrue(paused.body, paused.body.contains("paused>true<"));
        assertFault(step(receipt, "ACCEPTED", today, ""), "SX-INPUT", "当前环节为特别程序开始");
        assertFault(call(SCREEN, SCREEN_PW, "RecordApplicationStep", "<hw:receiptNumber>" + receipt
                + "</hw:receiptNumber><hw:kind>SPECIAL_PROCEDURE_END</hw:kind>"), "SX-AUTH", "身份验证失败");
        step(receipt, "SPECIAL_PROCEDURE_END", today, "");
        // 持证上岗 (R-D4, issue 20): the decision names its officer, certified for 行政许可 in the region on the day
        assertFault(step(receipt, "DECIDED", today, "<hw:decision>APPROVED</hw:decision>"), "SX-INPUT",
                "登记审批结果须注明作出决定的执法人员");
        String penaltyOnly = CaseFixtures.officer(officers, "只有处罚证");
        assertFault(step(receipt, "DECIDED", today, "<hw:decision>APPROVED</hw:decision><hw:decidedBy>" + penaltyOnly
                + "</hw:decidedBy>"), "SX-INPUT", "持证上岗(R-D4)");
        String permitOfficer = uniqueId("xk");
        officers.save(new org.sanxiang.api.records.Officer(permitOfficer, "许可审批员", "长治市自然资源局", "行政审批科",
                new org.sanxiang.api.records.Certificate("CERT-" + permitOfficer,
                        java.util.EnumSet.of(org.sanxiang.api.domain.EnforcementKind.PERMIT), "140400",
                        TODAY.minusYears(1), TODAY.plusYears(1))), "itest");
        HttpAnswer decided = step(receipt, "DECIDED", today, "<hw:decision>APPROVED</hw:decision><hw:decidedBy>"
                + permitOfficer + "</hw:decidedBy>");
        assertTrue(decided.body, decided.body.contains("审批结果: 准予许可"));
        assertEquals(permitOfficer, applications.progress(receipt, new org.sanxiang.api.records.AccessRequest("itest",
                "核对审批人员")).steps().stream().filter(st -> st.kind() == org.sanxiang.api.applications.StepKind.DECIDED)
                .findFirst().orElseThrow().decidedBy());

        HttpAnswer progress = call(SCREEN, SCREEN_PW, "GetApplicationProgress", "<hw:receiptNumber>" + receipt
                + "</hw:receiptNumber>");
        assertEquals(progress.toString(), 200, progress.status);
        for (String label : List.of("申请", "受理", "特别程序开始", "特别程序结束", "审批结果")) {
            assertTrue(label, progress.body.contains(">" + label));
        }
        assertTrue("natural person's name masked: " + progress.body, progress.body.contains("张**")
                && !progress.body.contains("张三丰") && !progress.body.contains("140105199001011234"));
        assertTrue(applications.reads(receipt, 10).stream().anyMatch(r -> r.who().equals(SCREEN)));
        // 调阅监督 (R-R6, issue 20): the screen's read is in the one access log with the reads of every other channel
        String log = console("sanxiang:access-log --csv -n 20 -r " + receipt);
        assertTrue(log, log.lines().anyMatch(l -> l.contains("," + SCREEN + ",APPLICATION," + receipt + ",")));
        assertFault(call(SCREEN, SCREEN_PW, "GetApplicationProgress", "<hw:receiptNumber>SQ20000101000000</hw:receiptNumber>"),
                "SX-NOTFOUND", "查无此申请回执编号");
    }

    @Test
    public void aRequestDeclaredInGbkIsUnderstood() throws Exception {
        String requestId = uniqueId("gbk");
        String xml = "<?xml version=\"1.0\" encoding=\"GBK\"?>" + envelope(COUNTER, COUNTER_PW, true, "SubmitApplication",
                submitBody(requestId, "赵钱孙"));
        HttpAnswer answer = send(PATH, "SubmitApplication", xml.getBytes(Charset.forName("GBK")), "text/xml; charset=GBK", 30_000);
        assertEquals(answer.toString(), 200, answer.status);
        String receipt = element(answer.body, "receiptNumber");
        assertEquals("赵钱孙", applications.progress(receipt, new AccessRequest("itest", "核对GBK申请")).application().applicantName());
    }

    // ------------------------------------------------------------------ security faults

    @Test
    public void unknownWrongReplayedAndDigestTokensAreRefused() throws Exception {
        assertFault(call("nobody", "x", "ListPersonnel", ""), "SX-AUTH", "身份验证失败");
        assertFault(call(SCREEN, "wrong", "ListPersonnel", ""), "SX-AUTH", "身份验证失败");
        String noToken = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + body("ListPersonnel", "") + "</soapenv:Body></soapenv:Envelope>";
        assertFault(post(PATH, action("ListPersonnel"), noToken.getBytes(StandardCharsets.UTF_8)), "SX-AUTH", "身份验证失败");
        assertFault(post(PATH, action("ListPersonnel"), envelope(SCREEN, SCREEN_PW, false, "ListPersonnel", "")
                .getBytes(StandardCharsets.UTF_8)), "SX-AUTH", "身份验证失败");
        String requestId = uniqueId("replay");
        byte[] once = envelope(SCREEN, SCREEN_PW, true, "ListPersonnel", "<hw:requestId>" + requestId
                + "</hw:requestId>").getBytes(StandardCharsets.UTF_8);
        assertEquals(200, post(PATH, action("ListPersonnel"), once).status);
        assertFault(post(PATH, action("ListPersonnel"), once), "SX-AUTH", "身份验证失败");
        String digest = envelope(SCREEN, SCREEN_PW, true, "ListPersonnel", "").replace(PASSWORD_TEXT, PASSWORD_DIGEST);
        assertFault(post(PATH, action("ListPersonnel"), digest.getBytes(StandardCharsets.UTF_8)), "SX-AUTH", "身份验证失败");
        String schemaInvalid = uniqueId("schema");
        assertFault(call(SCREEN, SCREEN_PW, "GetServiceGuide", "<hw:requestId>" + schemaInvalid
                + "</hw:requestId><hw:itemKey>not a key!</hw:itemKey>"), "SX-SCHEMA", "请求报文不符合接口规范");
        assertNotJournaled(SCREEN + "/" + schemaInvalid);
    }

    /**
     * Issue 16: the nonces are kept in the hub's database, so a request replayed after a restart of the bundle that
     * serves the endpoint (a hot redeploy) is still refused; before, the restarted bundle had forgotten them.
     */
    @Test
    public void aReplayAfterARestartOfTheBundleIsStillRefused() throws Exception {
        byte[] once = envelope(SCREEN, SCREEN_PW, true, "ListPersonnel", "<hw:requestId>" + uniqueId("restart")
                + "</hw:requestId>").getBytes(StandardCharsets.UTF_8);
        assertEquals(200, post(PATH, action("ListPersonnel"), once).status);
        org.osgi.framework.Bundle bundle = java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> "sanxiang-hall-window".equals(b.getSymbolicName())).findFirst().orElseThrow();
        bundle.stop();
        bundle.start();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                call(SCREEN, SCREEN_PW, "ListPersonnel", "").status == 200);
        assertFault(post(PATH, action("ListPersonnel"), once), "SX-AUTH", "身份验证失败");
    }

    /**
     * A token without nonce or creation time beside a {@code wsu:Timestamp} — what the npm {@code soap} client and
     * WCF's UserNameOverTransport send by default — is accepted once: the same bytes again are a replay (R-S1);
     * without the Timestamp, or with one that expired, the request is refused.
     */
    @Test
    public void aTimestampMakesATokenWithoutNonceFreshOnce() throws Exception {
        Instant now = Instant.now();
        String requestId = uniqueId("ts");
        byte[] stamped = timestamped(SCREEN, SCREEN_PW, now, now.plusSeconds(300), requestId)
                .getBytes(StandardCharsets.UTF_8);
        HttpAnswer first = post(PATH, action("ListPersonnel"), stamped);
        assertEquals(first.toString(), 200, first.status);
        assertFault(post(PATH, action("ListPersonnel"), stamped), "SX-AUTH", "身份验证失败");
        HttpAnswer another = post(PATH, action("ListPersonnel"), timestamped(SCREEN, SCREEN_PW, now, now.plusSeconds(300),
                uniqueId("ts")).getBytes(StandardCharsets.UTF_8));
        assertEquals("another request in the same second is no replay: " + another, 200, another.status);
        assertFault(post(PATH, action("ListPersonnel"), timestamped(SCREEN, SCREEN_PW, now.minusSeconds(900),
                now.minusSeconds(600), uniqueId("ts")).getBytes(StandardCharsets.UTF_8)), "SX-AUTH", "身份验证失败");
        assertFault(post(PATH, action("ListPersonnel"), timestamped(SCREEN, SCREEN_PW, now.minusSeconds(400),
                now.plusSeconds(600), uniqueId("ts")).getBytes(StandardCharsets.UTF_8)), "SX-AUTH", "身份验证失败");
    }

    private static String timestamped(String user, String password, Instant created, Instant expires, String requestId) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Header><wsse:Security xmlns:wsse=\"" + WSSE_NS + "\" xmlns:wsu=\"" + WSU_NS + "\">"
                + "<wsu:Timestamp wsu:Id=\"TS-1\"><wsu:Created>" + created.truncatedTo(ChronoUnit.SECONDS) + "</wsu:Created>"
                + "<wsu:Expires>" + expires.truncatedTo(ChronoUnit.SECONDS) + "</wsu:Expires></wsu:Timestamp>"
                + "<wsse:UsernameToken><wsse:Username>" + user + "</wsse:Username>"
                + "<wsse:Password Type=\"" + PASSWORD_TEXT + "\">" + password + "</wsse:Password>"
                + "</wsse:UsernameToken></wsse:Security></soapenv:Header>"
                + "<soapenv:Body>" + body("ListPersonnel", "<hw:requestId>" + requestId + "</hw:requestId>")
                + "</soapenv:Body></soapenv:Envelope>";
    }

    @Test
    public void hostileInputIsRefusedQuicklyAndNothingIsWritten() throws Exception {
        int applicationsBefore = applications.list(1000, new AccessRequest("itest", "核对申请数量")).size();
        String laughsId = uniqueId("laughs");
        StringBuilder entities = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        entities.append("]>");
        String laughs = "<?xml version=\"1.0\"?>" + entities + envelope(COUNTER, COUNTER_PW, true, "SubmitApplication",
                submitBody(laughsId, "&lol9;"));
        assertRefusedFast(laughs.getBytes(StandardCharsets.UTF_8), "SX-DTD");

        String xxeId = uniqueId("xxe");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + envelope(COUNTER, COUNTER_PW, true, "SubmitApplication", submitBody(xxeId, "&x;"));
        HttpAnswer xxeAnswer = assertRefusedFast(xxe.getBytes(StandardCharsets.UTF_8), "SX-DTD");
        assertFalse(xxeAnswer.body, xxeAnswer.body.contains("root:"));

        String deepId = uniqueId("deep");
        String deep = envelope(SCREEN, SCREEN_PW, true, "ListPersonnel", "<hw:requestId>" + deepId + "</hw:requestId>"
                + "<x>".repeat(10_000));
        // 10,000 open elements (30 KB, under the size limit): the parser stops at the depth limit, long before the end
        assertRefusedFast(deep.getBytes(StandardCharsets.UTF_8), "SX-DEPTH");

        String bigId = uniqueId("big");
        String big = envelope(COUNTER, COUNTER_PW, true, "SubmitApplication", submitBody(bigId, "大")
                .replace("</hw:note>", "x".repeat(200_000) + "</hw:note>"));
        assertRefusedFast(big.getBytes(StandardCharsets.UTF_8), "SX-SIZE");

        String invalidId = uniqueId("invalid");
        assertRefusedFast(envelope(COUNTER, COUNTER_PW, true, "SubmitApplication", submitBody(invalidId, "钱")
                .replace("NATURAL_PERSON", "ALIEN")).getBytes(StandardCharsets.UTF_8), "SX-SCHEMA");

        String camelHeaders = uniqueId("camel-header");
        HttpAnswer withCamelHeader = send(PATH, "ListPersonnel", envelope(SCREEN, SCREEN_PW, true, "ListPersonnel",
                "<hw:requestId>" + camelHeaders + "</hw:requestId>").getBytes(StandardCharsets.UTF_8),
                "text/xml; charset=UTF-8", 30_000, "CamelHttpResponseCode", "599");
        assertEquals("Camel* headers from outside are dropped", 200, withCamelHeader.status);

        assertJournaled(SCREEN + "/" + camelHeaders, "OK");
        for (String id : List.of(laughsId, xxeId, deepId, bigId, invalidId)) {
            assertNotJournaled(COUNTER + "/" + id);
            assertNotJournaled(SCREEN + "/" + id);
        }
        assertEquals(applicationsBefore, applications.list(1000, new AccessRequest("itest", "核对申请数量")).size());
    }

    // ------------------------------------------------------------------ screens: registration and pushes

    @Test
    public void registerChangesArePushedToARegisteredScreenEvenAfterItWasDown() throws Exception {
        ScreenDisplay screen = screenDisplay();
        String screenId = uniqueId("hall-screen");
        HttpAnswer registered = call(SCREEN, SCREEN_PW, "RegisterScreen", "<hw:screenId>" + screenId + "</hw:screenId>"
                + "<hw:callbackUrl>" + url("/cxf/sim/screen") + "</hw:callbackUrl><hw:register>ENFORCEMENT_ITEM</hw:register>");
        assertEquals(registered.toString(), 200, registered.status);
        assertFault(call(SCREEN, SCREEN_PW, "RegisterScreen", "<hw:screenId>" + uniqueId("evil") + "</hw:screenId>"
                + "<hw:callbackUrl>http://169.254.169.254/latest</hw:callbackUrl><hw:register>PERSONNEL</hw:register>"),
                "SX-INPUT", "不在允许范围内");
        assertFault(call(COUNTER, COUNTER_PW, "RegisterScreen", "<hw:screenId>" + screenId + "</hw:screenId>"
                + "<hw:callbackUrl>" + url("/cxf/sim/screen") + "</hw:callbackUrl><hw:register>PERSONNEL</hw:register>"),
                "SX-INPUT", "已由其他接入系统登记");

        String key = uniqueId("XK");
        registers.put(RegisterType.ENFORCEMENT_ITEM, key, fields("事项名称", "探矿权延续登记", "实施主体", "长治市自然资源局",
                "职责", "探矿权延续", "职权类别", "行政许可", "法定依据", "《矿产资源勘查区块登记管理办法》"), TODAY, "itest");
        await().atMost(Duration.ofSeconds(30)).until(() -> screen.shown().stream()
                .anyMatch(s -> s.key().equals(key) && s.screenId().equals(screenId)
                        && "探矿权延续登记".equals(s.fields().get("事项名称"))));

        screen.setAvailable(false);
        int failedBefore = screen.failedCalls();
        registers.withdraw(RegisterType.ENFORCEMENT_ITEM, key, TODAY, "itest");
        await().atMost(Duration.ofSeconds(30)).until(() -> screen.failedCalls() > failedBefore);
        screen.setAvailable(true);
        await().atMost(Duration.ofSeconds(60)).until(() -> screen.shown().stream()
                .anyMatch(s -> s.key().equals(key) && s.withdrawn()));
        assertEquals("each change shown once", 2, screen.shown().stream().filter(s -> s.key().equals(key)).count());
    }

    @Test
    public void theWsdlAndItsSchemaArePublished() throws Exception {
        HttpURLConnection c = (HttpURLConnection) new URL(url(PATH + "?wsdl")).openConnection();
        String wsdl = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(wsdl, wsdl.contains("HallWindowService") && wsdl.contains("SubmitApplication"));
        Matcher xsd = Pattern.compile("schemaLocation=\"([^\"]+)\"").matcher(wsdl);
        assertTrue(wsdl, xsd.find());
        HttpURLConnection s = (HttpURLConnection) new URL(xsd.group(1).replace("&amp;", "&")).openConnection();
        String schema = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(schema, schema.contains("申请回执编号"));
    }

    // ------------------------------------------------------------------ helpers

    private ScreenDisplay screenDisplay() {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            ServiceReference<ScreenDisplay> ref = bundleContext.getServiceReference(ScreenDisplay.class);
            return ref == null ? null : bundleContext.getService(ref);
        }, s -> s != null);
    }

    /**
     * Issue 20, R-L1: a permit decision (审批结果) recorded at the hall window goes through the same legal-review gate as
     * a case's 决定. The case system registers the proposed decision for the receipt number (人工认定 as major: 涉及重大
     * 公共利益) through the Enforcement service; the counter's DECIDED is refused, naming the review, until the legal
     * office approved it; GetReview of the receipt number tells the same.
     */
    @Test
    public void aMajorPermitDecisionWaitsAtTheCounterUntilTheLegalReviewApprovedIt() throws Exception {
        awaitPublished(EnforcementIT.PATH + "?wsdl");
        String receipt = element(call(COUNTER, COUNTER_PW, "SubmitApplication", submitBody(uniqueId("major"), "赵重大"))
                .body, "receiptNumber");
        String today = TODAY.toString();
        step(receipt, "ACCEPTED", today, "");
        String permitOfficer = uniqueId("xk");
        officers.save(new org.sanxiang.api.records.Officer(permitOfficer, "许可审批员", "长治市自然资源局", "行政审批科",
                new org.sanxiang.api.records.Certificate("CERT-" + permitOfficer,
                        java.util.EnumSet.of(org.sanxiang.api.domain.EnforcementKind.PERMIT), "140400",
                        TODAY.minusYears(1), TODAY.plusYears(1))), "itest");
        String decide = "<hw:decision>APPROVED</hw:decision><hw:decidedBy>" + permitOfficer + "</hw:decidedBy>";

        ReviewDesk desk = new ReviewDesk();
        org.sanxiang.itests.client.enforcement.Proposal proposal = desk.proposeReferred(receipt, "赵重大",
                "准予采矿权新立登记", "涉及重大公共利益,经局负责人认定为重大行政许可决定", permitOfficer);
        assertTrue("the catalogue marks it major", proposal.isMajor());
        assertFault(step(receipt, "DECIDED", today, decide), "SX-INPUT", "重大执法决定法制审核(R-L1)");
        String blocker = desk.review(receipt, permitOfficer).getDecisionBlocker();
        assertTrue(blocker, blocker != null && blocker.contains("属于重大执法决定"));

        org.sanxiang.itests.client.enforcement.Review request = desk.submit(receipt, permitOfficer);
        HttpAnswer inReview = step(receipt, "DECIDED", today, decide);
        assertFault(inReview, "SX-INPUT", "审核中");
        String reviewer = desk.qualifiedReviewer("法制审核员孙八");
        desk.approve(request.getId(), reviewer);
        assertEquals(null, desk.review(receipt, permitOfficer).getDecisionBlocker());
        HttpAnswer decided = step(receipt, "DECIDED", today, decide);
        assertTrue(decided.body, decided.body.contains("审批结果: 准予许可"));
        assertTrue("the review read the application as a logged read", applications.reads(receipt, 50).stream()
                .anyMatch(r -> r.purpose().startsWith("法制审核")));
    }

    private HttpAnswer step(String receipt, String kind, String on, String extra) throws IOException {
        return call(COUNTER, COUNTER_PW, "RecordApplicationStep", "<hw:receiptNumber>" + receipt + "</hw:receiptNumber>"
                + "<hw:kind>" + kind + "</hw:kind><hw:occurredOn>" + on + "</hw:occurredOn>" + extra);
    }

    static String submitBody(String requestId, String personName) {
        return "<hw:requestId>" + requestId + "</hw:requestId><hw:counterId>A01</hw:counterId><hw:itemKey>XK-001</hw:itemKey>"
                + "<hw:applicant><hw:type>NATURAL_PERSON</hw:type><hw:name>" + personName + "</hw:name>"
                + "<hw:idType>身份证</hw:idType><hw:idNumber>140105199001011234</hw:idNumber><hw:phone>13800000000</hw:phone>"
                + "</hw:applicant><hw:material><hw:name>采矿权申请登记书</hw:name><hw:copies>1</hw:copies></hw:material>"
                + "<hw:note>窗口收件</hw:note>";
    }

    private HttpAnswer assertRefusedFast(byte[] payload, String code) throws IOException {
        long start = System.nanoTime();
        HttpAnswer answer;
        try {
            answer = send(PATH, "SubmitApplication", payload, "text/xml; charset=UTF-8", 10_000);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within 10 s to input that should be refused with " + code, e);
        }
        System.out.printf("hostile input refused with %s in %d ms (%d bytes)%n", code,
                (System.nanoTime() - start) / 1_000_000, payload.length);
        assertFault(answer, code, "");
        return answer;
    }

    static void assertFault(HttpAnswer answer, String code, String text) {
        assertEquals(answer.toString(), 500, answer.status);
        assertTrue(answer.body, answer.body.contains("<faultstring") && answer.body.contains(code + ":"));
        assertTrue(answer.body, answer.body.contains(">" + code + "</sx:code>"));
        assertTrue(answer.body, answer.body.contains(text));
    }

    private void assertJournaled(String messageId, String outcome) {
        JournalEntry entry = await().atMost(Duration.ofSeconds(30)).until(() -> journal.find("hall-window", messageId)
                .orElse(null), e -> e != null);
        assertEquals(outcome, entry.outcome());
    }

    private void assertNotJournaled(String messageId) throws Exception {
        String marker = uniqueId("marker");
        assertEquals(200, call(SCREEN, SCREEN_PW, "ListPersonnel", "<hw:requestId>" + marker + "</hw:requestId>").status);
        await().atMost(Duration.ofSeconds(30)).until(() -> journal.find("hall-window", SCREEN + "/" + marker).isPresent());
        assertFalse(messageId + " journaled", journal.find("hall-window", messageId).isPresent());
    }

    static String element(String xml, String name) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + name + ">([^<]*)</").matcher(xml);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + xml);
        }
        return m.group(1);
    }

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static String action(String operation) {
        return NS + ":" + operation;
    }

    static String body(String operation, String inner) {
        return "<hw:" + operation + "Request xmlns:hw=\"" + NS + "\">" + inner + "</hw:" + operation + "Request>";
    }

    /** An envelope with a UsernameToken (PasswordText) carrying a fresh nonce and creation time. */
    static String envelope(String user, String password, boolean fresh, String operation, String inner) {
        return envelope(user, password, fresh, body(operation, inner));
    }

    static HttpAnswer call(String user, String password, String operation, String inner) throws IOException {
        return post(PATH, action(operation), envelope(user, password, true, operation, inner).getBytes(StandardCharsets.UTF_8));
    }

    static HttpAnswer send(String path, String operation, byte[] payload, String contentType, int readTimeoutMillis,
                           String... headers) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url(path)).openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setConnectTimeout(5_000);
        c.setReadTimeout(readTimeoutMillis);
        c.setRequestProperty("Content-Type", contentType);
        c.setRequestProperty("SOAPAction", "\"" + action(operation) + "\"");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            c.setRequestProperty(headers[i], headers[i + 1]);
        }
        try (OutputStream out = c.getOutputStream()) {
            out.write(payload);
        } catch (IOException e) {
            // the server may refuse an oversized body before reading all of it: the answer still counts
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (in != null) {
            try (InputStream i = in) {
                i.transferTo(body);
            }
        }
        String type = c.getContentType() == null ? "" : c.getContentType();
        Charset charset = type.toLowerCase().contains("charset=gbk") ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        return new HttpAnswer(status, body.toString(charset));
    }
}
