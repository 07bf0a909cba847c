package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.IdType;
import org.sanxiang.api.ledger.EntryMismatch;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.ledger.LedgerVerification;
import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.AccessRecord;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.DocumentInfo;
import org.sanxiang.api.records.LegalHold;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.NewCase;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.Party;
import org.sanxiang.api.records.RecordClass;
import org.sanxiang.api.records.RecordsException;
import org.sanxiang.api.records.Retention;
import org.sanxiang.api.records.TransitionRefusedException;

/**
 * The full-process record in Karaf on the hub's database (issue 3): a penalty case walked from 立案 to 归档
 * through the services — an illegal transition and an archive without the complete case file refused — with
 * every event in the ledger, a read in the access log, and a document row edited behind the hub's back
 * detected by the ledger's verification. Assertions are on entry mismatches, not on {@code intact()}: on
 * MariaDB the database outlives each Karaf, and heads signed by an earlier run's key are not this suite's
 * concern.
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class RecordsIT extends HubTestSupport {

    private static final AccessRequest READ = new AccessRequest("itest-supervisor", "案卷评查");

    @Inject
    private CaseRecords cases;

    @Inject
    private OfficerRegistry officers;

    @Inject
    private EvidenceStore evidence;

    @Inject
    private AccessLog accessLog;

    @Inject
    private Ledger ledger;

    @Inject
    private org.sanxiang.api.review.LegalReview review;

    @Inject
    private Retention retention;

    @Inject
    @Filter("(osgi.jndi.service.name=jdbc/sanxiang)")
    private DataSource dataSource;

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private String officer(String name) {
        String id = uniqueId("it");
        LocalDate today = LocalDate.now();
        officers.save(new Officer(id, name, "太原市规划和自然资源局", "执法监察科", new Certificate("CERT-" + id,
                EnumSet.of(EnforcementKind.PENALTY), "140100", today.minusYears(1), today.plusYears(1))), "itest");
        return id;
    }

    private void record(String caseNumber, Activity activity, String officer, String lead) {
        String sha = evidence.put(text(caseNumber + " " + activity + " video")).sha256();
        cases.linkMedia(caseNumber, sha, activity, officer, false, activity + ".mp4", lead);
    }

    @Test
    public void aPenaltyCaseIsWalkedFromFilingToArchiving() throws Exception {
        String lead = officer("张三");
        String second = officer("李四");
        String n = uniqueId("晋并罚");
        cases.file(new NewCase(n, EnforcementKind.PENALTY, "非法占用土地", "140105",
                List.of(Party.legalPerson("太原某建材有限公司", "91350100M000100Y43"),
                        Party.naturalPerson("钱七", IdType.RESIDENT_ID, "140105199001011234")),
                List.of(second)), lead);
        cases.addDocument(n, "立案审批表", "立案审批表", text("立案"), lead);
        try {
            cases.transition(n, CaseStage.DECISION, lead, "跳过调查");
            fail("a decision straight after filing must be refused");
        } catch (TransitionRefusedException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("不允许从立案转入决定"));
        }
        cases.transition(n, CaseStage.INVESTIGATION, lead, "开展调查");
        cases.addDocument(n, "询问笔录", "询问笔录", text("问答"), second);
        record(n, Activity.ON_SITE_INSPECTION, second, lead);
        cases.transition(n, CaseStage.EVIDENCE, lead, "调查完毕");
        record(n, Activity.INVESTIGATION, second, lead);
        cases.transition(n, CaseStage.EXAMINATION, lead, "取证完毕");
        cases.addDocument(n, "调查终结报告", "调查终结报告", text("报告"), lead);
        cases.addDocument(n, "告知书", "行政处罚告知书", text("告知"), lead);
        CaseFixtures.proposeMinor(review, n, lead);
        cases.transition(n, CaseStage.DECISION, lead, "拟作出处罚决定");
        cases.addDocument(n, "决定书", "行政处罚决定书", text("决定"), lead);
        cases.transition(n, CaseStage.SERVICE, lead, "决定已作出");
        record(n, Activity.SERVICE, second, lead);
        cases.addDocument(n, "送达回证", "送达回证", text("回证"), second);
        cases.transition(n, CaseStage.EXECUTION, lead, "已送达");
        cases.transition(n, CaseStage.CLOSED, lead, "罚款已缴纳");
        try {
            cases.transition(n, CaseStage.ARCHIVED, lead, "归档");
            fail("archiving without 结案报告 must be refused");
        } catch (TransitionRefusedException e) {
            assertEquals(List.of("结案报告"), e.missingDocuments());
        }
        cases.addDocument(n, "结案报告", "结案报告", text("结案"), lead);
        cases.transition(n, CaseStage.ARCHIVED, lead, "案卷完整");

        assertEquals(CaseStage.ARCHIVED, cases.get(n, READ).stage());
        assertEquals(9, cases.history(n, READ).size());
        List<AccessRecord> reads = accessLog.query(READ.who(), n, null, null, 10);
        assertEquals(2, reads.size());
        assertEquals("案卷评查", reads.get(0).purpose());

        LedgerVerification before = ledger.verify();
        assertTrue(before.summary(), before.firstMismatch().isEmpty());
        assertTrue(before.summary(), before.contentChecked() >= 15);
    }

    @Test
    public void aDocumentRowEditedWithPlainSqlIsDetectedByTheLedger() throws Exception {
        String lead = officer("王五");
        String n = uniqueId("晋并罚");
        cases.file(new NewCase(n, EnforcementKind.PENALTY, "违法建设", "140105",
                List.of(Party.naturalPerson("孙八", IdType.RESIDENT_ID, "140105198001011234")), List.of()), lead);
        DocumentInfo doc = cases.addDocument(n, "立案审批表", "立案审批表", text("立案"), lead);
        LedgerVerification before = ledger.verify();
        assertTrue(before.summary(), before.firstMismatch().isEmpty());
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("UPDATE sx_rec_document SET title = ? WHERE id = ?")) {
            st.setString(1, "立案审批表X");
            st.setLong(2, doc.id());
            assertEquals(1, st.executeUpdate());
        }
        LedgerVerification after = await().atMost(Duration.ofSeconds(30)).until(ledger::verify,
                v -> v.firstMismatch().isPresent());
        assertEquals("records:document:" + doc.id(), after.firstMismatch().get().subjectRef());
        assertEquals(EntryMismatch.Problem.CONTENT_CHANGED, after.firstMismatch().get().problem());
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("UPDATE sx_rec_document SET title = ? WHERE id = ?")) {
            st.setString(1, "立案审批表");
            st.setLong(2, doc.id());
            st.executeUpdate();
        }
        LedgerVerification restored = ledger.verify();
        assertTrue("restoring the row restores the proof: " + restored.summary(), restored.firstMismatch().isEmpty());
    }

    @Test
    public void theShippedConfigurationIsRecordedAndLedgeredAndHoldsAreLedgered() throws Exception {
        Path cfg = Path.of(System.getProperty("karaf.etc"), "org.sanxiang.records.cfg");
        assertTrue("the feature installs " + cfg, Files.isRegularFile(cfg));
        long configId;
        String settings;
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT id, settings FROM sx_rec_config WHERE pid = 'org.sanxiang.records' ORDER BY id DESC");
             ResultSet rs = st.executeQuery()) {
            assertTrue("the first activation records the settings", rs.next());
            configId = rs.getLong(1);
            settings = rs.getString(2);
        }
        assertTrue(settings, settings.contains("\ndocument.types=立案审批表=FILED,"));
        assertTrue(settings, settings.contains("\nretention=CASE_FILE=P30Y,DOCUMENT=P30Y,MEDIA=P6M,ACCESS_LOG=P10Y\n"));
        String subject = "config:org.sanxiang.records:" + configId;
        await().atMost(Duration.ofSeconds(30)).until(() -> !ledger.entriesFor(subject).isEmpty());

        String lead = officer("赵九");
        String n = uniqueId("晋并罚");
        cases.file(new NewCase(n, EnforcementKind.PENALTY, "违法建设", "140105",
                List.of(Party.naturalPerson("周十", IdType.RESIDENT_ID, "140105198001011234")), List.of()), lead);
        String video = evidence.put(text(n + " video")).sha256();
        cases.linkMedia(n, video, Activity.ON_SITE_INSPECTION, lead, false, "现场.mp4", lead);
        LegalHold hold = retention.placeHold("case:" + n, "当事人申请行政复议", "itest");
        try {
            retention.delete(RecordClass.MEDIA, video, "itest");
            fail("a recording of a held case must not be deleted");
        } catch (RecordsException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("已被冻结") && e.getMessage().contains("当事人申请行政复议"));
        }
        retention.releaseHold(hold.id(), "itest");
        assertEquals(2, ledger.entriesFor("records:hold:" + hold.id()).size());
        LedgerVerification v = ledger.verify();
        assertTrue(v.summary(), v.firstMismatch().isEmpty());
    }
}
