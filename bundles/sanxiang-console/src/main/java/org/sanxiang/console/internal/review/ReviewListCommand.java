package org.sanxiang.console.internal.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.review.LegalReview;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.api.review.ReviewAlert;
import org.sanxiang.api.review.ReviewRequest;
import org.sanxiang.api.review.ReviewState;
import org.sanxiang.console.internal.LoggedReadCommand;

/**
 * {@code sanxiang:review-list}: the newest legal review requests (法制审核申请) with state and time limit, or with
 * {@code --alerts} the reviews near or past their time limit (审核期限预警). The read is logged (调阅监督).
 */
@Service
@Command(scope = "sanxiang", name = "review-list",
        description = "Lists legal review requests (法制审核) with state and due date, or overdue/near-deadline reviews")
public class ReviewListCommand extends LoggedReadCommand {

    @Reference(optional = true)
    private LegalReview review;

    @Option(name = "-s", aliases = "--state",
            description = "Only requests in this state (AWAITING_MATERIALS, IN_REVIEW, SUPPLEMENT_REQUESTED, COMPLETED, SUPERSEDED)")
    private String state;

    @Option(name = "-n", aliases = "--limit", description = "How many requests (newest first)")
    private int limit = 20;

    @Option(name = "-a", aliases = "--alerts", description = "Only reviews near or past their time limit, today in China")
    private boolean alerts;

    @Override
    public Object execute() {
        requireAccessLog();
        Installed.require(review, "sanxiang-review");
        List<List<String>> rows = new ArrayList<>();
        if (alerts) {
            for (ReviewAlert a : review.alerts(LocalDate.now(ZoneId.of("Asia/Shanghai")))) {
                rows.add(List.of(String.valueOf(a.requestId()), a.caseNumber(), a.kind().chinese(),
                        a.dueDate() + (a.provisional() ? " (暂定)" : ""), String.valueOf(a.workingDaysLeft())));
            }
            logged("REVIEW_LIST", "alerts");
            table(List.of("Request", "Case", "Alert", "Due", "Working days left"), rows);
            return null;
        }
        ReviewState s = state == null ? null : org.sanxiang.api.domain.Labelled.of(ReviewState.class, state.strip(), "审核状态");
        for (ReviewRequest r : review.list(s, limit)) {
            rows.add(List.of(String.valueOf(r.id()), r.caseNumber(), "v" + r.proposalVersion(), r.state().chinese(),
                    r.submittingUnit(), r.dueDate() == null ? "" : r.dueDate() + (r.dueProvisional() ? " (暂定)" : ""),
                    r.opinion() == null ? "" : r.opinion().outcome().chinese() + " / " + r.opinion().reviewerName()));
        }
        logged("REVIEW_LIST", "*");
        table(List.of("Request", "Case", "Proposal", "State", "Unit", "Due", "Opinion"), rows);
        return null;
    }
}
