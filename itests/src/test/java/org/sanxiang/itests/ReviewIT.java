package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.List;
import javax.inject.Inject;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.health.HealthStatus;
import org.osgi.framework.ServiceReference;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.LedgerVerification;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.DocumentRefusedException;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.TransitionRefusedException;
import org.sanxiang.api.review.CheckItem;
import org.sanxiang.api.review.HearingStatus;
import org.sanxiang.api.review.ItemFinding;
import org.sanxiang.api.review.LegalReview;
import org.sanxiang.api.review.MaterialType;
import org.sanxiang.api.review.Measure;
import org.sanxiang.api.review.MeasureType;
import org.sanxiang.api.review.Opinion;
import org.sanxiang.api.review.OpinionDraft;
import org.sanxiang.api.review.Outcome;
import org.sanxiang.api.review.ProposalVersion;
import org.sanxiang.api.review.ProposedDecision;
import org.sanxiang.api.review.ReviewRequest;
import org.sanxiang.api.review.ReviewState;
import org.sanxiang.api.review.Reviewer;
import org.sanxiang.api.review.ReviewerRegistry;
import org.sanxiang.api.review.ReviewerRole;

/**
 * The legal review of major decisions in Karaf (R-L1..R-L6): a penalty case walked through the records services
 * to 审查 is refused 决定 and its 决定书 while it has no proposal and while its major proposal is unreviewed; the
 * review advises a correction (建议修改), the unit revises and resubmits, the review approves (同意), and the case
 * is decided with its 决定书. The ledger holds every step and verifies; the console shows the review.
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReviewIT extends HubTestSupport {

    private static final String COMPANY = "太原某建材有限公司";

    @Inject
    private CaseRecords cases;

    @Inject
    private OfficerRegistry officers;

    @Inject
    private EvidenceStore evidence;

    @Inject
    private LegalReview review;

    @Inject
    private ReviewerRegistry reviewers;

    @Inject
    private Ledger ledger;

    private static ProposedDecision fine(String caseNumber, String yuan) {
        return new ProposedDecision(caseNumber, COMPANY, List.of(new Measure(MeasureType.FINE, new BigDecimal(yuan), "")),
                HearingStatus.NONE, false, null, false, null, "未经批准非法占用集体土地12亩建设厂房",
                "《中华人民共和国土地管理法》第七十七条");
    }

    private ReviewRequest submitWithMaterials(String n, String objection, String lead) {
        ReviewRequest r = review.submit(n, "执法监察科", objection, lead);
        for (MaterialType t : List.of(MaterialType.APPLICATION_FORM, MaterialType.INVESTIGATION_REPORT,
                MaterialType.DRAFT_DECISION, MaterialType.EVIDENCE_LIST, MaterialType.DISCRETION_NOTE)) {
            String sha = evidence.put(CaseFixtures.text(n + " " + t + " " + r.id())).sha256();
            r = review.addMaterial(r.id(), t, t.chinese(), sha, lead);
        }
        return r;
    }

    private static List<ItemFinding> findings(CheckItem problem, String comment) {
        List<ItemFinding> out = new ArrayList<>();
        for (CheckItem i : CheckItem.values()) {
            out.add(i == problem ? ItemFinding.problem(i, comment) : ItemFinding.pass(i, "符合规定"));
        }
        return out;
    }

    private void assertDecisionRefused(String n, String lead, String expected) {
        try {
            cases.transition(n, CaseStage.DECISION, lead, "拟作出处罚决定");
            fail("决定 must be refused: " + expected);
        } catch (TransitionRefusedException e) {
            assertTrue(e.getMessage(), e.reasons().stream().anyMatch(r -> r.contains(expected)));
        }
        try {
            cases.addDocument(n, "决定书", "行政处罚决定书", CaseFixtures.text("决定"), lead);
            fail("a 决定书 must be refused: " + expected);
        } catch (DocumentRefusedException e) {
            assertTrue(e.getMessage(), e.reasons().stream().anyMatch(r -> r.contains(expected)));
        }
    }

    private static void assertLedgered(Ledger ledger, String subject, int entries) {
        List<LedgerEntry> found = ledger.entriesFor(subject);
        assertEquals(subject + ": " + found, entries, found.size());
        for (LedgerEntry e : found) {
            assertEquals(LedgerKinds.REVIEW, e.kind());
        }
    }

    @Test
    public void aMajorPenaltyIsBlockedReviewedRevisedApprovedAndThenDecided() throws Exception {
        assertTrue("the feature installs its configuration",
                Files.isRegularFile(Path.of(System.getProperty("karaf.etc"), "org.sanxiang.review.cfg")));
        String lead = CaseFixtures.officer(officers, "张三");
        String second = CaseFixtures.officer(officers, "李四");
        String reviewerId = uniqueId("rv");
        reviewers.save(new Reviewer(reviewerId, "法制审核员王五", "政策法规科", ReviewerRole.REVIEWER, true), "itest");
        String n = uniqueId("晋自然资罚");
        CaseFixtures.walkToExamination(cases, evidence, n, lead, second);

        assertDecisionRefused(n, lead, "尚未登记拟作出决定");

        ProposalVersion v1 = review.propose(fine(n, "200000"), lead);
        assertTrue(v1.evaluation().describe(), v1.evaluation().major());
        assertDecisionRefused(n, lead, "属于重大执法决定(较大数额罚款)");

        ReviewRequest first = submitWithMaterials(n, null, lead);
        assertEquals(ReviewState.IN_REVIEW, first.state());
        assertTrue(first.dueDate() != null);
        assertDecisionRefused(n, lead, "审核中");
        Opinion revise = review.sign(first.id(), new OpinionDraft(findings(CheckItem.DISCRETION_APPROPRIATE,
                "当事人系初次违法且已退还土地,应按裁量基准第二档"), Outcome.REVISE_CORRECT, "建议改正罚款数额", reviewerId));
        assertDecisionRefused(n, lead, "建议修改(改正)");

        ProposalVersion v2 = review.propose(fine(n, "150000"), lead);
        assertEquals(2, v2.version());
        ReviewRequest second2 = submitWithMaterials(n, "已按审核意见将罚款调整为15万元", lead);
        assertEquals(Long.valueOf(first.id()), second2.resubmissionOf());
        Opinion approve = review.sign(second2.id(), new OpinionDraft(findings(null, null), Outcome.APPROVE, "同意",
                reviewerId));

        cases.transition(n, CaseStage.DECISION, lead, "法制审核同意,作出处罚决定");
        cases.addDocument(n, "决定书", "行政处罚决定书", CaseFixtures.text("罚款15万元"), lead);
        assertEquals(CaseStage.DECISION, cases.get(n, new AccessRequest("itest", "核对"))
                .stage());

        assertLedgered(ledger, "review:proposal:" + v1.id(), 1);
        assertLedgered(ledger, "review:proposal:" + v2.id(), 1);
        // submitted, materials complete, opinion signed
        assertLedgered(ledger, "review:request:" + first.id(), 3);
        assertLedgered(ledger, "review:request:" + second2.id(), 3);
        assertLedgered(ledger, "review:opinion:" + revise.id(), 1);
        assertLedgered(ledger, "review:opinion:" + approve.id(), 1);
        assertEquals(5, first.materials().size());
        for (var m : first.materials()) {
            assertLedgered(ledger, "review:material:" + m.id(), 1);
        }
        LedgerVerification v = ledger.verify();
        assertTrue(v.summary(), v.firstMismatch().isEmpty());

        String show = console("sanxiang:review-show --csv --purpose 审核卷宗调阅 " + n);
        assertReadLogged("REVIEW", n, "审核卷宗调阅"); // R-R6, issue 20
        assertTrue(show, show.contains("可以作出决定"));
        assertTrue(show, show.contains("建议修改(改正)"));
        assertTrue(show, show.contains("较大数额罚款"));
        assertTrue(show, show.contains("法制审核员王五"));
        String list = console("sanxiang:review-list --csv --state COMPLETED");
        assertTrue(list, list.contains(n));
        String alerts = console("sanxiang:review-list --alerts --csv");
        assertTrue(alerts, alerts.contains("Request,Case,Alert,Due,Working days left"));
    }

    @Test
    public void whileTheLegalReviewIsStoppedNoCaseMovesAndItResumesWhenItStarts() throws Exception {
        // R-L1 fail closed, as shipped: etc/org.sanxiang.records.cfg requires the 法制审核 gate
        String lead = CaseFixtures.officer(officers, "张三");
        String second = CaseFixtures.officer(officers, "李四");
        String n = uniqueId("晋自然资罚");
        CaseFixtures.walkToExamination(cases, evidence, n, lead, second);
        Bundle bundle = Arrays.stream(bundleContext.getBundles())
                .filter(b -> "sanxiang-review".equals(b.getSymbolicName())).findFirst().orElseThrow();
        ConfigurationAdmin configAdmin = bundleContext.getService(
                bundleContext.getServiceReference(ConfigurationAdmin.class));
        Object shipped = configAdmin.getConfiguration("org.sanxiang.records", null).getProperties()
                .get("required.gates");
        assertTrue("the shipped configuration requires 法制审核: " + shipped, shipped instanceof String[]
                && Arrays.asList((String[]) shipped).contains("法制审核"));
        HealthCheck gates = null;
        for (ServiceReference<HealthCheck> ref : bundleContext.getServiceReferences(HealthCheck.class, null)) {
            HealthCheck c = bundleContext.getService(ref);
            if ("gates".equals(c.component())) {
                gates = c;
            }
        }
        assertNotNull("the records module reports its required gates to sanxiang:health", gates);
        HealthCheck gateHealth = gates;
        assertTrue(gateHealth.check().toString(), gateHealth.check().isUp());
        bundle.stop();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                try {
                    cases.addDocument(n, "告知书", "补充告知书", CaseFixtures.text("告知"), lead);
                    return false;
                } catch (DocumentRefusedException refused) {
                    return refused.getMessage().contains("“法制审核”未运行");
                }
            });
            HealthStatus down = gateHealth.check();
            assertFalse("gates DOWN while the review is stopped", down.isUp());
            assertTrue(down.detail(), down.detail().contains("法制审核"));
            TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                    () -> cases.transition(n, CaseStage.DECISION, lead, "拟作出处罚决定"));
            assertEquals(e.reasons().toString(), 1, e.reasons().size());
            assertTrue(e.getMessage(), e.reasons().get(0).contains("必需的关卡“法制审核”未运行"));
            DocumentRefusedException d = assertThrows(DocumentRefusedException.class,
                    () -> cases.addDocument(n, "决定书", "行政处罚决定书", CaseFixtures.text("决定"), lead));
            assertTrue(d.getMessage(), d.getMessage().contains("“法制审核”未运行"));
            assertEquals(CaseStage.EXAMINATION, cases.get(n, new AccessRequest("itest", "核对")).stage());
        } finally {
            bundle.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> gateHealth.check().isUp());
        ServiceTracker<LegalReview, LegalReview> tracker = new ServiceTracker<>(bundleContext, LegalReview.class, null);
        tracker.open();
        try {
            LegalReview restarted = tracker.waitForService(60_000);
            assertTrue("the legal review service is back", restarted != null);
            assertDecisionRefused(n, lead, "尚未登记拟作出决定");
            CaseFixtures.proposeMinor(restarted, n, lead);
        } finally {
            tracker.close();
        }
        cases.transition(n, CaseStage.DECISION, lead, "警告,不属于重大执法决定");
        assertEquals(CaseStage.DECISION, cases.get(n, new AccessRequest("itest", "核对")).stage());
    }
}
