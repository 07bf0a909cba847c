package org.sanxiang.api.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.domain.EnforcementKind;

/**
 * A publication (公示信息) of an enforcement decision as it stands.
 *
 * @param id the hub's publication number
 * @param caseNumber the case whose decision it publishes; null for one made without a case
 * @param kind the enforcement kind, which sets the deadline
 * @param itemCode the enforcement item (执法事项编码), for per-item deadline overrides; may be null
 * @param title what the console and lists show (party and decision number once drafted)
 * @param decisionDate the decision date (作出决定之日), from which the deadline runs
 * @param deadline the publication deadline (公开期限), start day excluded, in working days
 * @param state where it stands
 * @param version the newest version (0 while awaiting content)
 * @param publishedVersion the version in public view, 0 when none
 * @param displayUntil the 公示截止期, null when the record has none
 * @param publishedAt when a version was first published; null before
 * @param acknowledgedAt when the national credit system first acknowledged it; null before
 * @param revocationReason the public reason of a revocation (撤销理由)
 */
public record Publication(long id, String caseNumber, EnforcementKind kind, String itemCode, String title,
        LocalDate decisionDate, Deadline deadline, PublicationState state, int version, int publishedVersion,
        LocalDate displayUntil, Instant publishedAt, Instant acknowledgedAt, String revocationReason) {

    /** Whether the deadline has passed without a publication on or before it, as seen on {@code today}. */
    public boolean overdue(LocalDate today) {
        if (state == PublicationState.NOT_PUBLISHED) {
            return false;
        }
        LocalDate due = deadline.due();
        if (publishedAt == null) {
            return today.isAfter(due);
        }
        return false;
    }
}
