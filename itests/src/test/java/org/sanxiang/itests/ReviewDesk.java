package org.sanxiang.itests;

import java.util.List;
import java.util.UUID;
import org.sanxiang.itests.client.enforcement.AddReviewMaterialRequest;
import org.sanxiang.itests.client.enforcement.CheckItem;
import org.sanxiang.itests.client.enforcement.EnforcementPortType;
import org.sanxiang.itests.client.enforcement.Finding;
import org.sanxiang.itests.client.enforcement.GetReviewRequest;
import org.sanxiang.itests.client.enforcement.GetReviewResponse;
import org.sanxiang.itests.client.enforcement.HearingStatus;
import org.sanxiang.itests.client.enforcement.ItemResult;
import org.sanxiang.itests.client.enforcement.MaterialType;
import org.sanxiang.itests.client.enforcement.Measure;
import org.sanxiang.itests.client.enforcement.MeasureType;
import org.sanxiang.itests.client.enforcement.Outcome;
import org.sanxiang.itests.client.enforcement.Proposal;
import org.sanxiang.itests.client.enforcement.ProposeDecisionRequest;
import org.sanxiang.itests.client.enforcement.ProposedDecision;
import org.sanxiang.itests.client.enforcement.Review;
import org.sanxiang.itests.client.enforcement.Reviewer;
import org.sanxiang.itests.client.enforcement.ReviewerRole;
import org.sanxiang.itests.client.enforcement.SaveReviewerRequest;
import org.sanxiang.itests.client.enforcement.SignOpinionRequest;
import org.sanxiang.itests.client.enforcement.SubmitForReviewRequest;

/**
 * The bureau's legal review desk as its systems use it, through the Enforcement SOAP service (client generated from
 * the WSDL): the case system proposes and submits, the registers system keeps the reviewers' list, the legal office
 * signs. For suites whose subject is another channel (a permit decided at the hall window) that must wait for it.
 */
final class ReviewDesk {

    /** Client ids of the three systems; each one's password is {@link EnforcementIT#password}. */
    static final String CASES = "itest-desk-cases";
    static final String REVIEWER = "itest-desk-reviewer";
    static final String REGISTERS = "itest-desk-registers";

    private final EnforcementPortType cases;
    private final EnforcementPortType reviewer;
    private final EnforcementPortType registers;

    /** The desk of the three {@code itest-desk-*} clients. */
    ReviewDesk() {
        this(EnforcementIT.port(CASES), EnforcementIT.port(REVIEWER), EnforcementIT.port(REGISTERS));
    }

    /** The desk of a suite's own ports of the three systems. */
    ReviewDesk(EnforcementPortType cases, EnforcementPortType reviewer, EnforcementPortType registers) {
        this.cases = cases;
        this.reviewer = reviewer;
        this.registers = registers;
    }

    private static String id(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** Puts a qualified reviewer of the legal office (政策法规科) on the reviewers' list; returns its id. */
    String qualifiedReviewer(String name) {
        Reviewer r = new Reviewer();
        r.setOfficerId(id("rv"));
        r.setName(name);
        r.setUnit("政策法规科");
        r.setRole(ReviewerRole.REVIEWER);
        r.setLegalQualification(true);
        SaveReviewerRequest save = new SaveReviewerRequest();
        save.setRequestId(id("reviewer"));
        save.setOperator("staff-registers");
        save.setReviewer(r);
        return registers.saveReviewer(save).getReviewer().getOfficerId();
    }

    /** 拟作出决定 of {@code subject} (a case or a receipt number), referred as major by the unit's head (人工认定). */
    Proposal proposeReferred(String subject, String party, String decision, String referral, String operator) {
        ProposedDecision d = new ProposedDecision();
        d.setCaseNumber(subject);
        d.setPartyName(party);
        Measure m = new Measure();
        m.setType(MeasureType.OTHER);
        m.setDetail(decision);
        d.getMeasure().add(m);
        d.setHearing(HearingStatus.NONE);
        d.setManualReferral(referral);
        d.setSummary(decision);
        d.setLegalBasis("《中华人民共和国矿产资源法》第三条");
        ProposeDecisionRequest r = new ProposeDecisionRequest();
        r.setRequestId(id("propose"));
        r.setOperator(operator);
        r.setDecision(d);
        return cases.proposeDecision(r).getProposal();
    }

    /** 送审 with the five materials: the review's time limit starts. */
    Review submit(String subject, String operator) {
        return submit(subject, "行政审批科", null, operator);
    }

    /** 送审 by {@code unit}, with {@code objection} after an opinion without approval (or null), and the materials. */
    Review submit(String subject, String unit, String objection, String operator) {
        SubmitForReviewRequest submit = new SubmitForReviewRequest();
        submit.setRequestId(id("submit"));
        submit.setOperator(operator);
        submit.setCaseNumber(subject);
        submit.setSubmittingUnit(unit);
        submit.setObjection(objection);
        Review q = cases.submitForReview(submit).getReview();
        for (MaterialType t : List.of(MaterialType.APPLICATION_FORM, MaterialType.INVESTIGATION_REPORT,
                MaterialType.DRAFT_DECISION, MaterialType.EVIDENCE_LIST, MaterialType.DISCRETION_NOTE)) {
            AddReviewMaterialRequest m = new AddReviewMaterialRequest();
            m.setRequestId(id("material"));
            m.setOperator(operator);
            m.setReviewId(q.getId());
            m.setType(t);
            m.setTitle(t.value());
            m.setContent(EnforcementIT.bytes(subject + " " + t + " " + q.getId()));
            q = cases.addReviewMaterial(m).getReview();
        }
        return q;
    }

    /** 审核意见 同意, every check item passed, signed by {@code reviewerId}. */
    Review approve(long reviewId, String reviewerId) {
        SignOpinionRequest sign = new SignOpinionRequest();
        sign.setRequestId(id("sign"));
        sign.setOperator(reviewerId);
        sign.setReviewId(reviewId);
        sign.setOutcome(Outcome.APPROVE);
        sign.setRemarks("同意");
        for (CheckItem c : CheckItem.values()) {
            Finding f = new Finding();
            f.setItem(c);
            f.setResult(ItemResult.PASS);
            f.setComment("符合规定");
            sign.getFinding().add(f);
        }
        return reviewer.signOpinion(sign).getReview();
    }

    /** GetReview of a case or a receipt number, as the case system asks it. */
    GetReviewResponse review(String subject, String operator) {
        GetReviewRequest r = new GetReviewRequest();
        r.setRequestId(id("review"));
        r.setOperator(operator);
        r.setCaseNumber(subject);
        return cases.getReview(r);
    }
}
