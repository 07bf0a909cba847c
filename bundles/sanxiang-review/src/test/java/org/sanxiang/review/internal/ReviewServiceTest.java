package org.sanxiang.review.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.domain.IdType;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.CaseSnapshot;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.Party;
import org.sanxiang.api.review.CheckItem;
import org.sanxiang.api.review.CollectiveDiscussion;
import org.sanxiang.api.review.Consultation;
import org.sanxiang.api.review.DiscussionConclusion;
import org.sanxiang.api.review.HearingStatus;
import org.sanxiang.api.review.ItemFinding;
import org.sanxiang.api.review.MaterialType;
import org.sanxiang.api.review.Measure;
import org.sanxiang.api.review.MeasureType;
import org.sanxiang.api.review.Opinion;
import org.sanxiang.api.review.OpinionDraft;
import org.sanxiang.api.review.Outcome;
import org.sanxiang.api.review.ProposalVersion;
import org.sanxiang.api.review.ProposedDecision;
import org.sanxiang.api.review.ReviewAlert;
import org.sanxiang.api.review.ReviewException;
import org.sanxiang.api.review.ReviewRequest;
import org.sanxiang.api.review.ReviewState;
import org.sanxiang.api.review.Reviewer;
import org.sanxiang.api.review.ReviewerRole;
import org.sanxiang.calendar.internal.ShippedCalendar;
import org.sanxiang.store.support.ModuleStore;

/**
 * The legal review on H2 with the hub's real working-day calendar: the gate (R-L1) for stage and 决定书, proposal
 * versions, materials and the time limit with pauses and the extension (R-L5), reviewers (R-L2), the opinion
 * checklist (R-L4), the resubmit → collective-discussion loop, alerts, and the ledger digests (R-L6).
 */
class ReviewServiceTest {

    private static final String CASE = "晋自然资罚〔2025〕8号";
    private static final String PERSON = "张三";
    private static final String COMPANY = "太原某建材有限公司";
    private static final String UNIT = "执法监察科";
    private static final String SHA = "a".repeat(64);

    private JdbcDataSource dataSource;
    private ReviewService review;
    private DecisionGates gates;
    private final Fixtures.DayClock clock = new Fixtures.DayClock(LocalDate.parse("2025-09-26"));
    private final Map<String, EnforcementCase> cases = new HashMap<>();
    /** Permit applications by receipt number, as the applications module answers the review's lookup. */
    private final Map<String, CaseLookup.Subject> permits = new HashMap<>();
    private final Map<String, Sha256> ledgered = new LinkedHashMap<>();
    private final List<String> ledgerSubjects = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:review-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ModuleStore store = ModuleStore.open(dataSource, "review", ReviewService.class.getClassLoader(),
                ReviewComponent.MAPPERS);
        ReviewSettings settings = Fixtures.settings();
        review = new ReviewService(store, () -> settings, ShippedCalendar.load(), (n, actor) -> {
            EnforcementCase c = cases.get(n);
            if (c == null && permits.containsKey(n)) {
                return permits.get(n);
            }
            if (c == null) {
                throw new ReviewException("没有编号为" + n + "的案件");
            }
            return CaseLookup.Subject.of(c, ReviewService.PAST_DECISION.contains(c.stage()));
        }, () -> (kind, subject, actor, digest) -> {
            ledgered.put(subject, digest);
            ledgerSubjects.add(subject);
        }, clock);
        gates = new DecisionGates(() -> settings, review);
        fileCase(CASE, EnforcementKind.PENALTY, CaseStage.EXAMINATION);
        review.save(new Reviewer("R01", "李审", "政策法规科", ReviewerRole.REVIEWER, true), "admin");
        review.save(new Reviewer("R02", "王新", "政策法规科", ReviewerRole.REVIEWER, false), "admin");
        review.save(new Reviewer("R03", "赵科", "执法监察科", ReviewerRole.REVIEWER, true), "admin");
        review.save(new Reviewer("A01", "陈律师", "山西某律师事务所", ReviewerRole.LEGAL_ADVISER, true), "admin");
        review.save(new Reviewer("A02", "周公职", "政策法规科", ReviewerRole.PUBLIC_LAWYER, true), "admin");
    }

    private void fileCase(String n, EnforcementKind kind, CaseStage stage) {
        Instant t = Instant.parse("2025-09-01T02:00:00Z");
        cases.put(n, new EnforcementCase(n, kind, "非法占用土地", "140105",
                List.of(Party.naturalPerson(PERSON, IdType.RESIDENT_ID, "140105199001011234"),
                        Party.legalPerson(COMPANY, "91350100M000100Y43")),
                List.of(), stage, "lead", t, t));
    }

    private CaseSnapshot snapshot(String n) {
        return new CaseSnapshot(cases.get(n), List.of(), List.of(), List.of(), "lead", LocalDate.now());
    }

    /** What the gates say to 决定 and to a 决定书 of case {@code n}; both must agree. */
    private Optional<String> gate(String n) {
        Optional<String> stage = gates.veto(snapshot(n), CaseStage.DECISION);
        Optional<String> doc = gates.veto(snapshot(n), "决定书");
        assertEquals(stage, doc, "the stage gate and the 决定书 gate agree");
        assertEquals(Optional.empty(), gates.veto(snapshot(n), "送达回证"));
        assertEquals(Optional.empty(), gates.veto(snapshot(n), CaseStage.INVESTIGATION));
        return stage;
    }

    private ReviewRequest submitWithMaterials(String n, String objection) {
        ReviewRequest r = review.submit(n, UNIT, objection, "lead");
        for (MaterialType t : ReviewService.REQUIRED) {
            r = review.addMaterial(r.id(), t, t.chinese(), SHA, "lead");
        }
        return r;
    }

    private Opinion approve(long requestId) {
        return review.sign(requestId, new OpinionDraft(Fixtures.allPass(), Outcome.APPROVE, "同意", "R01"));
    }

    // ---------------------------------------------------------------- the gate (R-L1)

    @Test
    void aPenaltyWithoutAProposalCannotBeDecidedButAnInspectionCan() {
        assertTrue(gate(CASE).orElseThrow().contains("尚未登记拟作出决定"), gate(CASE).toString());
        fileCase("检查1", EnforcementKind.INSPECTION, CaseStage.EXAMINATION);
        assertEquals(Optional.empty(), gate("检查1"));
        fileCase("强制1", EnforcementKind.COERCION, CaseStage.EXAMINATION);
        assertTrue(gate("强制1").isPresent());
    }

    @Test
    void aPermitDecisionReferredAsMajorWaitsForItsReviewAndADecidedApplicationTakesNoProposal() {
        String receipt = "SQ20250926000001";
        permits.put(receipt, new CaseLookup.Subject(receipt, EnforcementKind.PERMIT, null,
                List.of(new CaseLookup.SubjectParty(COMPANY, PartyType.LEGAL_PERSON))));
        assertEquals(Optional.empty(), review.decisionBlocker(receipt, EnforcementKind.PERMIT),
                "a permit needs no proposal unless proposal.required.kinds names PERMIT");
        ProposalVersion p = review.propose(new ProposedDecision(receipt, COMPANY,
                List.of(new Measure(MeasureType.OTHER, null, "准予采矿权新立登记")), HearingStatus.NONE, false, null,
                false, "涉及重大公共利益", "准予采矿权新立登记", "《中华人民共和国矿产资源法》第三条"), "xk-officer");
        assertEquals(EnforcementKind.PERMIT, p.kind());
        assertTrue(p.evaluation().major(), p.evaluation().describe());
        String blocked = review.decisionBlocker(receipt, EnforcementKind.PERMIT).orElseThrow();
        assertTrue(blocked.startsWith("行政许可申请" + receipt + "的拟作出决定(第1版)属于重大执法决定"), blocked);
        approve(submitWithMaterials(receipt, null).id());
        assertEquals(Optional.empty(), review.decisionBlocker(receipt, EnforcementKind.PERMIT));

        permits.put(receipt, new CaseLookup.Subject(receipt, EnforcementKind.PERMIT, "审批结果",
                List.of(new CaseLookup.SubjectParty(COMPANY, PartyType.LEGAL_PERSON))));
        ReviewException late = assertThrows(ReviewException.class, () -> review.propose(new ProposedDecision(receipt,
                COMPANY, List.of(new Measure(MeasureType.OTHER, null, "不予许可")), HearingStatus.NONE, false, null,
                false, "涉及重大公共利益", "不予许可", "《中华人民共和国矿产资源法》第三条"), "xk-officer"));
        assertTrue(late.getMessage().contains("行政许可申请" + receipt + "已处于审批结果环节"), late.getMessage());
    }

    @Test
    void aProposalBelowEveryThresholdNeedsNoReview() {
        review.propose(Fixtures.fine(CASE, PERSON, "9999.99"), "lead");
        assertEquals(Optional.empty(), gate(CASE));
        ReviewException e = assertThrows(ReviewException.class, () -> review.submit(CASE, UNIT, null, "lead"));
        assertTrue(e.getMessage().contains("不属于重大执法决定"), e.getMessage());
    }

    @Test
    void aMajorProposalIsBlockedUntilThatExactVersionIsApproved() {
        ProposalVersion v1 = review.propose(Fixtures.fine(CASE, PERSON, "10000"), "lead");
        assertTrue(v1.evaluation().major());
        String blocked = gate(CASE).orElseThrow();
        assertTrue(blocked.contains("第1版") && blocked.contains("较大数额罚款") && blocked.contains("尚未送法制审核"),
                blocked);
        ReviewRequest r = submitWithMaterials(CASE, null);
        assertTrue(gate(CASE).orElseThrow().contains("审核中"));
        approve(r.id());
        assertEquals(Optional.empty(), gate(CASE));

        ProposalVersion v2 = review.propose(Fixtures.fine(CASE, PERSON, "12000"), "lead");
        assertEquals(2, v2.version());
        assertNotEquals(v1.sha256(), v2.sha256());
        String again = gate(CASE).orElseThrow();
        assertTrue(again.contains("第1版已通过审核,但拟作出决定已修改为第2版,须重新审核"), again);
        approve(submitWithMaterials(CASE, null).id());
        assertEquals(Optional.empty(), gate(CASE));
        assertThrows(ReviewException.class, () -> review.submit(CASE, UNIT, null, "lead"), "already passed");
    }

    @Test
    void aProposalRowChangedBehindTheHubsBackBlocksTheDecision() throws Exception {
        ProposalVersion v1 = review.propose(Fixtures.fine(CASE, PERSON, "20000"), "lead");
        approve(submitWithMaterials(CASE, null).id());
        assertEquals(Optional.empty(), gate(CASE));
        Sha256 before = review.currentDigest("review:proposal:" + v1.id(), "REVIEW").orElseThrow();
        assertEquals(ledgered.get("review:proposal:" + v1.id()), before);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE sx_rev_measure SET amount = 2000 WHERE proposal_id = " + v1.id()));
        }
        assertTrue(gate(CASE).orElseThrow().contains("记录与登记时不一致"));
        assertNotEquals(before, review.currentDigest("review:proposal:" + v1.id(), "REVIEW").orElseThrow());
    }

    // ---------------------------------------------------------------- proposals

    @Test
    void proposalVersionsAreImmutableAndARevisionSupersedesTheOpenReview() {
        review.propose(Fixtures.fine(CASE, COMPANY, "150000"), "lead");
        ReviewRequest open = review.submit(CASE, UNIT, null, "lead");
        ReviewException same = assertThrows(ReviewException.class,
                () -> review.propose(Fixtures.fine(CASE, COMPANY, "150000.00"), "lead"));
        assertTrue(same.getMessage().contains("与现行第1版内容相同"), same.getMessage());
        review.propose(Fixtures.fine(CASE, COMPANY, "160000"), "lead");
        assertEquals(ReviewState.SUPERSEDED, review.request(open.id()).orElseThrow().state());
        assertEquals(List.of(1, 2), review.proposals(CASE).stream().map(ProposalVersion::version).toList());
        assertEquals("150000.00", review.proposals(CASE).get(0).decision().measures().get(0).amount().toPlainString());
        assertThrows(ReviewException.class, () -> review.propose(Fixtures.fine(CASE, "李四", "1"), "lead"));
        fileCase("已送达", EnforcementKind.PENALTY, CaseStage.SERVICE);
        ReviewException late = assertThrows(ReviewException.class,
                () -> review.propose(Fixtures.fine("已送达", PERSON, "1"), "lead"));
        assertTrue(late.getMessage().contains("送达"), late.getMessage());
    }

    // ---------------------------------------------------------------- materials and time limit (R-L5)

    @Test
    void theTimeLimitStartsWhenTheMaterialsAreCompleteAndCountsWorkingDays() {
        review.propose(Fixtures.fine(CASE, PERSON, "50000"), "lead");
        ReviewRequest r = review.submit(CASE, UNIT, null, "lead");
        for (MaterialType t : List.of(MaterialType.APPLICATION_FORM, MaterialType.INVESTIGATION_REPORT,
                MaterialType.DRAFT_DECISION, MaterialType.EVIDENCE_LIST)) {
            r = review.addMaterial(r.id(), t, t.chinese(), SHA, "lead");
        }
        assertEquals(ReviewState.AWAITING_MATERIALS, r.state());
        assertEquals(List.of(MaterialType.DISCRETION_NOTE), r.missingMaterials());
        assertNull(r.dueDate());
        long id = r.id();
        ReviewException early = assertThrows(ReviewException.class, () -> approve(id));
        assertTrue(early.getMessage().contains("缺少: 裁量说明"), early.getMessage());
        clock.set(LocalDate.parse("2025-09-30"));
        r = review.addMaterial(id, MaterialType.DISCRETION_NOTE, "裁量说明", SHA, "lead");
        assertEquals(ReviewState.IN_REVIEW, r.state());
        assertEquals(LocalDate.parse("2025-09-30"), r.materialsCompleteOn());
        // 10-01..08 National Day, 10-11 (Saturday) a make-up working day
        assertEquals(LocalDate.parse("2025-10-14"), r.dueDate());
        assertFalse(r.dueProvisional());
    }

    @Test
    void aHeldHearingNeedsItsRecordAmongTheMaterials() {
        review.propose(new ProposedDecision(CASE, PERSON, List.of(Measure.of(MeasureType.WARNING)), HearingStatus.HELD,
                false, null, false, null, "摘要", "依据"), "lead");
        ReviewRequest r = submitWithMaterials(CASE, null);
        assertEquals(ReviewState.AWAITING_MATERIALS, r.state());
        assertEquals(List.of(MaterialType.HEARING_RECORD), r.missingMaterials());
        r = review.addMaterial(r.id(), MaterialType.HEARING_RECORD, "听证笔录", SHA, "lead");
        assertEquals(ReviewState.IN_REVIEW, r.state());
    }

    @Test
    void aSupplementRequestPausesTheClockAndTheOneExtensionAddsWorkingDays() {
        review.propose(Fixtures.fine(CASE, PERSON, "50000"), "lead");
        ReviewRequest r = submitWithMaterials(CASE, null);
        assertEquals(LocalDate.parse("2025-10-10"), r.dueDate(), "09-28 is a make-up working day");
        clock.set(LocalDate.parse("2025-09-29"));
        assertThrows(ReviewException.class, () -> review.requestSupplement(r.id(), "A01", "缺现场照片"),
                "an adviser cannot ask for supplements");
        ReviewRequest paused = review.requestSupplement(r.id(), "R01", "缺少现场勘测照片");
        assertEquals(ReviewState.SUPPLEMENT_REQUESTED, paused.state());
        assertEquals(2, paused.usedWorkingDays());
        assertThrows(ReviewException.class, () -> approve(r.id()), "no opinion while paused");
        clock.set(LocalDate.parse("2025-10-13"));
        review.addMaterial(r.id(), MaterialType.OTHER, "现场勘测照片", SHA, "lead");
        ReviewRequest resumed = review.supplementProvided(r.id(), "lead");
        assertEquals(ReviewState.IN_REVIEW, resumed.state());
        assertEquals(LocalDate.parse("2025-10-16"), resumed.dueDate(), "3 working days left after 10-13");
        assertEquals(LocalDate.parse("2025-10-13"), resumed.supplements().get(0).resumedOn());

        ReviewRequest extended = review.extend(r.id(), "局长孙某", "案情复杂");
        assertEquals(10, extended.limitWorkingDays());
        assertEquals(LocalDate.parse("2025-10-23"), extended.dueDate());
        ReviewException twice = assertThrows(ReviewException.class, () -> review.extend(r.id(), "局长孙某", "再延"));
        assertTrue(twice.getMessage().contains("只能延长一次"), twice.getMessage());
    }

    @Test
    void nearAndOverdueReviewsAreListed() {
        review.propose(Fixtures.fine(CASE, PERSON, "50000"), "lead");
        ReviewRequest r = submitWithMaterials(CASE, null);
        assertEquals(LocalDate.parse("2025-10-10"), r.dueDate());
        assertEquals(List.of(), review.alerts(LocalDate.parse("2025-10-08")), "two working days left");
        List<ReviewAlert> near = review.alerts(LocalDate.parse("2025-10-09"));
        assertEquals(1, near.size());
        assertEquals(ReviewAlert.Kind.NEAR_DEADLINE, near.get(0).kind());
        assertEquals(1, near.get(0).workingDaysLeft());
        List<ReviewAlert> overdue = review.alerts(LocalDate.parse("2025-10-13"));
        assertEquals(ReviewAlert.Kind.OVERDUE, overdue.get(0).kind());
        assertEquals(-2, overdue.get(0).workingDaysLeft(), "10-11 (make-up) and 10-13 past the due date");
        approve(r.id());
        assertEquals(List.of(), review.alerts(LocalDate.parse("2025-10-13")), "a completed review raises no alert");
    }

    // ---------------------------------------------------------------- reviewers and opinions (R-L2, R-L4, R-L6)

    @Test
    void onlyQualifiedReviewersOfTheLegalOfficeSignAndAdvisersAreConsulted() {
        review.propose(Fixtures.fine(CASE, PERSON, "50000"), "lead");
        long id = submitWithMaterials(CASE, null).id();
        for (String[] c : new String[][] {{"R02", "未取得法律职业资格"}, {"R03", "不是法制机构"}, {"A01", "只能提供咨询意见"},
            {"X9", "没有编号为X9"}}) {
            ReviewException e = assertThrows(ReviewException.class, () -> review.sign(id,
                    new OpinionDraft(Fixtures.allPass(), Outcome.APPROVE, "", c[0])));
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
        Consultation lawyer = review.consult(id, "A01", "处罚幅度适当", "R01");
        review.consult(id, "A02", "程序合法", "R01");
        assertThrows(ReviewException.class, () -> review.consult(id, "R01", "我自己", "R01"));
        Opinion o = approve(id);
        assertEquals("李审", o.reviewerName());
        ReviewRequest done = review.request(id).orElseThrow();
        assertEquals(ReviewState.COMPLETED, done.state());
        assertEquals(List.of("陈律师", "周公职"), done.consultations().stream().map(Consultation::adviserName).toList());
        assertEquals(ReviewerRole.LEGAL_ADVISER, lawyer.role());
        assertEquals(Outcome.APPROVE, done.opinion().outcome());
        assertEquals(10, done.opinion().findings().size());
    }

    @Test
    void theOpinionAnswersEveryItemConsistentlyWithItsOutcome() {
        List<ItemFinding> nine = new ArrayList<>(Fixtures.allPass());
        nine.remove(4);
        assertEquals(Optional.of("审核意见未答复以下事项: 适用法律依据准确"),
                ReviewService.checklistProblem(new OpinionDraft(nine, Outcome.APPROVE, "", "R01")));
        List<ItemFinding> twice = new ArrayList<>(Fixtures.allPass());
        twice.add(ItemFinding.pass(CheckItem.FACTS_CLEAR, ""));
        assertTrue(ReviewService.checklistProblem(new OpinionDraft(twice, Outcome.APPROVE, "", "R01")).orElseThrow()
                .contains("重复"));
        assertTrue(ReviewService.checklistProblem(new OpinionDraft(Fixtures.problem(CheckItem.EVIDENCE_SUFFICIENT,
                "缺少测量报告"), Outcome.APPROVE, "", "R01")).orElseThrow().contains("证据确凿充分"));
        assertTrue(ReviewService.checklistProblem(new OpinionDraft(Fixtures.allPass(), Outcome.DISAGREE, "", "R01"))
                .orElseThrow().contains("至少指出一项"));
        assertTrue(ReviewService.checklistProblem(new OpinionDraft(Fixtures.problem(CheckItem.FACTS_CLEAR, "不清"),
                Outcome.TRANSFER, "", "R01")).isPresent());
        assertTrue(ReviewService.checklistProblem(new OpinionDraft(Fixtures.problem(CheckItem.CRIMINAL_TRANSFER,
                "非法占用耕地十亩以上,涉嫌非法占用农用地罪"), Outcome.REVISE_CORRECT, "", "R01")).orElseThrow()
                .contains("应为建议移送"));
        assertEquals(Optional.empty(), ReviewService.checklistProblem(new OpinionDraft(Fixtures.problem(
                CheckItem.CRIMINAL_TRANSFER, "涉嫌犯罪"), Outcome.TRANSFER, "", "R01")));
        assertEquals(Optional.empty(), ReviewService.checklistProblem(new OpinionDraft(Fixtures.problem(
                CheckItem.DISCRETION_APPROPRIATE, "畸重"), Outcome.REVISE_CORRECT, "", "R01")));
        assertThrows(IllegalArgumentException.class, () -> ItemFinding.problem(CheckItem.FACTS_CLEAR, " "),
                "a problem needs its comment");

        review.propose(Fixtures.fine(CASE, PERSON, "50000"), "lead");
        long id = submitWithMaterials(CASE, null).id();
        assertThrows(ReviewException.class, () -> review.sign(id, new OpinionDraft(nine, Outcome.APPROVE, "", "R01")));
        assertEquals(ReviewState.IN_REVIEW, review.request(id).orElseThrow().state(), "nothing signed");
    }

    // ---------------------------------------------------------------- disagreement (R-L5)

    @Test
    void aResubmissionThatStillDisagreesGoesToABindingCollectiveDiscussion() {
        review.propose(Fixtures.fine(CASE, COMPANY, "200000"), "lead");
        long first = submitWithMaterials(CASE, null).id();
        review.sign(first, new OpinionDraft(Fixtures.problem(CheckItem.DISCRETION_APPROPRIATE, "罚款畸重,应按裁量基准第二档"),
                Outcome.REVISE_CORRECT, "", "R01"));
        assertTrue(gate(CASE).orElseThrow().contains("审核意见为建议修改(改正)"));
        ReviewException noStatement = assertThrows(ReviewException.class, () -> review.submit(CASE, UNIT, null, "lead"));
        assertTrue(noStatement.getMessage().contains("重新送审须说明"), noStatement.getMessage());
        assertThrows(ReviewException.class, () -> review.openDiscussion(CASE, "意见不一致", "lead"),
                "no discussion before the unit resubmitted");

        review.propose(Fixtures.fine(CASE, COMPANY, "180000"), "lead");
        ReviewRequest second = submitWithMaterials(CASE, "已下调罚款,当事人拒不整改,不宜再降");
        assertEquals(Long.valueOf(first), second.resubmissionOf());
        review.sign(second.id(), new OpinionDraft(Fixtures.problem(CheckItem.DISCRETION_APPROPRIATE, "仍属畸重"),
                Outcome.DISAGREE, "", "R01"));
        assertTrue(gate(CASE).isPresent());

        CollectiveDiscussion d = review.openDiscussion(CASE, "审核意见与承办单位意见仍不一致", "局办公室");
        assertEquals(2, d.proposalVersion());
        assertTrue(gate(CASE).orElseThrow().contains("集体讨论"));
        assertThrows(ReviewException.class, () -> review.submit(CASE, UNIT, "再送", "lead"), "discussion open");
        assertThrows(ReviewException.class, () -> review.concludeDiscussion(d.id(), List.of("局长孙某", "副局长钱某"),
                "局长孙某", DiscussionConclusion.PROCEED, "按拟作出决定作出", "局办公室"), "at least three attendees");
        CollectiveDiscussion done = review.concludeDiscussion(d.id(), List.of("局长孙某", "副局长钱某", "法规科长李审", "执法科长赵科"),
                "局长孙某", DiscussionConclusion.PROCEED, "当事人拒不整改,维持18万元罚款", "局办公室");
        assertEquals(DiscussionConclusion.PROCEED, done.conclusion());
        assertEquals(4, done.attendees().size());
        assertEquals(Optional.empty(), gate(CASE), "the binding conclusion lets the decision be made");
        assertThrows(ReviewException.class, () -> review.concludeDiscussion(d.id(), List.of("甲", "乙", "丙"), "甲",
                DiscussionConclusion.NOT_DECIDE, "改", "局办公室"), "a conclusion cannot be changed");
        assertEquals(2, ledgerSubjects.stream().filter(s -> s.equals("review:discussion:" + d.id())).count());

        review.propose(Fixtures.fine(CASE, COMPANY, "190000"), "lead");
        assertTrue(gate(CASE).isPresent(), "the conclusion binds the discussed version only");
    }

    @Test
    void aDiscussionThatDoesNotProceedKeepsTheGateClosed() {
        review.propose(Fixtures.fine(CASE, COMPANY, "200000"), "lead");
        long first = submitWithMaterials(CASE, null).id();
        review.sign(first, new OpinionDraft(Fixtures.problem(CheckItem.FACTS_CLEAR, "占地面积未测量"),
                Outcome.REVISE_INVESTIGATE, "", "R01"));
        long second = submitWithMaterials(CASE, "面积已在询问笔录中确认,不需测量").id();
        review.sign(second, new OpinionDraft(Fixtures.problem(CheckItem.FACTS_CLEAR, "仍需测量"), Outcome.DISAGREE,
                "", "R01"));
        CollectiveDiscussion d = review.openDiscussion(CASE, "意见不一致", "局办公室");
        review.concludeDiscussion(d.id(), List.of("甲", "乙", "丙"), "甲", DiscussionConclusion.REVISE, "补充测量后重新送审",
                "局办公室");
        assertTrue(gate(CASE).orElseThrow().contains("修改后重新送审"));
    }

    // ---------------------------------------------------------------- ledger (R-L6)

    @Test
    void everyLedgeredRowIsVerifiableAndTheNewestEntryMatchesTheRow() throws Exception {
        review.propose(Fixtures.fine(CASE, PERSON, "50000"), "lead");
        ReviewRequest r = submitWithMaterials(CASE, null);
        review.requestSupplement(r.id(), "R01", "补充");
        review.supplementProvided(r.id(), "lead");
        review.consult(r.id(), "A01", "同意", "R01");
        Opinion o = approve(r.id());
        assertTrue(ledgered.size() >= 13, ledgered.keySet().toString());
        for (Map.Entry<String, Sha256> e : ledgered.entrySet()) {
            assertEquals(Optional.of(e.getValue()), review.currentDigest(e.getKey(), "REVIEW"), e.getKey());
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE sx_rev_finding SET item_result = 'PROBLEM' WHERE opinion_id = " + o.id()
                    + " AND item = 'FACTS_CLEAR'");
        }
        assertNotEquals(Optional.of(ledgered.get("review:opinion:" + o.id())),
                review.currentDigest("review:opinion:" + o.id(), "REVIEW"));
        assertThrows(IllegalArgumentException.class, () -> review.currentDigest("records:document:1", "REVIEW"));
    }
}
