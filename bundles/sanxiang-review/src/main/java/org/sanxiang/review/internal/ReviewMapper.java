package org.sanxiang.review.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
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

/** MyBatis mapper of the {@code sx_rev_*} tables ({@code #{}} parameters only). */
public interface ReviewMapper {

    int insertReviewer(ReviewerRow row);

    int updateReviewer(ReviewerRow row);

    ReviewerRow findReviewer(@Param("id") String officerId);

    List<ReviewerRow> listReviewers();

    int insertProposal(ProposalRow row);

    int insertMeasure(MeasureRow row);

    ProposalRow findProposal(@Param("id") long id);

    /** The newest version of a case's proposal, or null. */
    ProposalRow currentProposal(@Param("caseNumber") String caseNumber);

    List<ProposalRow> proposals(@Param("caseNumber") String caseNumber);

    List<MeasureRow> measures(@Param("proposalId") long proposalId);

    int insertRequest(RequestRow row);

    int updateRequest(RequestRow row);

    RequestRow findRequest(@Param("id") long id);

    /** The request, its row locked until the transaction ends. */
    RequestRow lockRequest(@Param("id") long id);

    List<RequestRow> requestsOfCase(@Param("caseNumber") String caseNumber);

    List<RequestRow> listRequests(@Param("state") String state, @Param("limit") int limit);

    List<RequestRow> requestsInState(@Param("state") String state);

    int insertMaterial(MaterialRow row);

    MaterialRow findMaterial(@Param("id") long id);

    List<MaterialRow> materials(@Param("requestId") long requestId);

    int insertSupplement(SupplementRow row);

    int resumeSupplement(@Param("id") long id, @Param("on") LocalDate on, @Param("by") String by);

    SupplementRow findSupplement(@Param("id") long id);

    List<SupplementRow> supplements(@Param("requestId") long requestId);

    int insertConsultation(ConsultationRow row);

    ConsultationRow findConsultation(@Param("id") long id);

    List<ConsultationRow> consultations(@Param("requestId") long requestId);

    int insertOpinion(OpinionRow row);

    int insertFinding(FindingRow row);

    OpinionRow findOpinion(@Param("id") long id);

    OpinionRow opinionOfRequest(@Param("requestId") long requestId);

    List<FindingRow> findings(@Param("opinionId") long opinionId);

    int insertDiscussion(DiscussionRow row);

    int concludeDiscussion(@Param("id") long id, @Param("chairedBy") String chairedBy,
                           @Param("conclusion") String conclusion, @Param("text") String text,
                           @Param("by") String by, @Param("at") LocalDateTime at);

    int insertAttendee(@Param("discussionId") long discussionId, @Param("seq") int seq, @Param("name") String name);

    DiscussionRow findDiscussion(@Param("id") long id);

    List<DiscussionRow> discussions(@Param("caseNumber") String caseNumber);

    List<String> attendees(@Param("discussionId") long discussionId);
}
