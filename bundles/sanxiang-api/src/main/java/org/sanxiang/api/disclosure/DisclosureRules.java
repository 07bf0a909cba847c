package org.sanxiang.api.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.domain.EnforcementKind;

/**
 * The rules of enforcement disclosure (行政执法公示规则) that do not depend on case records: validation of
 * 双公示 records, the display end date (公示截止期), publication deadlines (公开期限) and the 双随机一公开
 * draw. Periods and per-item deadline overrides are configuration.
 *
 * <p>Implementations are thread-safe.
 */
@ProviderType
public interface DisclosureRules {

    /**
     * Every problem of a 行政处罚 record at once, each with the field's Chinese name and a Chinese message;
     * empty when the record may be approved.
     *
     * @param today the current date in China, for "decision date not in the future"
     */
    List<Violation> validate(PenaltyRecord record, LocalDate today);

    /** Every problem of a 行政许可 record at once; empty when the record may be approved. */
    List<Violation> validate(PermitRecord record, LocalDate today);

    /**
     * The 公示截止期 of a penalty of {@code severity} decided on {@code decisionDate}: the decision date plus
     * the configured period for the severity; empty when the configured period is zero (轻微, not
     * published).
     */
    Optional<LocalDate> displayUntil(Severity severity, LocalDate decisionDate);

    /**
     * The publication deadline of a decision: {@code decisionDate} plus the kind's working days (7 for
     * 行政许可 and 行政处罚, 20 for the others), start day excluded. A deadline reaching a year without
     * holiday data stays provisional.
     */
    Deadline deadline(EnforcementKind kind, LocalDate decisionDate);

    /**
     * As {@link #deadline(EnforcementKind, LocalDate)}, but the configured override for the enforcement
     * item {@code itemCode} (where a law sets another period) wins when there is one.
     */
    Deadline deadline(EnforcementKind kind, String itemCode, LocalDate decisionDate);

    /**
     * The deadline to withdraw (撤销) a published decision: 3 calendar days after the trigger, rolled
     * forward to the next working day when it falls on a rest day (行政处罚法 Art. 48).
     */
    Deadline revocationDeadline(LocalDate trigger);

    /**
     * Draws subjects at the item's ratio and assigns two certified, conflict-free inspectors to each, from
     * {@code seed}; deterministic in its inputs.
     *
     * @throws DrawImpossibleException when a drawn subject cannot be staffed
     */
    DrawResult draw(InspectionItem item, List<InspectionSubject> subjects, List<Inspector> inspectors, String seed);
}
