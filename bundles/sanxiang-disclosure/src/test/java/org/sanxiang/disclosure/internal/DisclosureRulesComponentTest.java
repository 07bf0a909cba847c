package org.sanxiang.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.disclosure.DisclosureRules;
import org.sanxiang.api.disclosure.InspectionItem;
import org.sanxiang.api.disclosure.InspectionSubject;
import org.sanxiang.api.disclosure.Inspector;
import org.sanxiang.api.disclosure.Severity;
import org.sanxiang.api.domain.EnforcementKind;

/** The service: configuration of periods and overrides, live changes, refused bad changes. */
class DisclosureRulesComponentTest {

    private static final LocalDate DECIDED = LocalDate.parse("2025-09-26");

    static DisclosureRulesComponent.Config config(String minor, String general, String serious,
            String... overrides) {
        return new DisclosureRulesComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DisclosureRulesComponent.Config.class;
            }

            @Override
            public String display_period_minor() {
                return minor;
            }

            @Override
            public String display_period_general() {
                return general;
            }

            @Override
            public String display_period_serious() {
                return serious;
            }

            @Override
            public String[] deadline_overrides() {
                return overrides;
            }
        };
    }

    @Test
    void defaultsAndEveryRuleThroughTheService() {
        DisclosureRules rules = new DisclosureRulesComponent(new FakeCalendar(), config("P0M", "P3M", "P1Y"));
        assertEquals(Optional.empty(), rules.displayUntil(Severity.MINOR, DECIDED));
        assertEquals(Optional.of(LocalDate.parse("2025-12-26")), rules.displayUntil(Severity.GENERAL, DECIDED));
        assertEquals(LocalDate.parse("2025-10-13"), rules.deadline(EnforcementKind.PENALTY, DECIDED).due());
        assertEquals(LocalDate.parse("2025-10-30"), rules.deadline(EnforcementKind.INSPECTION, "SJ-1", DECIDED).due());
        assertEquals(LocalDate.parse("2025-10-09"), rules.revocationDeadline(LocalDate.parse("2025-09-28")).due());
        assertEquals(List.of(), rules.validate(Records.penalty().build(), Records.TODAY));
        assertEquals(List.of(), rules.validate(Records.permit().build(), Records.TODAY));
        assertEquals(1, rules.draw(new InspectionItem("SJ-1", "x", "c", new BigDecimal("0.1")),
                List.of(new InspectionSubject("S1", "a", null)),
                List.of(new Inspector("I1", "甲", Set.of("c"), Set.of()), new Inspector("I2", "乙", Set.of("c"), Set.of())),
                "s").assignments().size());
    }

    @Test
    void modifiedConfigurationAppliesLiveAndABadOneKeepsTheSettingsInUse() {
        DisclosureRulesComponent rules = new DisclosureRulesComponent(new FakeCalendar(), config("P0M", "P3M", "P1Y"));
        rules.modified(config("P1M", "P6M", "P2Y", "CF-0007=5"));
        assertEquals(Optional.of(LocalDate.parse("2025-10-26")), rules.displayUntil(Severity.MINOR, DECIDED));
        assertEquals(Optional.of(LocalDate.parse("2027-09-26")), rules.displayUntil(Severity.SERIOUS, DECIDED));
        assertEquals(LocalDate.parse("2025-10-10"), rules.deadline(EnforcementKind.PENALTY, "CF-0007", DECIDED).due());

        rules.modified(config("P1M", "P6M", "P5Y", "CF-0007=5"));
        assertEquals(Optional.of(LocalDate.parse("2027-09-26")), rules.displayUntil(Severity.SERIOUS, DECIDED));
        rules.modified(config("P1M", "P6M", "P2Y", "CF-0007"));
        assertEquals(LocalDate.parse("2025-10-10"), rules.deadline(EnforcementKind.PENALTY, "CF-0007", DECIDED).due());
    }

    @Test
    void badConfigurationStopsActivation() {
        assertThrows(IllegalArgumentException.class,
                () -> new DisclosureRulesComponent(new FakeCalendar(), config("P0M", "P3M", "P4Y")));
    }
}
