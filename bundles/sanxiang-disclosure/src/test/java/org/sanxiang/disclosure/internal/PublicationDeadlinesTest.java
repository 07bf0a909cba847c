package org.sanxiang.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.domain.EnforcementKind;

/** Publication deadlines (R-D5) and the revocation deadline (行政处罚法 Art. 48). */
class PublicationDeadlinesTest {

    private final PublicationDeadlines deadlines = new PublicationDeadlines(new FakeCalendar(),
            Map.of("XK-0042", 15, "CF-0007", 5));

    @ParameterizedTest(name = "{0} decided {1}: due {2}")
    @CsvSource({"PERMIT, 2025-09-26, 2025-10-13", "PENALTY, 2025-09-26, 2025-10-13",
            "COERCION, 2025-09-26, 2025-10-30", "LEVY, 2025-09-26, 2025-10-30", "INSPECTION, 2025-09-26, 2025-10-30",
            "PENALTY, 2025-10-16, 2025-10-27"})
    void sevenWorkingDaysForPermitsAndPenaltiesTwentyForTheRest(EnforcementKind kind, LocalDate decided,
            LocalDate due) {
        Deadline d = deadlines.deadline(kind, decided);
        assertEquals(due, d.due());
        assertFalse(d.provisional());
    }

    @Test
    void itemOverrideWinsOnlyForItsItem() {
        assertEquals(LocalDate.parse("2025-10-23"),
                deadlines.deadline(EnforcementKind.PERMIT, "XK-0042", LocalDate.parse("2025-09-26")).due());
        assertEquals(LocalDate.parse("2025-10-10"),
                deadlines.deadline(EnforcementKind.PENALTY, "CF-0007", LocalDate.parse("2025-09-26")).due());
        assertEquals(LocalDate.parse("2025-10-13"),
                deadlines.deadline(EnforcementKind.PERMIT, "XK-9999", LocalDate.parse("2025-09-26")).due());
        assertEquals(LocalDate.parse("2025-10-13"),
                deadlines.deadline(EnforcementKind.PERMIT, null, LocalDate.parse("2025-09-26")).due());
    }

    @Test
    void deadlineReachingAYearWithoutDataStaysProvisional() {
        Deadline d = deadlines.deadline(EnforcementKind.PENALTY, LocalDate.parse("2025-12-29"));
        assertTrue(d.provisional());
        assertEquals(List.of(2026), d.missingYears());
        assertEquals(LocalDate.parse("2026-01-07"), d.due());
    }

    @ParameterizedTest(name = "triggered {0}: withdraw by {1}")
    @CsvSource({"2025-10-13, 2025-10-16", "2025-10-16, 2025-10-20", "2025-09-28, 2025-10-09",
            "2025-09-27, 2025-09-30"})
    void revocationWithinThreeCalendarDaysRolledOffRestDays(LocalDate trigger, LocalDate due) {
        assertEquals(due, deadlines.revocationDeadline(trigger).due());
    }

    @Test
    void overridesAreReadFromConfigurationEntries() {
        assertEquals(Map.of("XK-0042", 15, "CF-0007", 5),
                PublicationDeadlines.parseOverrides(new String[] {"XK-0042=15", " CF-0007 = 5 ", ""}));
        assertEquals(Map.of(), PublicationDeadlines.parseOverrides(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PublicationDeadlines.parseOverrides(new String[] {"XK-0042", "=3", "CF-1=七", "CF-2=-1"}));
        assertTrue(e.getMessage().startsWith("公开期限特例配置应为“事项编码=工作日数”"), e.getMessage());
        assertTrue(e.getMessage().contains("“XK-0042”") && e.getMessage().contains("“=3”")
                && e.getMessage().contains("“CF-1=七”") && e.getMessage().contains("“CF-2=-1”"), e.getMessage());
    }
}
