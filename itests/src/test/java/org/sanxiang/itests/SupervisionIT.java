package org.sanxiang.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.ServiceReference;
import org.sanxiang.api.disclosure.DeadlineAlert;
import org.sanxiang.api.disclosure.DeadlineAlertListener;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.supervision.SupervisionReporting;
import org.sanxiang.simulator.supervision.SupervisionOffice;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.NewCase;
import org.sanxiang.api.records.Party;
import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.AccessRecord;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.review.HearingStatus;
import org.sanxiang.api.review.MaterialType;
import org.sanxiang.api.review.Measure;
import org.sanxiang.api.review.MeasureType;
import org.sanxiang.api.review.ProposedDecision;
import org.sanxiang.api.review.ReviewRequest;

/**
 * The supervision office adapter in Karaf (issue 9, R-R6, R-I1, R-I3) against the office simulator: the office
 * queries a case's full trail and its access log over real SOAP with WS-Security (the query is itself in the
 * access log; a caller without the role is refused); a case's progress reaches the office with the status
 * codes; two checkpoints are consistent and one made after the stored ledger was tampered with is flagged;
 * delivery is the shared outbound delivery (channel {@code supervision}, the credit adapter's machinery):
 * deliveries survive the office being down, a rejection shows its reason ({@code sanxiang:outbox-list}), a
 * re-pushed event arrives once, a dead letter is replayed with {@code sanxiang:dlq-replay} and arrives once,
 * and an overdue legal review reaches the office as a deadline alert. Retry delays are scaled down (0.3 s
 * doubling to 2 s, 8 attempts: dead after about 12 s).
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupervisionIT extends HubTestSupport {

    private static final String NS = "urn:sanxiang:supervision:v1";
    private static final String OFFICE = "itest-office";
    private static final String OFFICE_PW = "itest-office-" + "pw";

    @Inject
    private CaseRecords cases;

    @Inject
    private OfficerRegistry officers;

    @Inject
    private EvidenceStore evidence;

    @Inject
    private AccessLog accessLog;

    @Inject
    private org.sanxiang.api.review.LegalReview review;

    @Inject
    private Registers registers;

    @Inject
    private SupervisionReporting reporting;

    @Inject
    private SupervisionOffice office;

    @Inject
    private org.sanxiang.api.statistics.AnnualStatistics statistics;

    @Inject
    @Filter("(osgi.jndi.service.name=jdbc/sanxiang)")
    private DataSource dataSource;

    @Override
    protected Option[] extraOptions() {
        String cfg = "etc/org.sanxiang.supervision.cfg";
        return new Option[] {
            editConfigurationFilePut(cfg, "delivery.poll.millis", "300"),
            editConfigurationFilePut(cfg, "delivery.max.attempts", "8"),
            editConfigurationFilePut(cfg, "delivery.backoff.initial.millis", "300"),
            editConfigurationFilePut(cfg, "delivery.backoff.multiplier", "2.0"),
            editConfigurationFilePut(cfg, "delivery.backoff.max.millis", "2000"),
            editConfigurationFilePut(cfg, "review.alert.poll.millis", "2000"),
            editConfigurationFilePut(cfg, "review.alert.first.delay.millis", "2000")};
    }

    /** The expected-recording watch with a 3 s upload time limit (shipped: the recorder's 24 h). */
    @Override
    protected java.util.Map<String, String> recordsOverrides() {
        return java.util.Map.of("recording.watch.delay", "PT3S");
    }

    /** The supervision channel's messages as the shared console command lists them (newest first). */
    private String outboxList() throws Exception {
        return console("sanxiang:outbox-list --csv -n 1000 -c supervision");
    }

    private String deadLetters() throws Exception {
        return console("sanxiang:dlq-list --csv -c supervision");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void theOfficeQueriesACaseTrailAndTheQueryIsInTheAccessLog() throws Exception {
        console("sanxiang:client-add --password " + OFFICE_PW + " " + OFFICE + " supervision");
        String lead = CaseFixtures.officer(officers, "张三");
        String second = CaseFixtures.officer(officers, "李四");
        String n = uniqueId("并罚");
        CaseFixtures.walkToExamination(cases, evidence, n, lead, second);

        String trailRequest = "<s:GetCaseTrailRequest xmlns:s=\"" + NS + "\"><s:caseNumber>" + n + "</s:caseNumber>"
                + "<s:requester>王科长</s:requester><s:purpose>案卷评查</s:purpose></s:GetCaseTrailRequest>";
        byte[] trailQuery = utf8(envelope(OFFICE, OFFICE_PW, trailRequest));
        HttpAnswer trail = post("/cxf/hub/supervision", NS + ":GetCaseTrail", trailQuery);
        assertEquals(trail.toString(), 200, trail.status);
        assertTrue(trail.body, trail.body.contains("<statusCode>02</statusCode>"));
        assertTrue(trail.body, trail.body.contains("<to>" + CaseStage.EXAMINATION.name() + "</to>"));
        assertTrue(trail.body, trail.body.contains("<type>调查终结报告</type>"));
        assertTrue(trail.body, trail.body.contains("<activity>ON_SITE_INSPECTION</activity>"));

        List<AccessRecord> reads = accessLog.query("监督科:王科长", n, null, null, 10);
        assertTrue("the trail query is itself access-audited: " + reads, reads.size() >= 1);
        assertEquals("案卷评查", reads.get(0).purpose());

        String logRequest = "<s:GetAccessLogRequest xmlns:s=\"" + NS + "\"><s:caseNumber>" + n + "</s:caseNumber>"
                + "<s:requester>王科长</s:requester><s:purpose>调阅情况检查</s:purpose></s:GetAccessLogRequest>";
        HttpAnswer log = post("/cxf/hub/supervision", NS + ":GetAccessLog", utf8(envelope(OFFICE, OFFICE_PW, logRequest)));
        assertEquals(log.toString(), 200, log.status);
        assertTrue(log.body, log.body.contains("<who>监督科:王科长</who>") && log.body.contains("案卷评查"));

        // the same bytes again (a copy taken off the wire): refused by the replay protection, and not read again
        int readsBefore = accessLog.query("监督科:王科长", n, null, null, 100).size();
        HttpAnswer replayed = post("/cxf/hub/supervision", NS + ":GetCaseTrail", trailQuery);
        assertEquals(replayed.toString(), 500, replayed.status);
        assertTrue(replayed.body, replayed.body.contains("SX-AUTH") && !replayed.body.contains("<statusCode>"));
        assertEquals(readsBefore, accessLog.query("监督科:王科长", n, null, null, 100).size());

        HttpAnswer refused = post("/cxf/hub/supervision", NS + ":GetCaseTrail",
                utf8(envelope(STATUS_CLIENT, STATUS_PASSWORD, trailRequest)));
        assertEquals(refused.toString(), 500, refused.status);
        assertTrue(refused.body, refused.body.contains("SX-AUTH"));

        String unknown = trailRequest.replace(n, "不存在的案件");
        HttpAnswer missing = post("/cxf/hub/supervision", NS + ":GetCaseTrail", utf8(envelope(OFFICE, OFFICE_PW, unknown)));
        assertEquals(missing.toString(), 500, missing.status);
        assertTrue(missing.body, missing.body.contains("没有案件"));
    }

    private boolean officeHas(String businessKey, int version) {
        return office.received().stream().anyMatch(r -> r.businessKey().equals(businessKey) && r.version() == version);
    }

    @Test
    public void aCaseProgressReachesTheOfficeWithItsStatusCodesOnceEach() throws Exception {
        String lead = CaseFixtures.officer(officers, "赵一");
        String second = CaseFixtures.officer(officers, "钱二");
        String n = uniqueId("并罚");
        CaseFixtures.walkToExamination(cases, evidence, n, lead, second);
        CaseFixtures.proposeMinor(review, n, lead);
        cases.transition(n, CaseStage.DECISION, lead, "作出处罚决定");
        await().atMost(Duration.ofSeconds(60)).until(() -> officeHas("CASE-" + n + "-03", 1));
        assertTrue(officeHas("CASE-" + n + "-01", 1));
        assertTrue(officeHas("CASE-" + n + "-02", 1));
        assertEquals("02 is sent once although three stages map to it", 1, office.deliveries("CASE-" + n + "-02", 1));
        // the delivery key is the office's business key + version
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxList().lines()
                .anyMatch(l -> l.startsWith("CASE-" + n + "-03#1,1,CASE_STATUS,") && l.contains("ACCEPTED")));
    }

    @Test
    public void checkpointsAreConsistentAndOneMadeAfterTamperingIsFlagged() throws Exception {
        String lead = CaseFixtures.officer(officers, "孙三");
        String n = uniqueId("并罚");
        cases.file(new org.sanxiang.api.records.NewCase(n, org.sanxiang.api.domain.EnforcementKind.PENALTY, "违法建设",
                "140105", List.of(org.sanxiang.api.records.Party.legalPerson("太原某公司", "91350100M000100Y43")),
                List.of()), lead);
        SupervisionReporting.Checkpoint first = reporting.checkpointNow().orElseThrow();
        cases.addDocument(n, "立案审批表", "立案审批表", CaseFixtures.text("立案"), lead);
        SupervisionReporting.Checkpoint second = reporting.checkpointNow().orElseThrow();
        assertEquals(Long.valueOf(first.treeSize()), second.previousTreeSize());
        await().atMost(Duration.ofSeconds(60)).until(() -> officeHas(second.businessKey(), 1));
        assertTrue(office.checkpoints().stream().filter(c -> c.treeSize() == second.treeSize())
                .allMatch(SupervisionOffice.CheckpointCheck::consistent));

        cases.addDocument(n, "询问笔录", "询问笔录", CaseFixtures.text("问答"), lead);
        long last;
        String original;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT MAX(idx) FROM ledger_entry");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT leaf_hash FROM ledger_entry WHERE idx = ?")) {
            q.setLong(1, last);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                original = rs.getString(1);
            }
        }
        setLeaf(last, original.substring(0, 63) + (original.endsWith("0") ? "1" : "0"));
        SupervisionReporting.Checkpoint third;
        try {
            third = reporting.checkpointNow().orElseThrow();
        } finally {
            setLeaf(last, original);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> office.checkpoints().stream()
                .anyMatch(c -> c.treeSize() == third.treeSize() && !c.consistent()));
        await().atMost(Duration.ofSeconds(30)).until(() -> console("sanxiang:checkpoint-list --csv")
                .contains("CHECKPOINT_INCONSISTENT"));
    }

    private void setLeaf(long idx, String hash) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE ledger_entry SET leaf_hash = ? WHERE idx = ?")) {
            u.setString(1, hash);
            u.setLong(2, idx);
            assertEquals(1, u.executeUpdate());
        }
    }

    private String registerChange() {
        String key = uniqueId("ZF");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("事项名称", "对违法占地的行政处罚");
        fields.put("实施主体", "太原市规划和自然资源局");
        fields.put("职责", "查处土地违法行为");
        fields.put("职权类别", "行政处罚");
        fields.put("法定依据", "《中华人民共和国土地管理法》");
        registers.put(RegisterType.ENFORCEMENT_ITEM, key, fields, LocalDate.now(), "itest");
        return "REG-ENFORCEMENT_ITEM-" + key;
    }

    @Test
    public void deliveriesSurviveTheOfficeBeingDownAndARejectionShowsItsReason() throws Exception {
        office.mode(SupervisionOffice.Mode.UNAVAILABLE, 0);
        List<String> keys = List.of(registerChange(), registerChange(), registerChange());
        await("nothing gets through while the office is down").during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(20)).until(() -> keys.stream().noneMatch(k -> officeHas(k, 1)));
        office.mode(SupervisionOffice.Mode.NORMAL, 0);
        await().atMost(Duration.ofSeconds(60)).until(() -> keys.stream().allMatch(k -> officeHas(k, 1)));
        for (String k : keys) {
            assertEquals(k, 1, office.deliveries(k, 1));
        }

        office.mode(SupervisionOffice.Mode.REJECT, 0);
        String rejected = registerChange();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> outboxList().contains(rejected + "#1,1,REGISTER_CHANGE"));
            await().atMost(Duration.ofSeconds(60)).until(() -> outboxList()
                    .lines().anyMatch(l -> l.startsWith(rejected + "#1,") && l.contains("REJECTED")
                            && l.contains("SIM-REJECT: 模拟拒收")));
        } finally {
            office.mode(SupervisionOffice.Mode.NORMAL, 0);
        }
        await("a rejection is neither retried nor a dead letter").during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(20)).until(() -> !officeHas(rejected, 1)
                        && !deadLetters().contains(rejected));
    }

    @Test
    public void aRePushedEventChangesNothingAndArrivesOnce() throws Exception {
        DeadlineAlertListener outbox = supervisionService(DeadlineAlertListener.class);
        long publication = 900_000_000L + System.nanoTime() % 100_000_000L;
        DeadlineAlert alert = new DeadlineAlert(publication, publication, null, DeadlineAlert.Level.BREACH,
                LocalDate.now(), -1, Instant.now());
        outbox.alert(alert);
        outbox.alert(alert);
        String key = "ALERT-PUB-" + publication + "-BREACH-" + alert.due();
        await().atMost(Duration.ofSeconds(60)).until(() -> officeHas(key, 1));
        outbox.alert(alert);
        await("the re-pushed event is not delivered again").during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(20)).until(() -> office.deliveries(key, 1) == 1);
        assertEquals(1, outboxList().lines().filter(l -> l.startsWith(key + "#")).count());
    }

    private <T> T supervisionService(Class<T> type) throws Exception {
        for (ServiceReference<T> ref : bundleContext.getServiceReferences(type, null)) {
            if (ref.getBundle().getSymbolicName().contains("supervision-report")) {
                return bundleContext.getService(ref);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " of the supervision adapter");
    }

    @Test
    public void anOverdueLegalReviewReachesTheOfficeAsADeadlineAlert() throws Exception {
        String lead = CaseFixtures.officer(officers, "郑六");
        String second = CaseFixtures.officer(officers, "王七");
        String n = uniqueId("并罚");
        CaseFixtures.walkToExamination(cases, evidence, n, lead, second);
        review.propose(new ProposedDecision(n, "太原某建材有限公司",
                List.of(new Measure(MeasureType.FINE, new BigDecimal("200000"), "")), HearingStatus.NONE, false, null,
                false, null, "未经批准非法占用集体土地12亩建设厂房", "《中华人民共和国土地管理法》第七十七条"), lead);
        ReviewRequest r = review.submit(n, "执法监察科", null, lead);
        for (MaterialType t : List.of(MaterialType.APPLICATION_FORM, MaterialType.INVESTIGATION_REPORT,
                MaterialType.DRAFT_DECISION, MaterialType.EVIDENCE_LIST, MaterialType.DISCRETION_NOTE)) {
            String sha = evidence.put(CaseFixtures.text(n + " " + t + " " + r.id())).sha256();
            r = review.addMaterial(r.id(), t, t.chinese(), sha, lead);
        }
        assertTrue("the time limit runs: " + r, r.dueDate() != null);
        // the service computes the due date from today; a review left lying a fortnight is made in the table
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE sx_rev_request SET due_date = ? WHERE id = ?")) {
            u.setDate(1, java.sql.Date.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(14)));
            u.setLong(2, r.id());
            assertEquals(1, u.executeUpdate());
        }
        long id = r.id();
        String key = "review-alert:" + id + ":OVERDUE";
        int today = Integer.parseInt(LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> officeHas(key, today));
            assertTrue(office.received().stream().anyMatch(m -> m.businessKey().equals(key)
                    && m.kind().equals("DEADLINE_ALERT") && m.summary().equals("REVIEW " + id + " BREACH")));
            await("once per request, kind and day although polled every 2 s").during(Duration.ofSeconds(5))
                    .atMost(Duration.ofSeconds(20)).until(() -> office.deliveries(key, today) == 1);
        } finally {
            // put the ledgered value back: on MariaDB the database (and its ledger) outlives this Karaf
            try (Connection c = dataSource.getConnection();
                 PreparedStatement u = c.prepareStatement("UPDATE sx_rev_request SET due_date = ? WHERE id = ?")) {
                u.setDate(1, java.sql.Date.valueOf(r.dueDate()));
                u.setLong(2, id);
                u.executeUpdate();
            }
        }
    }

    /**
     * R-R3, R-R4 (issue 20): a case enters 调查, whose 现场检查 the 音像记录事项清单 requires a recording of, and none
     * arrives within the upload time limit: the console lists the alert, the office receives it once; when the
     * recording is linked the console shows it cleared and the office receives the clearing once.
     */
    @Test
    public void aRecordingThatNeverArrivesIsAlertedToTheOfficeAndClearedWhenItArrives() throws Exception {
        String lead = CaseFixtures.officer(officers, "孙八");
        String second = CaseFixtures.officer(officers, "周九");
        String n = uniqueId("并罚");
        cases.file(new NewCase(n, EnforcementKind.PENALTY, "非法占用土地", "140105",
                List.of(Party.legalPerson("太原某建材有限公司", "91350100M000100Y43")), List.of(second)), lead);
        cases.addDocument(n, "立案审批表", "立案审批表", CaseFixtures.text("立案"), lead);
        cases.transition(n, CaseStage.INVESTIGATION, lead, "开展调查");

        await().atMost(Duration.ofSeconds(30)).until(() -> console("sanxiang:recording-watch --scan --csv").lines()
                .anyMatch(l -> l.contains("," + n + ",调查,现场检查,REQUIRED,") && l.contains(",未到达,")));
        String open = console("sanxiang:recording-watch --csv").lines().filter(l -> l.contains("," + n + ","))
                .findFirst().orElseThrow();
        String alertId = open.substring(0, open.indexOf(','));
        String key = "recording-alert:" + alertId;
        await().atMost(Duration.ofSeconds(60)).until(() -> officeHas(key, 1));
        assertTrue(office.received().stream().anyMatch(m -> m.businessKey().equals(key) && m.version() == 1
                && m.kind().equals("DEADLINE_ALERT") && m.summary().equals("RECORDING " + n + ":ON_SITE_INSPECTION BREACH")));
        assertFalse("only the activity of the stage the case is in", console("sanxiang:recording-watch --csv").lines()
                .anyMatch(l -> l.contains("," + n + ",") && l.contains("调查取证")));

        CaseFixtures.record(cases, evidence, n, Activity.ON_SITE_INSPECTION, second, lead);
        assertFalse("cleared at once by the link", console("sanxiang:recording-watch --csv").lines()
                .anyMatch(l -> l.contains("," + n + ",")));
        String cleared = console("sanxiang:recording-watch --all --csv").lines()
                .filter(l -> l.startsWith(alertId + ",")).findFirst().orElseThrow();
        assertTrue(cleared, cleared.contains(",已解除,") && cleared.contains("音像记录已关联: ON_SITE_INSPECTION.mp4"));
        await().atMost(Duration.ofSeconds(60)).until(() -> officeHas(key, 2));
        assertTrue(office.received().stream().anyMatch(m -> m.businessKey().equals(key) && m.version() == 2
                && m.summary().equals("RECORDING " + n + ":ON_SITE_INSPECTION CLEARED")));
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertEquals("raised once although scanned every 2 s", 1, office.deliveries(key, 1));
        assertEquals("cleared once", 1, office.deliveries(key, 2));
    }

    @Test
    public void aDeadLetterIsReplayedAndArrivesOnce() throws Exception {
        office.mode(SupervisionOffice.Mode.UNAVAILABLE, 0);
        String key;
        try {
            key = registerChange();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> deadLetters().contains(key + "#1,1,REGISTER_CHANGE"));
        } finally {
            office.mode(SupervisionOffice.Mode.NORMAL, 0);
        }
        await("a dead letter stays dead until replayed").during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(20)).until(() -> !officeHas(key, 1) && deadLetters().contains(key));
        String replayed = console("sanxiang:dlq-replay -c supervision " + key + "#1");
        assertTrue(replayed, replayed.contains("dead letters replayed: 1"));
        await().atMost(Duration.ofSeconds(60)).until(() -> officeHas(key, 1));
        assertEquals(1, office.deliveries(key, 1));
        assertTrue(deadLetters(), !deadLetters().contains(key));
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxList().lines()
                .anyMatch(l -> l.startsWith(key + "#1,") && l.contains("ACCEPTED")));
    }

    @Test
    public void theAnnualReportIsDeliveredWithTheStatisticsModulesFigures() throws Exception {
        String lead = CaseFixtures.officer(officers, "周四");
        String second = CaseFixtures.officer(officers, "吴五");
        CaseFixtures.walkToExamination(cases, evidence, uniqueId("并罚"), lead, second);
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        String queued = console("sanxiang:report-send --year " + year);
        assertTrue(queued, queued.contains("REPORT-" + year));
        await().atMost(Duration.ofSeconds(60)).until(() -> office.annualReport(year).isPresent());
        String delivered = office.annualReport(year).orElseThrow();
        String expected = statistics.xml(statistics.compute(year));
        assertEquals("the office holds the statistics module's figures", withoutComputedAt(expected),
                withoutComputedAt(delivered));
        assertTrue(delivered, delivered.contains("urn:sanxiang:statistics:v1"));
    }

    private static String withoutComputedAt(String xml) {
        return xml.replaceAll(" computedAt=\"[^\"]*\"", "");
    }
}
