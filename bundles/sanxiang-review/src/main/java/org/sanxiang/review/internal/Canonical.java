package org.sanxiang.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.review.internal.Rows.ConsultationRow;
import org.sanxiang.review.internal.Rows.DiscussionRow;
import org.sanxiang.review.internal.Rows.FindingRow;
import org.sanxiang.review.internal.Rows.MaterialRow;
import org.sanxiang.review.internal.Rows.MeasureRow;
import org.sanxiang.review.internal.Rows.OpinionRow;
import org.sanxiang.review.internal.Rows.ProposalRow;
import org.sanxiang.review.internal.Rows.RequestRow;
import org.sanxiang.review.internal.Rows.ReviewerRow;
import org.sanxiang.review.internal.Rows.SupplementRow;

/**
 * The canonical content of each ledgered review row and its SHA-256 ({@link Sha256#ofFields}); the ledger entry
 * is appended with this digest and the {@link org.sanxiang.api.ledger.ContentVerifier} recomputes it from the
 * rows as stored. A proposal's content hash covers what the decision says, not its version or id.
 */
final class Canonical {

    static final String PREFIX = "review:";
    static final String REVIEWER = "review:reviewer:";
    static final String PROPOSAL = "review:proposal:";
    static final String REQUEST = "review:request:";
    static final String MATERIAL = "review:material:";
    static final String SUPPLEMENT = "review:supplement:";
    static final String CONSULTATION = "review:consultation:";
    static final String OPINION = "review:opinion:";
    static final String DISCUSSION = "review:discussion:";

    private Canonical() {
    }

    /** The content hash of a proposed decision: case, kind, party, measures, catalogue facts, summary, basis. */
    static String content(ProposalRow p, List<MeasureRow> measures) {
        List<Object> f = new ArrayList<>(List.of("proposal-content", p.caseNumber, p.caseKind, p.partyName,
                p.partyType, p.hearing, p.beyondDiscretion));
        f.add(p.discretionNote);
        f.add(p.suspectedCrime);
        f.add(p.manualReferral);
        f.add(p.summary);
        f.add(p.legalBasis);
        f.add(measures.size());
        for (MeasureRow m : measures) {
            f.add(m.measureType);
            f.add(amount(m.amount));
            f.add(m.detail);
        }
        return Sha256.ofFields(f.toArray()).hex();
    }

    static String amount(BigDecimal a) {
        return a == null ? null : a.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    static Sha256 reviewer(ReviewerRow r) {
        return Sha256.ofFields("reviewer", r.officerId, r.name, r.unit, r.reviewerRole, r.legalQualification,
                r.updatedBy, Sha256.utcMillis(r.updatedAt));
    }

    /** The proposal row with its content recomputed from the stored fields and measures. */
    static Sha256 proposal(ProposalRow p, List<MeasureRow> measures) {
        return Sha256.ofFields("proposal", p.id, p.caseNumber, p.version, p.contentSha256, content(p, measures),
                p.evaluation, p.major, p.proposedBy, Sha256.utcMillis(p.proposedAt));
    }

    static Sha256 request(RequestRow r) {
        return Sha256.ofFields("request", r.id, r.caseNumber, r.proposalId, r.proposalVersion, r.proposalSha256,
                r.submittingUnit, r.submittedBy, Sha256.utcMillis(r.submittedAt), r.objection, r.resubmissionOf, r.state,
                r.materialsCompleteOn, r.segmentStart, r.usedDays, r.limitDays, r.extended, r.extensionBy,
                r.extensionReason, r.pausedSince, r.dueDate, r.dueProvisional, r.updatedBy, Sha256.utcMillis(r.updatedAt));
    }

    static Sha256 material(MaterialRow r) {
        return Sha256.ofFields("material", r.id, r.requestId, r.materialType, r.title, r.sha256, r.submittedBy,
                Sha256.utcMillis(r.submittedAt));
    }

    static Sha256 supplement(SupplementRow r) {
        return Sha256.ofFields("supplement", r.id, r.requestId, r.requestedOn, r.reason, r.requestedBy, r.resumedOn,
                r.resumedBy);
    }

    static Sha256 consultation(ConsultationRow r) {
        return Sha256.ofFields("consultation", r.id, r.requestId, r.adviserId, r.adviserName, r.adviserRole,
                r.opinion, r.recordedBy, Sha256.utcMillis(r.recordedAt));
    }

    static Sha256 opinion(OpinionRow r, List<FindingRow> findings) {
        List<Object> f = new ArrayList<>(List.of("opinion", r.id, r.requestId, r.outcome, r.remarks, r.reviewerId,
                r.reviewerName, Sha256.utcMillis(r.signedAt), findings.size()));
        for (FindingRow x : findings) {
            f.add(x.item);
            f.add(x.itemResult);
            f.add(x.commentText);
        }
        return Sha256.ofFields(f.toArray());
    }

    static Sha256 discussion(DiscussionRow r, List<String> attendees) {
        List<Object> f = new ArrayList<>();
        f.addAll(List.of("discussion", r.id, r.caseNumber, r.proposalId, r.proposalVersion, r.proposalSha256,
                r.reason, r.openedBy, Sha256.utcMillis(r.openedAt)));
        f.add(r.chairedBy);
        f.add(r.conclusion);
        f.add(r.conclusionText);
        f.add(r.concludedBy);
        f.add(Sha256.utcMillis(r.concludedAt));
        f.add(attendees.size());
        f.addAll(attendees);
        return Sha256.ofFields(f.toArray());
    }

}
