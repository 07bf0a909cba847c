package org.sanxiang.console.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.review.LegalReview;
import org.sanxiang.api.review.Opinion;
import org.sanxiang.api.review.Outcome;
import org.sanxiang.api.review.ReviewAlert;
import org.sanxiang.api.review.ReviewRequest;
import org.sanxiang.api.review.ReviewState;
import org.sanxiang.console.internal.Partial;
import org.sanxiang.console.internal.Reads;
import org.sanxiang.console.internal.Run;

/** {@code sanxiang:review-list} (法制审核): requests with state, time limit and signed opinion, or the alerts of today. */
class ReviewListCommandTest {

    private static final String HEADER = "Request,Case,Proposal,State,Unit,Due,Opinion";

    private static final List<ReviewRequest> NEWEST_FIRST = List.of(
            request(21, "长自然资罚〔2026〕1号", 2, ReviewState.IN_REVIEW, "执法支队一大队", LocalDate.of(2026, 12, 18), false,
                    null),
            request(20, "长自然资罚〔2026〕2号", 1, ReviewState.COMPLETED, "执法支队二大队, 矿产组", LocalDate.of(2026, 12, 4),
                    false, opinion(20, Outcome.APPROVE, "李法制")),
            request(19, "长自然资罚〔2026〕4号", 1, ReviewState.AWAITING_MATERIALS, "执法支队\"三大队\"", null, false, null),
            request(18, "长自然资强〔2026〕1号", 3, ReviewState.SUPPLEMENT_REQUESTED, "法规科\n(代办)", LocalDate.of(2027, 1, 8),
                    true, null),
            request(17, "长自然资罚〔2026〕9号", 1, ReviewState.COMPLETED, "执法支队一大队", LocalDate.of(2026, 11, 20), false,
                    opinion(17, Outcome.REVISE_INVESTIGATE, "周审核")));

    private static final String ROW_21 = "21,长自然资罚〔2026〕1号,v2,审核中,执法支队一大队,2026-12-18,";

    private static ReviewRequest request(long id, String caseNumber, int version, ReviewState state, String unit,
                                         LocalDate due, boolean provisional, Opinion opinion) {
        return new ReviewRequest(id, caseNumber, version, "5a".repeat(32), unit, "ZR0001",
                Instant.parse("2026-11-16T02:00:00Z"), null, null, state, due == null ? null : LocalDate.of(2026, 11, 17),
                15, 0, false, null, null, null, due, provisional, List.of(), List.of(), List.of(), List.of(), opinion);
    }

    private static Opinion opinion(long requestId, Outcome outcome, String reviewer) {
        return new Opinion(requestId * 10, requestId, List.of(), outcome, "", "FZ01", reviewer,
                Instant.parse("2026-12-03T08:00:00Z"));
    }

    /** The legal review module's lists, and what the command asked of it. */
    private static final class Reviews {
        final List<String> asked = new ArrayList<>();
        final List<LocalDate> alertDays = new ArrayList<>();

        public List<ReviewRequest> list(ReviewState state, int limit) {
            asked.add(state + " " + limit);
            return NEWEST_FIRST.stream().filter(r -> state == null || r.state() == state).limit(limit).toList();
        }

        public List<ReviewAlert> alerts(LocalDate day) {
            alertDays.add(day);
            return List.of(new ReviewAlert(21, "长自然资罚〔2026〕1号", ReviewAlert.Kind.NEAR_DEADLINE, LocalDate.of(2026, 12, 9),
                            2, false),
                    new ReviewAlert(16, "长自然资强〔2026〕2号", ReviewAlert.Kind.OVERDUE, LocalDate.of(2026, 12, 3), -2, true));
        }
    }

    private final Reads reads = new Reads();

    private Run reviewList(Reviews reviews) {
        return Run.of(new ReviewListCommand()).set("review", Partial.of(LegalReview.class, reviews))
                .set("accessLog", reads);
    }

    @Test
    void eachListingIsLoggedAsAReadOfTheReviewFiles() throws Exception {
        reviewList(new Reviews()).set("csv", true).print();
        reviewList(new Reviews()).as("karaf").set("alerts", true).set("purpose", "审核期限督办").set("csv", true).print();
        assertEquals(List.of("console | 控制台查询 | REVIEW_LIST | *", "console:karaf | 审核期限督办 | REVIEW_LIST | alerts"),
                reads.logged);
    }

    @Test
    void csvListsTheNewestRequestsWithStateDueDateAndTheSignedOpinion() throws Exception {
        Reviews reviews = new Reviews();
        assertEquals(Run.lines(HEADER, ROW_21,
                "20,长自然资罚〔2026〕2号,v1,已出具审核意见,\"执法支队二大队, 矿产组\",2026-12-04,同意 / 李法制",
                "19,长自然资罚〔2026〕4号,v1,待补齐材料,\"执法支队\"\"三大队\"\"\",,",
                "18,长自然资强〔2026〕1号,v3,补充材料中(计时暂停),\"法规科\n(代办)\",2027-01-08 (暂定),",
                "17,长自然资罚〔2026〕9号,v1,已出具审核意见,执法支队一大队,2026-11-20,建议修改(补充调查) / 周审核"),
                reviewList(reviews).set("csv", true).print());
        assertEquals(List.of("null 20"), reviews.asked);
    }

    @Test
    void theStateInAnyLetterCaseAndTheLimitAreAskedOfTheReview() throws Exception {
        Reviews reviews = new Reviews();
        String out = reviewList(reviews).set("state", "in_review").set("limit", 3).set("csv", true).print();
        assertEquals(Run.lines(HEADER, ROW_21), out);
        assertEquals(List.of("IN_REVIEW 3"), reviews.asked);
    }

    @Test
    void alertsListTheReviewsNearOrPastTheirTimeLimitToday() throws Exception {
        Reviews reviews = new Reviews();
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String out = reviewList(reviews).set("alerts", true).set("csv", true).print();
        LocalDate after = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertEquals(Run.lines("Request,Case,Alert,Due,Working days left",
                "21,长自然资罚〔2026〕1号,临近审核期限,2026-12-09,2",
                "16,长自然资强〔2026〕2号,审核已超期,2026-12-03 (暂定),-2"), out);
        assertEquals(1, reviews.alertDays.size());
        LocalDate day = reviews.alertDays.get(0);
        assertTrue(day.equals(before) || day.equals(after), "today in China, not " + day);
        assertEquals(List.of(), reviews.asked);
    }

    @Test
    void withoutTheReviewModuleTheCommandNamesTheFeatureToInstall() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Run.of(new ReviewListCommand()).set("accessLog", reads).set("csv", true).print());
        assertEquals("功能未安装或未启动: sanxiang-review (feature:install sanxiang-review)", e.getMessage());
        IllegalStateException unlogged = assertThrows(IllegalStateException.class, () -> Run.of(new ReviewListCommand())
                .set("review", Partial.of(LegalReview.class, new Reviews())).print());
        assertEquals("功能未安装或未启动: sanxiang-records (feature:install sanxiang-records)", unlogged.getMessage());
        assertEquals(List.of(), reads.logged);
    }

    @Test
    void theTableShowsTheStateAndTheOpinionInChinese() throws Exception {
        List<List<String>> table = Run.table(reviewList(new Reviews()).set("state", "COMPLETED").print());
        assertEquals(List.of(List.of("Request", "Case", "Proposal", "State", "Unit", "Due", "Opinion"),
                List.of("20", "长自然资罚〔2026〕2号", "v1", "已出具审核意见", "执法支队二大队, 矿产组", "2026-12-04", "同意 / 李法制"),
                List.of("17", "长自然资罚〔2026〕9号", "v1", "已出具审核意见", "执法支队一大队", "2026-11-20",
                        "建议修改(补充调查) / 周审核")), table);
    }
}
