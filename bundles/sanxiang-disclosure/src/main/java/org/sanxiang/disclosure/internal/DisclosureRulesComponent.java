package org.sanxiang.disclosure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.sanxiang.api.disclosure.DisclosureRules;
import org.sanxiang.api.disclosure.DrawResult;
import org.sanxiang.api.disclosure.InspectionItem;
import org.sanxiang.api.disclosure.InspectionSubject;
import org.sanxiang.api.disclosure.Inspector;
import org.sanxiang.api.disclosure.PenaltyRecord;
import org.sanxiang.api.disclosure.PermitRecord;
import org.sanxiang.api.disclosure.Severity;
import org.sanxiang.api.disclosure.Violation;
import org.sanxiang.api.domain.EnforcementKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DisclosureRules} service over the {@link WorkingDayCalendar}. Display periods and per-item
 * deadline overrides come from the PID {@value #PID}; a change is applied live, and a malformed change
 * is reported while the settings in use stay.
 */
@Component(service = DisclosureRules.class, configurationPid = DisclosureRulesComponent.PID)
@Designate(ocd = DisclosureRulesComponent.Config.class)
public class DisclosureRulesComponent implements DisclosureRules {

    static final String PID = "org.sanxiang.disclosure";

    private static final Logger LOG = LoggerFactory.getLogger(DisclosureRulesComponent.class);

    @ObjectClassDefinition(name = "Sanxiang disclosure rules (行政执法公示规则)",
            description = "Display periods of penalties by severity and publication-deadline overrides per enforcement item.")
    public @interface Config {

        @AttributeDefinition(name = "Display period 轻微",
                description = "ISO-8601 period in whole months, P0M (not published) to P3M.")
        String display_period_minor() default "P0M";

        @AttributeDefinition(name = "Display period 一般", description = "ISO-8601 period, P3M to P1Y.")
        String display_period_general() default "P3M";

        @AttributeDefinition(name = "Display period 严重", description = "ISO-8601 period, P1Y to P3Y.")
        String display_period_serious() default "P1Y";

        @AttributeDefinition(name = "Deadline overrides",
                description = "Entries <enforcement item code>=<working days> for items where a law sets another"
                        + " publication period than 7 (permits, penalties) or 20 working days.")
        String[] deadline_overrides() default {};
    }

    @Reference
    private WorkingDayCalendar calendar;

    private volatile DisplayPeriods periods = DisplayPeriods.defaults();
    private volatile PublicationDeadlines deadlines;

    /** For DS. */
    public DisclosureRulesComponent() {
    }

    /** For tests and plain Java use. */
    DisclosureRulesComponent(WorkingDayCalendar calendar, Config config) {
        this.calendar = calendar;
        activate(config);
    }

    @Activate
    void activate(Config config) {
        apply(config);
    }

    @Modified
    void modified(Config config) {
        try {
            apply(config);
        } catch (IllegalArgumentException e) {
            LOG.error("Disclosure rules NOT reconfigured, the settings in use stay: {}", e.getMessage());
        }
    }

    private void apply(Config config) {
        DisplayPeriods p = DisplayPeriods.of(config.display_period_minor(), config.display_period_general(),
                config.display_period_serious());
        Map<String, Integer> overrides = PublicationDeadlines.parseOverrides(config.deadline_overrides());
        periods = p;
        deadlines = new PublicationDeadlines(calendar, overrides);
        LOG.info("Disclosure rules configured: display periods 轻微 {} / 一般 {} / 严重 {}, deadline overrides {}",
                p.period(Severity.MINOR), p.period(Severity.GENERAL), p.period(Severity.SERIOUS), overrides);
    }

    @Override
    public List<Violation> validate(PenaltyRecord record, LocalDate today) {
        return RecordValidator.validate(record, today);
    }

    @Override
    public List<Violation> validate(PermitRecord record, LocalDate today) {
        return RecordValidator.validate(record, today);
    }

    @Override
    public Optional<LocalDate> displayUntil(Severity severity, LocalDate decisionDate) {
        return periods.displayUntil(severity, decisionDate);
    }

    @Override
    public Deadline deadline(EnforcementKind kind, LocalDate decisionDate) {
        return deadlines.deadline(kind, decisionDate);
    }

    @Override
    public Deadline deadline(EnforcementKind kind, String itemCode, LocalDate decisionDate) {
        return deadlines.deadline(kind, itemCode, decisionDate);
    }

    @Override
    public Deadline revocationDeadline(LocalDate trigger) {
        return deadlines.revocationDeadline(trigger);
    }

    @Override
    public DrawResult draw(InspectionItem item, List<InspectionSubject> subjects, List<Inspector> inspectors,
            String seed) {
        return RandomDraw.draw(item, subjects, inspectors, seed);
    }
}
