package org.sanxiang.api.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sanxiang.api.domain.EnforcementKind;

/**
 * The legal review of major decisions (重大执法决定法制审核, R-L1..R-L6): proposals, review requests,
 * materials and time limits, consultations, signed opinions, collective discussion, alerts, and the
 * clearance the decision gate asks for. Every change is ledgered (kind {@code REVIEW}). Refusals throw
 * {@link ReviewException} with a Chinese message.
 */
public interface LegalReview {

    /**
     * Registers a new version of the case's proposed decision (拟作出决定), evaluated by the catalogue. Version 1
     * or the current version + 1; an open review of the former version is superseded (修改后须重新审核).
     */
    ProposalVersion propose(ProposedDecision decision, String actor);

    /** The current (newest) proposal version of a case. */
    Optional<ProposalVersion> currentProposal(String caseNumber);

    /** Every proposal version of a case, oldest first. */
    List<ProposalVersion> proposals(String caseNumber);

    /**
     * Submits the current proposal version for review (送审). Refused when the proposal is not major, a
     * review of the case is still open, or the version already passed. After a non-approving opinion the
     * unit resubmits with {@code objection} (修改或异议说明), which is then required.
     */
    ReviewRequest submit(String caseNumber, String submittingUnit, String objection, String actor);

    /** Adds a material; when the materials become complete the time limit starts that day (or resumes). */
    ReviewRequest addMaterial(long requestId, MaterialType type, String title, String sha256, String actor);

    /** A reviewer asks for supplementary materials (补充材料): the time limit pauses. */
    ReviewRequest requestSupplement(long requestId, String reviewerId, String reason);

    /** The unit has supplemented: the time limit runs again from the day after today. */
    ReviewRequest supplementProvided(long requestId, String actor);

    /** Extends the time limit once, on approval (经批准延长一次). */
    ReviewRequest extend(long requestId, String approvedBy, String reason);

    /** Records the opinion of a consulted legal adviser or public-service lawyer (R-L2). */
    Consultation consult(long requestId, String adviserId, String opinion, String actor);

    /**
     * Signs the review opinion (出具审核意见): every check item answered exactly once, the outcome consistent
     * with the findings (同意 only when all pass; 建议移送 exactly when 涉嫌犯罪 is a problem), the signer a
     * qualified reviewer of the legal office. Completes the request.
     */
    Opinion sign(long requestId, OpinionDraft draft);

    /**
     * Opens a collective discussion (集体讨论) of the case's current proposal: only after a resubmitted review
     * again ended without approval (审核意见与承办单位意见仍不一致).
     */
    CollectiveDiscussion openDiscussion(String caseNumber, String reason, String actor);

    /** Records attendees, chair and the binding conclusion of a discussion. */
    CollectiveDiscussion concludeDiscussion(long discussionId, List<String> attendees, String chairedBy,
                                            DiscussionConclusion conclusion, String conclusionText, String actor);

    Optional<ReviewRequest> request(long requestId);

    /** The review requests of a case, oldest first. */
    List<ReviewRequest> requests(String caseNumber);

    /** The newest requests, optionally only in {@code state}. */
    List<ReviewRequest> list(ReviewState state, int limit);

    /** The collective discussions of a case, oldest first. */
    List<CollectiveDiscussion> discussions(String caseNumber);

    /** Open reviews near or past their time limit on {@code day} (审核期限预警). */
    List<ReviewAlert> alerts(LocalDate day);

    /**
     * Why a case of {@code kind} may not enter the decision stage nor issue a 决定书 now (R-L1), or empty when
     * it may: no proposal for a penalty or coercion, or a major current proposal without a passed review (同意,
     * or a binding 集体讨论 conclusion to proceed) of that exact version and content.
     */
    Optional<String> decisionBlocker(String caseNumber, EnforcementKind kind);
}
