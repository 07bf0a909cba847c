package org.sanxiang.api.review;

import java.time.LocalDate;

/**
 * A request for supplementary materials (补充材料通知): the time limit pauses from the day after
 * {@code requestedOn} until {@code resumedOn} (inclusive), and runs again from the day after it.
 */
public record SupplementRequest(long id, long requestId, LocalDate requestedOn, String reason, String requestedBy,
                                LocalDate resumedOn, String resumedBy) {
}
