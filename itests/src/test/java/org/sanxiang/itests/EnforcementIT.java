package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javax.activation.DataHandler;
import javax.inject.Inject;
import javax.security.auth.callback.Callback;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.ws.soap.SOAPFaultException;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.sanxiang.itests.client.enforcement.*;
import org.sanxiang.routes.common.PasswordHash;
import org.sanxiang.simulator.credit.CreditSimulator;
import org.sanxiang.simulator.supervision.SupervisionOffice;
import org.sanxiang.simulators.recorder.DropStation;
import org.sanxiang.simulators.recorder.Media;
import org.sanxiang.simulators.recorder.Recording;

/**
 * The bureau's own systems doing the bureau's work through the Enforcement SOAP service only (issue: the door of the
 * three functions), with a client generated from the published WSDL by CXF wsdl2java and WS-Security as a standard
 * toolkit sends it (Timestamp, UsernameToken with nonce and created): officers with certificates, registers (one
 * import refused whole, naming its bad rows), a case filed and assigned, documents as MTOM attachments, recordings
 * delivered by a docking station through the drop directory and linked (not quarantined), a major decision refused
 * until the legal review passes (R-L1), an opinion signed with every check item (R-L4, R-L6), a penalty publication
 * refused when its drafter approves it (R-D1), approved by another person, published, delivered once to the credit
 * simulator (R-D6), the case's decision reported to the supervision office (R-I3), revoked with its public reason; the
 * registers written are served by HallWindow. Every write sent again with its requestId is answered with the first
 * answer and changes nothing. Screen clients, wrong roles, hostile XML and oversized attachments are refused with
 * coded Chinese faults that never name a Java class.
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class EnforcementIT extends HubTestSupport {

    static final String PATH = "/cxf/hub/enforcement";
    static final String NS = "urn:sanxiang:enforcement:v1";
    private static final String[][] CLIENTS = {
        {"itest-cases", "case-system"}, {"itest-reviewer", "reviewer"}, {"itest-disclosure", "disclosure"},
        {"itest-registers", "registers"}, {"itest-enf-screen", "screen"}};
    private static final String DEVICE = "DSJ-ENF-0001";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COMPANY = "长治某建材有限公司";
    private static final String COMPANY_USCC = "91350100M000100Y43";

    @Inject
    private CreditSimulator credit;

    @Inject
    private SupervisionOffice office;

    /** Every write sent in a test, with its first answer, to be sent again at the end. */
    private final List<Sent> sent = new ArrayList<>();

    private record Sent(String operation, Object request, Object firstAnswer, Function<Object, Object> send) {
    }

    static String password(String client) {
        return client + "-pw";
    }

    @Override
    protected Option[] extraOptions() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        File drop = new File("target/enforcement-it/" + run + "/drop").getAbsoluteFile();
        List<Option> options = new ArrayList<>();
        for (String[] c : CLIENTS) {
            options.add(editConfigurationFilePut("etc/org.sanxiang.clients.cfg", "client." + c[0],
                    c[1] + ";" + PasswordHash.hash(password(c[0]).toCharArray(), 10_000)));
        }
        String credit = "etc/org.sanxiang.credit.cfg";
        options.addAll(List.of(
                editConfigurationFilePut("etc/org.sanxiang.clients.cfg", "client.itest-enf-credit",
                        "credit-receiver;" + PasswordHash.hash("itest-enf-credit-pw".toCharArray(), 10_000)),
                editConfigurationFilePut(credit, "receiver.url", "http://127.0.0.1:${sanxiang.itest.httpPort}/cxf/sim/credit"),
                editConfigurationFilePut(credit, "receiver.user", "itest-enf-credit"),
                editConfigurationFilePut(credit, "receiver.password", "itest-enf-credit-pw"),
                editConfigurationFilePut(credit, "poll.millis", "300"),
                // a small attachment limit, to see an oversized document refused
                editConfigurationFilePut("etc/org.sanxiang.enforcement.cfg", "enforcement.maxRequestBytes", "1048576"),
                editConfigurationFilePut("etc/org.sanxiang.enforcement.cfg", "enforcement.maxAttachmentBytes", "524288"),
                editConfigurationFilePut("etc/org.sanxiang.recorder.cfg", "drop.dir", drop.getPath()),
                editConfigurationFilePut("etc/org.sanxiang.recorder.cfg", "drop.poll.millis", "200"),
                editConfigurationFilePut("etc/org.sanxiang.ingest.cfg", "devices", DEVICE),
                editConfigurationFilePut("etc/org.sanxiang.ingest.cfg", "officer.map",
                        "E00001=" + cert("lead", run) + ",E00002=" + cert("second", run)),
                // the review clock: a 1-working-day limit, so a review completed today is near its deadline
                editConfigurationFilePut("etc/org.sanxiang.review.cfg", "time.limit.working.days", "1"),
                systemProperty("sanxiang.itest.enforcement.calendar").value(new File(
                        "../bundles/sanxiang-calendar/src/main/resources/calendar/cn-statutory-days.csv")
                        .getAbsolutePath()),
                systemProperty("sanxiang.itest.enforcement.run").value(run),
                systemProperty("sanxiang.itest.enforcement.drop").value(drop.getPath())));
        return options.toArray(new Option[0]);
    }

    /** The 执法证号 of an officer of this run: unique, as the MariaDB database outlives each Karaf. */
    private static String cert(String who, String run) {
        return "1404" + who.toUpperCase() + run;
    }

    private static String run() {
        return System.getProperty("sanxiang.itest.enforcement.run");
    }

    @Before
    public void serviceIsPublished() {
        awaitPublished(PATH + "?wsdl");
        await().atMost(Duration.ofSeconds(90)).until(() -> console("camel:route-list").lines()
                .anyMatch(l -> l.contains("credit.deliver") && l.contains("Started")));
        cases = port("itest-cases");
        reviewer = port("itest-reviewer");
        disclosure = port("itest-disclosure");
        registers = port("itest-registers");
    }

    // ------------------------------------------------------------------ the client

    /** A port of the generated client for one client of the hub, MTOM on, WS-Security as a toolkit sends it. */
    static EnforcementPortType port(String client) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(EnforcementPortType.class);
        factory.setAddress(url(PATH));
        Map<String, Object> properties = new HashMap<>();
        properties.put("mtom-enabled", Boolean.TRUE);
        factory.setProperties(properties);
        Map<String, Object> wss = new HashMap<>();
        wss.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " "
                + ConfigurationConstants.USERNAME_TOKEN);
        wss.put(ConfigurationConstants.USER, client);
        wss.put(ConfigurationConstants.PASSWORD_TYPE, "PasswordText");
        wss.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
        wss.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, "true");
        wss.put(ConfigurationConstants.PW_CALLBACK_REF, (javax.security.auth.callback.CallbackHandler) callbacks -> {
            for (Callback c : callbacks) {
                ((WSPasswordCallback) c).setPassword(password(client));
            }
        });
        factory.getOutInterceptors().add(new WSS4JOutInterceptor(wss));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(EnforcementIT.class.getClassLoader());
        try {
            return (EnforcementPortType) factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The ports of the four systems, made in the container (the test class is also loaded outside it). */
    private EnforcementPortType cases;
    private EnforcementPortType reviewer;
    private EnforcementPortType disclosure;
    private EnforcementPortType registers;

    /** Sends a write, keeps it and its answer to send again later, and returns the answer. */
    @SuppressWarnings("unchecked")
    private <Q, A> A write(String operation, Q request, Function<Q, A> send) {
        A answer = send.apply(request);
        sent.add(new Sent(operation, request, answer, q -> send.apply((Q) q)));
        return answer;
    }

    /** The fault a call is answered with: its fault string (code and Chinese text) and detail items. */
    private static String fault(Callable<?> call) throws Exception {
        try {
            call.call();
        } catch (SOAPFaultException e) {
            String text = e.getFault().getFaultString();
            assertFalse("a fault names no Java class: " + text, text.contains("Exception") || text.contains("org."));
            if (e.getFault().getDetail() != null) {
                text += " | " + e.getFault().getDetail().getTextContent();
            }
            return text;
        }
        fail("a fault was expected");
        return null;
    }

    private static String id(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static XMLGregorianCalendar date(LocalDate d) throws Exception {
        return DatatypeFactory.newInstance().newXMLGregorianCalendar(d.toString());
    }

    private static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    static DataHandler bytes(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static DataHandler bytes(byte[] content) {
        return new DataHandler(new javax.activation.DataSource() {
            @Override
            public java.io.InputStream getInputStream() {
                return new java.io.ByteArrayInputStream(content);
            }

            @Override
            public java.io.OutputStream getOutputStream() {
                throw new UnsupportedOperationException();
            }

            @Override
            public String getContentType() {
                return "application/octet-stream";
            }

            @Override
            public String getName() {
                return "content";
            }
        });
    }

    private static Field field(String name, String value) {
        Field f = new Field();
        f.setName(name);
        f.setValue(value);
        return f;
    }

    // ------------------------------------------------------------------ steps of the story

    private Officer officer(String id, String name, String cert, EnforcementKind... kinds) throws Exception {
        Officer o = new Officer();
        o.setId(id);
        o.setName(name);
        o.setUnit("长治市自然资源局");
        o.setPost("执法监察科");
        Certificate c = new Certificate();
        c.setNumber(cert);
        c.getKind().addAll(Arrays.asList(kinds));
        c.setRegion("140400");
        c.setValidFrom(date(today().minusYears(1)));
        c.setValidTo(date(today().plusYears(2)));
        o.setCertificate(c);
        SaveOfficerRequest r = new SaveOfficerRequest();
        r.setRequestId(id("officer"));
        r.setOperator("staff-registers");
        r.setOfficer(o);
        return write("SaveOfficer", r, registers::saveOfficer).getOfficer();
    }

    private Document document(String n, String type, String title, String operator) {
        AddDocumentRequest r = new AddDocumentRequest();
        r.setRequestId(id("doc"));
        r.setOperator(operator);
        r.setCaseNumber(n);
        r.setType(type);
        r.setTitle(title);
        r.setContent(bytes(n + " " + title + " " + UUID.randomUUID()));
        return write("AddDocument", r, cases::addDocument).getDocument();
    }

    private Transition move(String n, CaseStage target, String operator, String reason) {
        TransitionCaseRequest r = new TransitionCaseRequest();
        r.setRequestId(id("move"));
        r.setOperator(operator);
        r.setCaseNumber(n);
        r.setTarget(target);
        r.setReason(reason);
        return write("TransitionCase", r, cases::transitionCase).getTransition();
    }

    private TransitionCaseRequest moveRequest(String n, CaseStage target, String operator) {
        TransitionCaseRequest r = new TransitionCaseRequest();
        r.setRequestId(id("move"));
        r.setOperator(operator);
        r.setCaseNumber(n);
        r.setTarget(target);
        r.setReason("拟作出决定");
        return r;
    }

    /** A recording delivered by the docking station through the drop directory, awaited until linked. */
    private void recording(String n, String activity, String fileName) throws Exception {
        DropStation station = new DropStation(Path.of(System.getProperty("sanxiang.itest.enforcement.drop")));
        byte[] content = Media.bytes(200_000, UUID.randomUUID().getLeastSignificantBits());
        Recording rec = new Recording().caseNumber(n).fileName(fileName).describe(content);
        rec.deviceSerial = DEVICE;
        rec.deviceOfficerNumber = "E00002";
        rec.officerName = "李红";
        rec.activity = activity;
        rec.stationFileId = id("ST");
        String base = station.deliver(fileName, content, rec.xml());
        await().atMost(Duration.ofSeconds(60)).until(() -> station.receipt(base) != null);
        String receipt = station.receipt(base);
        assertTrue("stored and linked, not quarantined: " + receipt, receipt.contains("<status>LINKED</status>"));
        assertTrue(receipt, receipt.contains(Media.sha256(content)));
    }

    private GetReviewResponse review(String n) {
        GetReviewRequest r = new GetReviewRequest();
        r.setRequestId(id("review"));
        r.setOperator("lead");
        r.setCaseNumber(n);
        return cases.getReview(r);
    }

    private GetPublicationResponse publication(String n) {
        GetPublicationRequest r = new GetPublicationRequest();
        r.setRequestId(id("pub"));
        r.setOperator("staff-disclosure");
        r.setCaseNumber(n);
        return disclosure.getPublication(r);
    }

    private ListDocumentsResponse documents(String n, String operator) {
        ListDocumentsRequest r = new ListDocumentsRequest();
        r.setRequestId(id("docs"));
        r.setOperator(operator);
        r.setCaseNumber(n);
        return cases.listDocuments(r);
    }

    private int history(String n, String operator) {
        GetCaseHistoryRequest r = new GetCaseHistoryRequest();
        r.setRequestId(id("hist"));
        r.setOperator(operator);
        r.setCaseNumber(n);
        return cases.getCaseHistory(r).getTransition().size();
    }

    private static Penalty penalty(String n, String content) throws Exception {
        Penalty p = new Penalty();
        DisclosureParty party = new DisclosureParty();
        party.setName(COMPANY);
        party.setType(PartyType.LEGAL_PERSON);
        party.setUscc(COMPANY_USCC);
        party.setLegalRepresentative("周某");
        p.setParty(party);
        p.setDecisionNumber(n);
        p.setViolationType("非法占用土地");
        p.setViolationFacts("未经批准占用集体土地12亩建设厂房");
        p.setBasis("《中华人民共和国土地管理法》第七十七条");
        p.getCategory().add(PenaltyCategory.FINE);
        p.setContent(content);
        p.setFineYuan(new BigDecimal("150000"));
        p.setDecisionDate(date(today()));
        p.setAuthority("长治市自然资源局");
        p.setAuthorityUscc("111404000123456783");
        p.setDataSource("长治市自然资源局");
        p.setDataSourceUscc("111404000123456783");
        return p;
    }

    // ------------------------------------------------------------------ the whole story

    @Test
    public void theBureausSystemsRunTheThreeFunctionsThroughTheServiceAndEveryRetryChangesNothing() throws Exception {
        String run = run();
        String lead = "enf-lead-" + run;
        String second = "enf-second-" + run;
        String rv = "enf-rv-" + run;

        // 执法人员及执法证, the reviewers' list (registers)
        officer(lead, "王建国", cert("lead", run), EnforcementKind.PENALTY, EnforcementKind.INSPECTION);
        officer(second, "李红", cert("second", run), EnforcementKind.PENALTY);
        Reviewer reviewerEntry = new Reviewer();
        reviewerEntry.setOfficerId(rv);
        reviewerEntry.setName("法制审核员王五");
        reviewerEntry.setUnit("政策法规科");
        reviewerEntry.setRole(ReviewerRole.REVIEWER);
        reviewerEntry.setLegalQualification(true);
        SaveReviewerRequest saveReviewer = new SaveReviewerRequest();
        saveReviewer.setRequestId(id("reviewer"));
        saveReviewer.setOperator("staff-registers");
        saveReviewer.setReviewer(reviewerEntry);
        write("SaveReviewer", saveReviewer, registers::saveReviewer);

        // 行政执法事项清单: one entry, then a whole-register import of the personnel list
        String itemKey = "CF-" + run;
        PutRegisterEntryRequest item = new PutRegisterEntryRequest();
        item.setRequestId(id("item"));
        item.setOperator("staff-registers");
        item.setRegister(RegisterName.ENFORCEMENT_ITEM);
        item.setKey(itemKey);
        item.setEffectiveFrom(date(today()));
        item.getField().addAll(List.of(field("事项名称", "对非法占用土地的行政处罚"), field("实施主体", "长治市自然资源局"),
                field("职责", "查处土地违法行为"), field("职权类别", "行政处罚"), field("法定依据", "《中华人民共和国土地管理法》第七十七条")));
        assertEquals(1, write("PutRegisterEntry", item, registers::putRegisterEntry).getEntry().getVersion());

        ImportRegisterRequest personnel = new ImportRegisterRequest();
        personnel.setRequestId(id("import"));
        personnel.setOperator("staff-registers");
        personnel.setRegister(RegisterName.PERSONNEL);
        personnel.setEffectiveFrom(date(today()));
        for (String[] who : new String[][] {{lead, "王建国", cert("lead", run)}, {second, "李红", cert("second", run)},
                {"enf-bad-" + run, "无证号的人", ""}}) {
            ImportRow row = new ImportRow();
            row.setKey(who[0]);
            row.getField().addAll(List.of(field("姓名", who[1]), field("单位", "长治市自然资源局"), field("职务", "执法监察科"),
                    field("执法类别", "行政处罚"), field("执法区域", "140400"), field("有效期", "2025-01-01至2028-12-31")));
            if (!who[2].isEmpty()) {
                row.getField().add(field("执法证号", who[2]));
            }
            personnel.getRow().add(row);
        }
        String refused = fault(() -> registers.importRegister(personnel));
        assertTrue(refused, refused.startsWith("SX-RULE: 行政执法公示(R-D1、R-D5)"));
        assertTrue("the bad row is named: " + refused, refused.contains("第3行(enf-bad-" + run + "): 缺少必填字段 执法证号"));
        ListRegisterRequest listPersonnel = new ListRegisterRequest();
        listPersonnel.setRequestId(id("list"));
        listPersonnel.setOperator("staff-registers");
        listPersonnel.setRegister(RegisterName.PERSONNEL);
        assertFalse("nothing of a refused import is written", registers.listRegister(listPersonnel).getEntry().stream()
                .anyMatch(e -> e.getKey().equals(lead)));
        personnel.getRow().remove(2);
        personnel.setRequestId(id("import"));
        assertEquals(2, write("ImportRegister", personnel, registers::importRegister).getRows());

        // 立案, 指派 (case-system): the lead files, the second officer is assigned
        String n = "长自然资罚〔2026〕" + run + "号";
        FileCaseRequest file = fileRequest(n, lead, "非法占用土地", "91350100M000100Y44");
        CaseParty party = file.getParty().get(0);
        String badUscc = fault(() -> cases.fileCase(file));
        assertTrue(badUscc, badUscc.startsWith("SX-INPUT") && badUscc.contains("统一社会信用代码校验位错误"));
        party.setCreditCode(COMPANY_USCC);
        assertEquals(CaseStage.FILED, write("FileCase", file, cases::fileCase).getCase().getStage());
        AssignOfficerRequest assign = new AssignOfficerRequest();
        assign.setRequestId(id("assign"));
        assign.setOperator(lead);
        assign.setCaseNumber(n);
        assign.setOfficerId(second);
        assertEquals(List.of(lead, second), write("AssignOfficer", assign, cases::assignOfficer).getCase().getOfficerId());

        // documents (MTOM) and recordings through the stages
        document(n, "立案审批表", "立案审批表", lead);
        move(n, CaseStage.INVESTIGATION, lead, "开展调查");
        document(n, "询问笔录", "询问笔录", second);
        String noVideo = fault(() -> cases.transitionCase(moveRequest(n, CaseStage.EVIDENCE, lead)));
        assertTrue(noVideo, noVideo.startsWith("SX-GATE") && noVideo.contains("“音像记录”(R-R3)")
                && noVideo.contains("现场检查"));
        recording(n, "现场检查", "DSJENF_" + run + "_1.mp4");
        move(n, CaseStage.EVIDENCE, lead, "调查完毕");
        recording(n, "调查取证", "DSJENF_" + run + "_2.mp4");
        move(n, CaseStage.EXAMINATION, lead, "取证完毕");
        ListCaseRecordingsRequest recordings = new ListCaseRecordingsRequest();
        recordings.setRequestId(id("rec"));
        recordings.setOperator(lead);
        recordings.setCaseNumber(n);
        List<org.sanxiang.itests.client.enforcement.Recording> linked = cases.listCaseRecordings(recordings).getRecording();
        assertEquals(2, linked.size());
        assertEquals(second, linked.get(0).getOfficerId());
        document(n, "调查终结报告", "调查终结报告", lead);
        document(n, "告知书", "行政处罚告知书", lead);

        // 拟作出决定: major (较大数额罚款) → 决定 and 决定书 refused until the legal review passes (R-L1)
        ProposeDecisionRequest propose = new ProposeDecisionRequest();
        propose.setRequestId(id("propose"));
        propose.setOperator(lead);
        ProposedDecision d = new ProposedDecision();
        d.setCaseNumber(n);
        d.setPartyName(COMPANY);
        Measure fine = new Measure();
        fine.setType(MeasureType.FINE);
        fine.setAmountYuan(new BigDecimal("150000"));
        d.getMeasure().add(fine);
        d.setHearing(HearingStatus.NONE);
        d.setSummary("未经批准非法占用集体土地12亩建设厂房,罚款15万元");
        d.setLegalBasis("《中华人民共和国土地管理法》第七十七条");
        propose.setDecision(d);
        Proposal proposal = write("ProposeDecision", propose, cases::proposeDecision).getProposal();
        assertTrue("the catalogue marks it major", proposal.isMajor());
        assertTrue(proposal.getRuleHit().stream().anyMatch(h -> h.getRule().equals("较大数额罚款")));
        String blocked = fault(() -> cases.transitionCase(moveRequest(n, CaseStage.DECISION, lead)));
        assertTrue(blocked, blocked.startsWith("SX-GATE") && blocked.contains("“法制审核”(R-L1)"));
        String noDecisionDocument = fault(() -> cases.addDocument(decisionDocument(n, lead)));
        assertTrue(noDecisionDocument, noDecisionDocument.startsWith("SX-GATE")
                && noDecisionDocument.contains("“法制审核”(R-L1)"));
        assertNotNull(review(n).getDecisionBlocker());

        // 送审 with its materials (MTOM, or by the SHA-256 of content already stored)
        SubmitForReviewRequest submit = new SubmitForReviewRequest();
        submit.setRequestId(id("submit"));
        submit.setOperator(lead);
        submit.setCaseNumber(n);
        submit.setSubmittingUnit("执法监察科");
        Review request = write("SubmitForReview", submit, cases::submitForReview).getReview();
        for (MaterialType t : List.of(MaterialType.APPLICATION_FORM, MaterialType.INVESTIGATION_REPORT,
                MaterialType.DRAFT_DECISION, MaterialType.EVIDENCE_LIST, MaterialType.DISCRETION_NOTE)) {
            AddReviewMaterialRequest m = new AddReviewMaterialRequest();
            m.setRequestId(id("material"));
            m.setOperator(lead);
            m.setReviewId(request.getId());
            m.setType(t);
            m.setTitle(t.value());
            m.setContent(bytes(n + " " + t));
            request = write("AddReviewMaterial", m, cases::addReviewMaterial).getReview();
        }
        assertEquals(ReviewState.IN_REVIEW, request.getState());

        // 审核意见: every check item answered, signed by a qualified reviewer (R-L4, R-L6)
        SignOpinionRequest sign = new SignOpinionRequest();
        sign.setRequestId(id("sign"));
        sign.setOperator(rv);
        sign.setReviewId(request.getId());
        sign.setOutcome(Outcome.APPROVE);
        sign.setRemarks("同意");
        for (CheckItem c : CheckItem.values()) {
            if (c != CheckItem.DOCUMENTS_COMPLETE) {
                Finding f = new Finding();
                f.setItem(c);
                f.setResult(ItemResult.PASS);
                f.setComment("符合规定");
                sign.getFinding().add(f);
            }
        }
        String incomplete = fault(() -> reviewer.signOpinion(sign));
        assertTrue(incomplete, incomplete.startsWith("SX-RULE: 重大执法决定法制审核") && incomplete.contains("执法文书完备规范"));
        Finding last = new Finding();
        last.setItem(CheckItem.DOCUMENTS_COMPLETE);
        last.setResult(ItemResult.PASS);
        sign.getFinding().add(last);
        sign.setOperator(lead);
        String notAReviewer = fault(() -> reviewer.signOpinion(sign));
        assertTrue(notAReviewer, notAReviewer.startsWith("SX-"));
        sign.setOperator(rv);
        sign.setRequestId(id("sign"));
        Review signed = write("SignOpinion", sign, reviewer::signOpinion).getReview();
        assertEquals(ReviewState.COMPLETED, signed.getState());
        assertEquals("法制审核员王五", signed.getOpinion().getReviewerName());
        assertNull("the review passed: the case may be decided", review(n).getDecisionBlocker());

        move(n, CaseStage.DECISION, lead, "法制审核同意,作出处罚决定");
        AddDocumentRequest decision = decisionDocument(n, lead);
        write("AddDocument", decision, cases::addDocument);

        // 事后公开: the decision opened a publication; drafted, approved by another person, published (R-D1, R-D5)
        long pub = publication(n).getPublication().getId();
        DraftPenaltyRequest draft = new DraftPenaltyRequest();
        draft.setRequestId(id("draft"));
        draft.setOperator("dis-maker-" + run);
        draft.setPublicationId(pub);
        draft.setSeverity(Severity.GENERAL);
        draft.setPenalty(penalty(n, "罚款人民币150000元"));
        PublicationVersion v1 = write("DraftPenalty", draft, disclosure::draftPenalty).getVersion();
        assertTrue("published in 万元: " + v1.getField().stream().map(f -> f.getName() + "=" + f.getValue()).toList(),
                v1.getField().stream().anyMatch(f -> f.getName().startsWith("罚款金额") && f.getValue().equals("15.000000")));
        ApprovePublicationRequest approve = new ApprovePublicationRequest();
        approve.setRequestId(id("approve"));
        approve.setOperator("dis-maker-" + run);
        approve.setPublicationId(pub);
        String makerChecker = fault(() -> disclosure.approvePublication(approve));
        assertTrue(makerChecker, makerChecker.startsWith("SX-RULE: 行政执法公示"));
        approve.setOperator("dis-checker-" + run);
        write("ApprovePublication", approve, disclosure::approvePublication);
        PublishPublicationRequest publish = new PublishPublicationRequest();
        publish.setRequestId(id("publish"));
        publish.setOperator("dis-checker-" + run);
        publish.setPublicationId(pub);
        assertEquals(PublicationState.PUBLISHED,
                write("PublishPublication", publish, disclosure::publishPublication).getPublication().getState());
        String publishKey = "PUB-" + pub + "-v1-PUBLISH";
        await().atMost(Duration.ofSeconds(90)).until(() -> credit.recordCount(publishKey) == 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> publication(n).getOutbox().stream()
                .anyMatch(o -> o.getBusinessKey().equals(publishKey) && o.getDelivery().equals("ACCEPTED")));
        await().atMost(Duration.ofSeconds(90)).until(() -> office.received().stream()
                .anyMatch(r -> r.businessKey().equals("CASE-" + n + "-03")));

        // 撤销 with the public reason
        RevokePublicationRequest revoke = new RevokePublicationRequest();
        revoke.setRequestId(id("revoke"));
        revoke.setOperator("dis-checker-" + run);
        revoke.setPublicationId(pub);
        revoke.setReason("行政复议决定撤销原处罚决定");
        revoke.setTrigger(date(today()));
        Publication revoked = write("RevokePublication", revoke, disclosure::revokePublication).getPublication();
        assertEquals(PublicationState.REVOKED, revoked.getState());
        assertEquals("行政复议决定撤销原处罚决定", revoked.getRevocationReason());
        await().atMost(Duration.ofSeconds(90)).until(() -> credit.recordCount("PUB-" + pub + "-v1-REVOKE") == 1);

        // the registers written are what the hall windows serve
        String screen = "itest-enf-screen";
        String items = HallWindowIT.call(screen, password(screen), "ListEnforcementItems", "").body;
        assertTrue(items, items.contains(">" + itemKey + "<"));
        String people = HallWindowIT.call(screen, password(screen), "ListPersonnel", "").body;
        assertTrue(people, people.contains(cert("lead", run)) && people.contains(cert("second", run)));

        // every write again, with its requestId: the first answer, nothing changed
        int transitions = history(n, lead);
        int docs = documents(n, lead).getDocument().size();
        int reviews = review(n).getReview().size();
        int versions = publication(n).getVersion().size();
        for (Sent s : sent) {
            Object again = s.send().apply(s.request());
            assertTrue(s.operation() + " answered as repeated", receipt(again).isRepeated());
            assertFalse(s.operation() + ": the first answer was not repeated", receipt(s.firstAnswer()).isRepeated());
            receipt(again).setRepeated(false);
            assertEquals(s.operation() + " answered with the first answer", xml(s.firstAnswer()), xml(again));
        }
        assertEquals(transitions, history(n, lead));
        assertEquals(docs, documents(n, lead).getDocument().size());
        assertEquals(reviews, review(n).getReview().size());
        assertEquals(versions, publication(n).getVersion().size());
        assertEquals(1, credit.recordCount(publishKey));

        // the same requestId with other content is refused, and changes nothing either
        decision.setTitle("另一份决定书");
        decision.setContent(bytes("另一份"));
        String conflict = fault(() -> cases.addDocument(decision));
        assertTrue(conflict, conflict.startsWith("SX-CONFLICT"));
        assertEquals(docs, documents(n, lead).getDocument().size());

        // the reads were logged (调阅监督, R-R6) under the operator at the calling system
        String log = console("sanxiang:access-log --csv -n 500 --who " + lead + "@itest-cases");
        assertTrue(log, log.lines().anyMatch(l -> l.contains(n) && l.contains("enforcement")));
    }

    // ------------------------------------------------------------------ the review clock (issue 20)

    /**
     * R-L3 (issue 20): the time limit of a legal review through the service and the console, against dates counted
     * here from the State Council holiday facts the hub ships ({@code cn-statutory-days.csv}) by this test's own
     * count, not by the calendar under test. This suite's limit is 1 working day (5 shipped), the extension the
     * shipped 5: the clock starts when the materials are complete, 补充材料 pauses it (the review leaves the
     * alerts), 经批准延长 adds 5 working days once and never twice, and after a resubmitted review again ends without
     * approval, the 集体讨论's binding conclusion to proceed clears the decision.
     */
    @Test
    public void theReviewClockPausesForSupplementsExtendsOnceAndACollectiveDiscussionDecides() throws Exception {
        String run = run();
        String lead = "enf-clock-" + run;
        String rv = "enf-clock-rv-" + run;
        officer(lead, "孙立", "1404CLOCK" + run, EnforcementKind.PENALTY);
        Reviewer r = new Reviewer();
        r.setOfficerId(rv);
        r.setName("法制审核员钱七");
        r.setUnit("政策法规科");
        r.setRole(ReviewerRole.REVIEWER);
        r.setLegalQualification(true);
        SaveReviewerRequest save = new SaveReviewerRequest();
        save.setRequestId(id("reviewer"));
        save.setOperator("staff-registers");
        save.setReviewer(r);
        registers.saveReviewer(save);
        String n = "长自然资罚〔2026〕时" + run + "号";
        cases.fileCase(fileRequest(n, lead, "非法占用土地", COMPANY_USCC));
        ProposeDecisionRequest propose = new ProposeDecisionRequest();
        propose.setRequestId(id("propose"));
        propose.setOperator(lead);
        ProposedDecision d = new ProposedDecision();
        d.setCaseNumber(n);
        d.setPartyName(COMPANY);
        Measure fine = new Measure();
        fine.setType(MeasureType.FINE);
        fine.setAmountYuan(new BigDecimal("300000"));
        d.getMeasure().add(fine);
        d.setHearing(HearingStatus.NONE);
        d.setSummary("非法占用土地20亩,罚款30万元");
        d.setLegalBasis("《中华人民共和国土地管理法》第七十七条");
        propose.setDecision(d);
        assertTrue(cases.proposeDecision(propose).getProposal().isMajor());

        // materials complete today: due 1 working day later, near its deadline in sanxiang:review-list --alerts
        Review q = submitWithMaterials(n, null, lead);
        LocalDate day = today();
        assertEquals(ReviewState.IN_REVIEW, q.getState());
        assertEquals(day, local(q.getMaterialsCompleteOn()));
        assertEquals(1, q.getLimitWorkingDays());
        assertEquals(WorkingDays.after(day, 1), local(q.getDueDate()));
        assertEquals(WorkingDays.unknownYear(day, 1), q.isDueProvisional());
        long id = q.getId();
        assertEquals(List.of(id + "," + n + ",临近审核期限," + WorkingDays.after(day, 1)
                        + (q.isDueProvisional() ? " (暂定)" : "") + ",1"), alertRows(id));

        // 补充材料: paused on the day, out of the alerts; supplemented the same day: no working day used
        RequestSupplementRequest pause = new RequestSupplementRequest();
        pause.setRequestId(id("pause"));
        pause.setOperator(lead);
        pause.setReviewId(id);
        pause.setReason("请补充现场勘测图");
        String notReviewer = fault(() -> reviewer.requestSupplement(pause));
        assertTrue(notReviewer, notReviewer.startsWith("SX-NOTFOUND") && notReviewer.contains("法制审核人员"));
        pause.setOperator(rv);
        Review paused = reviewer.requestSupplement(pause).getReview();
        assertEquals(ReviewState.SUPPLEMENT_REQUESTED, paused.getState());
        assertEquals(day, local(paused.getPausedSince()));
        assertEquals(List.of(), alertRows(id));
        ProvideSupplementRequest resume = new ProvideSupplementRequest();
        resume.setRequestId(id("resume"));
        resume.setOperator(lead);
        resume.setReviewId(id);
        Review resumed = cases.provideSupplement(resume).getReview();
        assertEquals(ReviewState.IN_REVIEW, resumed.getState());
        assertNull(resumed.getPausedSince());
        assertEquals(0, resumed.getUsedWorkingDays());
        assertEquals(WorkingDays.after(day, 1), local(resumed.getDueDate()));

        // 延长: once, 5 working days, approved by the reviewer; no longer near its deadline; never twice
        ExtendReviewRequest extend = new ExtendReviewRequest();
        extend.setRequestId(id("extend"));
        extend.setOperator(rv);
        extend.setReviewId(id);
        extend.setReason("案情复杂,经负责人批准延长");
        Review extended = reviewer.extendReview(extend).getReview();
        assertTrue(extended.isExtended());
        assertEquals(6, extended.getLimitWorkingDays());
        assertEquals(WorkingDays.after(day, 6), local(extended.getDueDate()));
        assertEquals(List.of(), alertRows(id));
        extend.setRequestId(id("extend"));
        String twice = fault(() -> reviewer.extendReview(extend));
        assertTrue(twice, twice.startsWith("SX-RULE") && twice.contains("审核期限只能延长一次"));

        // 建议修改 → a discussion is refused until a resubmitted review also ends without approval
        sign(id, rv, Outcome.REVISE_CORRECT);
        OpenDiscussionRequest open = new OpenDiscussionRequest();
        open.setRequestId(id("open"));
        open.setOperator(rv);
        open.setCaseNumber(n);
        open.setReason("承办单位坚持原处罚意见");
        String early = fault(() -> reviewer.openDiscussion(open));
        assertTrue(early, early.contains("只有重新送审后审核意见与承办单位意见仍不一致的,才能提请集体讨论"));
        Review again = submitWithMaterials(n, "承办单位认为罚款数额符合裁量基准第三档", lead);
        assertEquals(ReviewState.IN_REVIEW, again.getState());
        assertTrue(again.getId() != id);
        sign(again.getId(), rv, Outcome.REVISE_CORRECT);
        assertTrue(review(n).getDecisionBlocker(), review(n).getDecisionBlocker().contains("建议修改(改正)"));
        open.setRequestId(id("open"));
        Discussion discussion = reviewer.openDiscussion(open).getDiscussion();
        assertEquals(1, discussion.getProposalVersion());
        ConcludeDiscussionRequest conclude = new ConcludeDiscussionRequest();
        conclude.setRequestId(id("conclude"));
        conclude.setOperator(rv);
        conclude.setDiscussionId(discussion.getId());
        conclude.getAttendee().addAll(List.of("局长张某", "副局长李某"));
        conclude.setChairedBy("局长张某");
        conclude.setConclusion(DiscussionConclusion.PROCEED);
        conclude.setConclusionText("经集体讨论,按拟作出决定作出");
        String fewAttendees = fault(() -> reviewer.concludeDiscussion(conclude));
        assertTrue(fewAttendees, fewAttendees.contains("至少3人"));
        assertNotNull("still blocked while the discussion is open", review(n).getDecisionBlocker());
        conclude.getAttendee().add("总工程师王某");
        conclude.setRequestId(id("conclude"));
        Discussion concluded = reviewer.concludeDiscussion(conclude).getDiscussion();
        assertEquals(DiscussionConclusion.PROCEED, concluded.getConclusion());
        assertEquals(3, concluded.getAttendee().size());
        assertNull("the binding conclusion clears the decision", review(n).getDecisionBlocker());
        String show = console("sanxiang:review-show --csv --purpose 期限核对 " + n);
        assertTrue(show, show.contains("按拟作出决定作出"));
    }

    /** 送审 of the current proposal with the five materials (MTOM), as the case system sends them. */
    private Review submitWithMaterials(String n, String objection, String lead) {
        return new ReviewDesk(cases, reviewer, registers).submit(n, "执法监察科", objection, lead);
    }

    /** An opinion of {@code outcome}: every item passes but the discretion, unless it is an approval. */
    private void sign(long reviewId, String rv, Outcome outcome) {
        SignOpinionRequest sign = new SignOpinionRequest();
        sign.setRequestId(id("sign"));
        sign.setOperator(rv);
        sign.setReviewId(reviewId);
        sign.setOutcome(outcome);
        sign.setRemarks(outcome.value());
        for (CheckItem c : CheckItem.values()) {
            Finding f = new Finding();
            f.setItem(c);
            boolean problem = outcome != Outcome.APPROVE && c == CheckItem.DISCRETION_APPROPRIATE;
            f.setResult(problem ? ItemResult.PROBLEM : ItemResult.PASS);
            f.setComment(problem ? "罚款数额超出裁量基准" : "符合规定");
            sign.getFinding().add(f);
        }
        assertEquals(ReviewState.COMPLETED, reviewer.signOpinion(sign).getReview().getState());
    }

    /** The rows of {@code sanxiang:review-list --alerts --csv} of one review request. */
    private List<String> alertRows(long requestId) throws Exception {
        return console("sanxiang:review-list --alerts --csv").lines().filter(l -> l.startsWith(requestId + ","))
                .toList();
    }

    private static LocalDate local(XMLGregorianCalendar c) {
        return c == null ? null : LocalDate.of(c.getYear(), c.getMonth(), c.getDay());
    }

    /**
     * This test's own count of working days from the State Council facts the hub ships: Monday to Friday, except the
     * listed holidays, plus the listed make-up days (调休).
     */
    private static final class WorkingDays {
        private static final Map<LocalDate, Boolean> FACTS = new HashMap<>();
        private static final java.util.Set<Integer> YEARS = new java.util.HashSet<>();

        static {
            try {
                for (String line : java.nio.file.Files.readAllLines(Path.of(System.getProperty(
                        "sanxiang.itest.enforcement.calendar")), StandardCharsets.UTF_8)) {
                    if (line.startsWith("#") || line.startsWith("date,") || line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split(",");
                    LocalDate day = LocalDate.parse(f[0]);
                    FACTS.put(day, f[1].equals("work"));
                    YEARS.add(day.getYear());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        static boolean working(LocalDate day) {
            Boolean fact = FACTS.get(day);
            return fact != null ? fact : day.getDayOfWeek().getValue() <= 5;
        }

        /** The {@code n}th working day after {@code start}. */
        static LocalDate after(LocalDate start, int n) {
            LocalDate day = start;
            for (int counted = 0; counted < n; ) {
                day = day.plusDays(1);
                if (working(day)) {
                    counted++;
                }
            }
            return day;
        }

        /** Whether counting {@code n} working days from {@code start} passes a year the notices do not cover yet. */
        static boolean unknownYear(LocalDate start, int n) {
            return !YEARS.contains(after(start, n).getYear()) || !YEARS.contains(start.getYear());
        }
    }

    /** 立案 of a penalty case against {@link #COMPANY} with credit code {@code uscc}, filed by {@code lead}. */
    private static FileCaseRequest fileRequest(String n, String lead, String item, String uscc) {
        FileCaseRequest file = new FileCaseRequest();
        file.setRequestId(id("file"));
        file.setOperator(lead);
        file.setCaseNumber(n);
        file.setKind(EnforcementKind.PENALTY);
        file.setItem(item);
        file.setRegion("140402");
        CaseParty party = new CaseParty();
        party.setType(PartyType.LEGAL_PERSON);
        party.setName(COMPANY);
        party.setCreditCode(uscc);
        file.getParty().add(party);
        return file;
    }

    private static AddDocumentRequest decisionDocument(String n, String lead) {
        AddDocumentRequest r = new AddDocumentRequest();
        r.setRequestId(id("decision-doc"));
        r.setOperator(lead);
        r.setCaseNumber(n);
        r.setType("决定书");
        r.setTitle("行政处罚决定书");
        r.setContent(bytes(n + " 决定书 罚款15万元"));
        return r;
    }

    private static Receipt receipt(Object answer) {
        try {
            return (Receipt) answer.getClass().getMethod("getReceipt").invoke(answer);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String xml(Object answer) {
        try {
            java.io.StringWriter w = new java.io.StringWriter();
            javax.xml.bind.JAXBContext.newInstance(answer.getClass()).createMarshaller().marshal(answer, w);
            return w.toString();
        } catch (javax.xml.bind.JAXBException e) {
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------ refusals

    /** Every operation that writes, with the smallest body a client could send. */
    static final List<String> WRITES = List.of("PutRegisterEntry", "WithdrawRegisterEntry", "ImportRegister", "SaveOfficer",
            "SaveReviewer", "FileCase", "AssignOfficer", "TransitionCase", "AddDocument", "ProposeDecision",
            "SubmitForReview", "AddReviewMaterial", "ProvideSupplement", "RequestSupplement", "ExtendReview",
            "RecordConsultation", "SignOpinion", "OpenDiscussion", "ConcludeDiscussion", "OpenPublication", "DraftPenalty",
            "DraftPermit", "ApprovePublication", "PublishPublication", "RevokePublication", "DrawInspection",
            "RecordInspectionResults", "PublishInspectionResults");

    @Test
    public void aScreenClientIsRefusedOnEveryWriteAndARoleOnlyOnItsOwnOperations() throws Exception {
        for (String op : WRITES) {
            HttpAnswer a = soap("itest-enf-screen", op, "<e:requestId>x-1</e:requestId>");
            assertEquals(op + ": " + a, 500, a.status);
            assertTrue(op + ": " + a.body, a.body.contains("SX-AUTH"));
        }
        // the registers role may not file a case: refused before anything is read or written
        FileCaseRequest file = new FileCaseRequest();
        file.setRequestId(id("file"));
        file.setOperator("staff");
        file.setCaseNumber("不应立案");
        file.setKind(EnforcementKind.PENALTY);
        file.setItem("x");
        file.setRegion("140402");
        CaseParty p = new CaseParty();
        p.setType(PartyType.LEGAL_PERSON);
        p.setName("x");
        p.setCreditCode(COMPANY_USCC);
        file.getParty().add(p);
        String wrongRole = fault(() -> registers.fileCase(file));
        assertTrue(wrongRole, wrongRole.startsWith("SX-AUTH: 无权调用FileCase: 需要角色 case-system"));
    }

    @Test
    public void hostileXmlAndAnOversizedAttachmentAreRefusedAndNothingIsWritten() throws Exception {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + new String(envelopeFor("itest-cases", "GetCase", "<e:requestId>b-1</e:requestId><e:operator>x</e:operator>"
                + "<e:caseNumber>&lol2;</e:caseNumber>"), StandardCharsets.UTF_8);
        HttpAnswer dtd = post(PATH, NS + ":GetCase", bomb.getBytes(StandardCharsets.UTF_8));
        assertEquals(dtd.toString(), 500, dtd.status);
        assertTrue(dtd.body, dtd.body.contains("SX-DTD") || dtd.body.contains("SX-XML"));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + new String(envelopeFor("itest-cases", "GetCase", "<e:requestId>b-2</e:requestId><e:operator>x</e:operator>"
                + "<e:caseNumber>&xxe;</e:caseNumber>"), StandardCharsets.UTF_8);
        HttpAnswer external = post(PATH, NS + ":GetCase", xxe.getBytes(StandardCharsets.UTF_8));
        assertEquals(500, external.status);
        assertFalse(external.body, external.body.contains("root:"));
        String deep = "<e:x>".repeat(10_000) + "</e:x>".repeat(10_000);
        HttpAnswer nested = soap("itest-cases", "GetCase", deep);
        assertEquals(500, nested.status);
        assertTrue(nested.body, nested.body.contains("SX-DEPTH") || nested.body.contains("SX-SIZE"));

        // an attachment above the configured limit: refused, no document stored
        String run = run();
        String lead = "enf-big-" + run;
        officer(lead, "赵大", "1404BIG" + run, EnforcementKind.PENALTY);
        String n = "长自然资罚〔2026〕大" + run + "号";
        FileCaseRequest file = fileRequest(n, lead, "非法采矿", COMPANY_USCC);
        cases.fileCase(file);
        AddDocumentRequest big = new AddDocumentRequest();
        big.setRequestId(id("big"));
        big.setOperator(lead);
        big.setCaseNumber(n);
        big.setType("立案审批表");
        big.setTitle("超大的立案审批表");
        big.setContent(bytes(new byte[2 * 1024 * 1024]));
        String oversized = fault(() -> cases.addDocument(big));
        assertTrue(oversized, oversized.startsWith("SX-SIZE"));
        assertEquals(0, documents(n, lead).getDocument().size());
        // the same request id may then be used for a document within the limit: nothing of the refusal stayed
        big.setContent(bytes("立案审批表"));
        assertEquals("立案审批表", cases.addDocument(big).getDocument().getType());
    }

    /** A raw request with a UsernameToken (nonce, created), as a hand-written client sends it. */
    private static HttpAnswer soap(String client, String operation, String inner) throws Exception {
        return post(PATH, NS + ":" + operation, envelopeFor(client, operation, inner));
    }

    private static byte[] envelopeFor(String client, String operation, String inner) {
        return envelope(client, password(client), "<e:" + operation + "Request xmlns:e=\"" + NS + "\">" + inner
                + "</e:" + operation + "Request>").getBytes(StandardCharsets.UTF_8);
    }
}
