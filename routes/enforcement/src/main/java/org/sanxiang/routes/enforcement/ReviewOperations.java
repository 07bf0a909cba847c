package org.sanxiang.routes.enforcement;

import static org.sanxiang.routes.enforcement.Convert.as;
import static org.sanxiang.routes.enforcement.Convert.text;
import static org.sanxiang.routes.enforcement.EnforcementOperations.CASES;
import static org.sanxiang.routes.enforcement.EnforcementOperations.REVIEW;
import static org.sanxiang.routes.enforcement.EnforcementOperations.roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.sanxiang.api.applications.PermitApplications;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.review.CollectiveDiscussion;
import org.sanxiang.api.review.ItemFinding;
import org.sanxiang.api.review.LegalReview;
import org.sanxiang.api.review.OpinionDraft;
import org.sanxiang.api.review.ProposalVersion;
import org.sanxiang.api.review.ReviewNotFoundException;
import org.sanxiang.api.review.ReviewRequest;
import org.sanxiang.contracts.enforcement.v1.AddReviewMaterialRequest;
import org.sanxiang.contracts.enforcement.v1.AddReviewMaterialResponse;
import org.sanxiang.contracts.enforcement.v1.CheckItem;
import org.sanxiang.contracts.enforcement.v1.ConcludeDiscussionRequest;
import org.sanxiang.contracts.enforcement.v1.ConcludeDiscussionResponse;
import org.sanxiang.contracts.enforcement.v1.Discussion;
import org.sanxiang.contracts.enforcement.v1.DiscussionConclusion;
import org.sanxiang.contracts.enforcement.v1.ExtendReviewRequest;
import org.sanxiang.contracts.enforcement.v1.ExtendReviewResponse;
import org.sanxiang.contracts.enforcement.v1.Finding;
import org.sanxiang.contracts.enforcement.v1.GetReviewRequest;
import org.sanxiang.contracts.enforcement.v1.GetReviewResponse;
import org.sanxiang.contracts.enforcement.v1.ItemResult;
import org.sanxiang.contracts.enforcement.v1.ListReviewsRequest;
import org.sanxiang.contracts.enforcement.v1.ListReviewsResponse;
import org.sanxiang.contracts.enforcement.v1.MaterialType;
import org.sanxiang.contracts.enforcement.v1.OpenDiscussionRequest;
import org.sanxiang.contracts.enforcement.v1.OpenDiscussionResponse;
import org.sanxiang.contracts.enforcement.v1.Opinion;
import org.sanxiang.contracts.enforcement.v1.Outcome;
import org.sanxiang.contracts.enforcement.v1.Proposal;
import org.sanxiang.contracts.enforcement.v1.ProposeDecisionRequest;
import org.sanxiang.contracts.enforcement.v1.ProposeDecisionResponse;
import org.sanxiang.contracts.enforcement.v1.ProposedDecision;
import org.sanxiang.contracts.enforcement.v1.ProvideSupplementRequest;
import org.sanxiang.contracts.enforcement.v1.ProvideSupplementResponse;
import org.sanxiang.contracts.enforcement.v1.RecordConsultationRequest;
import org.sanxiang.contracts.enforcement.v1.RecordConsultationResponse;
import org.sanxiang.contracts.enforcement.v1.RequestSupplementRequest;
import org.sanxiang.contracts.enforcement.v1.RequestSupplementResponse;
import org.sanxiang.contracts.enforcement.v1.Review;
import org.sanxiang.contracts.enforcement.v1.ReviewMaterial;
import org.sanxiang.contracts.enforcement.v1.ReviewState;
import org.sanxiang.contracts.enforcement.v1.RuleHit;
import org.sanxiang.contracts.enforcement.v1.SignOpinionRequest;
import org.sanxiang.contracts.enforcement.v1.SignOpinionResponse;
import org.sanxiang.contracts.enforcement.v1.SubmitForReviewRequest;
import org.sanxiang.contracts.enforcement.v1.SubmitForReviewResponse;
import org.sanxiang.routes.common.ContractTimes;

/** The legal review of major decisions (重大执法决定法制审核), as contract operations. */
public final class ReviewOperations {

    private final LegalReview review;
    private final CaseRecords cases;
    private final EvidenceStore evidence;
    private final PermitApplications applications;

    public ReviewOperations(LegalReview review, CaseRecords cases, EvidenceStore evidence,
                            PermitApplications applications) {
        this.review = review;
        this.cases = cases;
        this.evidence = evidence;
        this.applications = applications;
    }

    void register(EnforcementOperations.Table t) {
        t.write("ProposeDecision", ProposeDecisionRequest.class, roles(CASES), (r, c) -> {
            ProposeDecisionResponse out = new ProposeDecisionResponse();
            out.setProposal(proposal(review.propose(decision(r.getDecision()), c.operator())));
            return out;
        });
        t.write("SubmitForReview", SubmitForReviewRequest.class, roles(CASES), (r, c) -> {
            SubmitForReviewResponse out = new SubmitForReviewResponse();
            out.setReview(review(review.submit(r.getCaseNumber(), r.getSubmittingUnit(), text(r.getObjection()),
                    c.operator())));
            return out;
        });
        t.write("AddReviewMaterial", AddReviewMaterialRequest.class, roles(CASES), (r, c) -> {
            String sha = r.getSha256();
            if (r.getContent() != null) {
                try (InputStream in = r.getContent().getInputStream()) {
                    sha = evidence.put(in).sha256();
                } catch (IOException e) {
                    throw new UncheckedIOException("送审材料读取失败", e);
                }
            }
            AddReviewMaterialResponse out = new AddReviewMaterialResponse();
            out.setReview(review(review.addMaterial(r.getReviewId(),
                    as(org.sanxiang.api.review.MaterialType.class, r.getType()), r.getTitle(), sha, c.operator())));
            return out;
        });
        t.write("RequestSupplement", RequestSupplementRequest.class, roles(REVIEW), (r, c) -> {
            RequestSupplementResponse out = new RequestSupplementResponse();
            out.setReview(review(review.requestSupplement(r.getReviewId(), c.operator(), r.getReason())));
            return out;
        });
        t.write("ProvideSupplement", ProvideSupplementRequest.class, roles(CASES), (r, c) -> {
            ProvideSupplementResponse out = new ProvideSupplementResponse();
            out.setReview(review(review.supplementProvided(r.getReviewId(), c.operator())));
            return out;
        });
        t.write("ExtendReview", ExtendReviewRequest.class, roles(REVIEW), (r, c) -> {
            ExtendReviewResponse out = new ExtendReviewResponse();
            out.setReview(review(review.extend(r.getReviewId(), c.operator(), r.getReason())));
            return out;
        });
        t.write("RecordConsultation", RecordConsultationRequest.class, roles(REVIEW), (r, c) -> {
            review.consult(r.getReviewId(), r.getAdviserId(), r.getOpinion(), c.operator());
            RecordConsultationResponse out = new RecordConsultationResponse();
            out.setReview(review(request(r.getReviewId())));
            return out;
        });
        t.write("SignOpinion", SignOpinionRequest.class, roles(REVIEW), (r, c) -> {
            List<ItemFinding> findings = r.getFinding().stream().map(f -> new ItemFinding(
                    as(org.sanxiang.api.review.CheckItem.class, f.getItem()),
                    as(org.sanxiang.api.review.ItemResult.class, f.getResult()), f.getComment())).toList();
            review.sign(r.getReviewId(), new OpinionDraft(findings, as(org.sanxiang.api.review.Outcome.class,
                    r.getOutcome()), r.getRemarks(), c.operator()));
            SignOpinionResponse out = new SignOpinionResponse();
            out.setReview(review(request(r.getReviewId())));
            return out;
        });
        t.write("OpenDiscussion", OpenDiscussionRequest.class, roles(REVIEW), (r, c) -> {
            OpenDiscussionResponse out = new OpenDiscussionResponse();
            out.setDiscussion(discussion(review.openDiscussion(r.getCaseNumber(), r.getReason(), c.operator())));
            return out;
        });
        t.write("ConcludeDiscussion", ConcludeDiscussionRequest.class, roles(REVIEW), (r, c) -> {
            ConcludeDiscussionResponse out = new ConcludeDiscussionResponse();
            out.setDiscussion(discussion(review.concludeDiscussion(r.getDiscussionId(), r.getAttendee(),
                    r.getChairedBy(), as(org.sanxiang.api.review.DiscussionConclusion.class, r.getConclusion()),
                    r.getConclusionText(), c.operator())));
            return out;
        });
        t.read("GetReview", GetReviewRequest.class, roles(CASES, REVIEW), (r, c) -> {
            String n = r.getCaseNumber();
            org.sanxiang.api.domain.EnforcementKind kind;
            try {
                kind = cases.get(n, c.access("查询法制审核情况")).kind();
            } catch (org.sanxiang.api.records.RecordNotFoundException notACase) {
                // a permit application's receipt number: its 审批结果 is reviewed like a case's 决定 (a logged read)
                try {
                    applications.progress(n, c.access("查询法制审核情况"));
                } catch (org.sanxiang.api.applications.ApplicationNotFoundException
                         | org.osgi.service.blueprint.container.ServiceUnavailableException notAnApplication) {
                    throw notACase;
                }
                kind = org.sanxiang.api.domain.EnforcementKind.PERMIT;
            }
            GetReviewResponse out = new GetReviewResponse();
            review.proposals(n).forEach(p -> out.getProposal().add(proposal(p)));
            review.requests(n).forEach(q -> out.getReview().add(review(q)));
            review.discussions(n).forEach(d -> out.getDiscussion().add(discussion(d)));
            out.setDecisionBlocker(review.decisionBlocker(n, kind).orElse(null));
            return out;
        });
        t.read("ListReviews", ListReviewsRequest.class, roles(REVIEW), (r, c) -> {
            ListReviewsResponse out = new ListReviewsResponse();
            int limit = r.getLimit() == null ? 100 : Math.max(1, Math.min(r.getLimit(), 1000));
            review.list(as(org.sanxiang.api.review.ReviewState.class, r.getState()), limit)
                    .forEach(q -> out.getReview().add(review(q)));
            return out;
        });
    }

    private ReviewRequest request(long id) {
        return review.request(id).orElseThrow(() -> new ReviewNotFoundException("没有编号为" + id + "的法制审核申请"));
    }

    static org.sanxiang.api.review.ProposedDecision decision(ProposedDecision d) {
        List<org.sanxiang.api.review.Measure> measures = d.getMeasure().stream()
                .map(m -> new org.sanxiang.api.review.Measure(as(org.sanxiang.api.review.MeasureType.class, m.getType()),
                        m.getAmountYuan(), m.getDetail())).toList();
        return new org.sanxiang.api.review.ProposedDecision(d.getCaseNumber(), d.getPartyName(), measures,
                as(org.sanxiang.api.review.HearingStatus.class, d.getHearing()), d.isBeyondDiscretion(),
                d.getDiscretionNote(), d.isSuspectedCrime(), d.getManualReferral(), d.getSummary(), d.getLegalBasis());
    }

    static Proposal proposal(ProposalVersion p) {
        Proposal x = new Proposal();
        x.setCaseNumber(p.caseNumber());
        x.setVersion(p.version());
        x.setSha256(p.sha256());
        x.setMajor(p.evaluation().major());
        p.evaluation().hits().forEach(h -> {
            RuleHit y = new RuleHit();
            y.setRule(h.rule().chinese());
            y.setReason(h.reason());
            x.getRuleHit().add(y);
        });
        x.setProposedBy(p.proposedBy());
        x.setProposedAt(ContractTimes.time(p.proposedAt()));
        return x;
    }

    static Review review(ReviewRequest q) {
        Review x = new Review();
        x.setId(q.id());
        x.setCaseNumber(q.caseNumber());
        x.setProposalVersion(q.proposalVersion());
        x.setState(as(ReviewState.class, q.state()));
        x.setSubmittingUnit(q.submittingUnit());
        x.setSubmittedBy(q.submittedBy());
        x.setSubmittedAt(ContractTimes.time(q.submittedAt()));
        x.setMaterialsCompleteOn(ContractTimes.date(q.materialsCompleteOn()));
        x.setLimitWorkingDays(q.limitWorkingDays());
        x.setUsedWorkingDays(q.usedWorkingDays());
        x.setExtended(q.extended());
        x.setPausedSince(ContractTimes.date(q.pausedSince()));
        x.setDueDate(ContractTimes.date(q.dueDate()));
        x.setDueProvisional(q.dueProvisional());
        q.materials().forEach(m -> {
            ReviewMaterial y = new ReviewMaterial();
            y.setId(m.id());
            y.setType(as(MaterialType.class, m.type()));
            y.setTitle(m.title());
            y.setSha256(m.sha256());
            y.setSubmittedBy(m.submittedBy());
            x.getMaterial().add(y);
        });
        q.missingMaterials().forEach(m -> x.getMissingMaterial().add(as(MaterialType.class, m)));
        if (q.opinion() != null) {
            org.sanxiang.api.review.Opinion o = q.opinion();
            Opinion y = new Opinion();
            y.setId(o.id());
            y.setOutcome(as(Outcome.class, o.outcome()));
            o.findings().forEach(f -> {
                Finding z = new Finding();
                z.setItem(as(CheckItem.class, f.item()));
                z.setResult(as(ItemResult.class, f.result()));
                z.setComment(f.comment().isEmpty() ? null : f.comment());
                y.getFinding().add(z);
            });
            y.setRemarks(o.remarks());
            y.setReviewerId(o.reviewerId());
            y.setReviewerName(o.reviewerName());
            y.setSignedAt(ContractTimes.time(o.signedAt()));
            x.setOpinion(y);
        }
        return x;
    }

    static Discussion discussion(CollectiveDiscussion d) {
        Discussion x = new Discussion();
        x.setId(d.id());
        x.setCaseNumber(d.caseNumber());
        x.setProposalVersion(d.proposalVersion());
        x.setReason(d.reason());
        x.setOpenedBy(d.openedBy());
        x.setOpenedAt(ContractTimes.time(d.openedAt()));
        x.getAttendee().addAll(d.attendees());
        x.setChairedBy(d.chairedBy());
        x.setConclusion(as(DiscussionConclusion.class, d.conclusion()));
        x.setConclusionText(d.conclusionText());
        return x;
    }
}
