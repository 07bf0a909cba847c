package org.sanxiang.api.review;

import java.time.Instant;
import java.util.List;

/**
 * A collective discussion (集体讨论) opened when the legal office and the submitting unit still disagree after
 * a resubmission; bound to the proposal version current when it was opened. Its conclusion is binding.
 * {@code conclusion} is null while it is open.
 */
public record CollectiveDiscussion(long id, String caseNumber, int proposalVersion, String proposalSha256,
                                   String reason, String openedBy, Instant openedAt, List<String> attendees,
                                   String chairedBy, DiscussionConclusion conclusion, String conclusionText,
                                   String concludedBy, Instant concludedAt) {

    public CollectiveDiscussion {
        attendees = List.copyOf(attendees);
    }
}
