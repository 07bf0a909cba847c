package org.sanxiang.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.calendar.MissingCalendarDataException;

/** The calendar over the holiday file shipped in the bundle (2019–2026). */
class StatutoryCalendarTest {

    private static CalendarData shipped;

    private final List<Integer> warnings = new ArrayList<>();
    private final StatutoryCalendar calendar = new StatutoryCalendar(shipped, MissingYearPolicy.WARN, warnings::add);
    private final StatutoryCalendar refusing = new StatutoryCalendar(shipped, MissingYearPolicy.REFUSE, y -> {
        throw new AssertionError("REFUSE mode must not warn");
    });

    @BeforeAll
    static void loadShipped() {
        shipped = CalendarLoader.load(null).data();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // the vectors of DATA-STANDARDS.md
            "2025-09-26, 7, 2025-10-13",
            "2025-09-26, 20, 2025-10-30",
            "2026-02-13, 7, 2026-03-02",
            "2026-09-30, 7, 2026-10-15",
            "2025-12-31, 20, 2026-01-29",
            // 劳动节 2025: 05-01..05 off, 04-27 (Sun) a make-up working day
            "2025-04-30, 1, 2025-05-06",
            "2025-04-30, 3, 2025-05-08",
            "2025-04-25, 1, 2025-04-27",
            // 国庆节、中秋节 2025: 09-28 (Sun) and 10-11 (Sat) make-up working days
            "2025-09-26, 1, 2025-09-28",
            "2025-10-10, 1, 2025-10-11",
            // 劳动节 2026: 05-09 (Sat) a make-up working day
            "2026-04-30, 1, 2026-05-06",
            "2026-05-08, 1, 2026-05-09",
            // 国庆节 2024: 09-29 (Sun) and 10-12 (Sat) make-up working days
            "2024-09-27, 1, 2024-09-29",
            "2024-09-30, 2, 2024-10-09",
            "2024-10-11, 1, 2024-10-12",
            // 中秋节、国庆节 2023: 09-29..10-06 off, 10-07 (Sat) and 10-08 (Sun) working
            "2023-09-28, 1, 2023-10-07",
            "2023-09-28, 2, 2023-10-08",
            // 春节 2020: 01-24..02-02 off, 01-19 (Sun) and 02-03 working
            "2020-01-17, 1, 2020-01-19",
            "2020-01-23, 1, 2020-02-03",
            // an ordinary week
            "2025-03-07, 1, 2025-03-10",
            "2025-03-10, 5, 2025-03-17",
    })
    void addWorkingDaysSkipsHolidaysAndWeekendsAndCountsMakeUpDays(String start, int days, String due) {
        Deadline deadline = calendar.addWorkingDays(d(start), days);
        assertEquals(new Deadline(d(due), List.of()), deadline);
        assertFalse(deadline.provisional());
        assertEquals(days, calendar.workingDaysBetween(d(start), deadline.due()));
        assertEquals(List.of(), warnings);
    }

    @Test
    void plainWeekendsAreRestDays() {
        assertFalse(calendar.isWorkingDay(d("2025-03-08")));
        assertFalse(calendar.isWorkingDay(d("2025-03-09")));
        assertTrue(calendar.isWorkingDay(d("2025-03-07")));
        assertTrue(calendar.isWorkingDay(d("2025-03-10")));
    }

    @Test
    void makeUpWeekendDaysAreWorkingDays() {
        assertTrue(calendar.isWorkingDay(d("2025-10-11")), "2025-10-11 is a Saturday worked for 国庆节");
        assertTrue(calendar.isWorkingDay(d("2025-09-28")), "2025-09-28 is a Sunday worked for 国庆节");
        assertTrue(calendar.isWorkingDay(d("2026-02-14")), "2026-02-14 is a Saturday worked for 春节");
        assertTrue(calendar.isWorkingDay(d("2026-01-04")), "2026-01-04 is a Sunday worked for 元旦");
    }

    @Test
    void holidaysOnWeekdaysAreNotWorkingDays() {
        assertFalse(calendar.isWorkingDay(d("2025-10-08")), "Wednesday of 国庆节 2025");
        assertFalse(calendar.isWorkingDay(d("2025-05-05")), "Monday of 劳动节 2025");
        assertFalse(calendar.isWorkingDay(d("2026-06-19")), "Friday, 端午节 2026");
        assertFalse(calendar.isWorkingDay(d("2026-01-02")), "Friday of 元旦 2026");
    }

    @Test
    void holidayNameIsGivenForDaysOffOnly() {
        assertEquals(Optional.of("国庆节、中秋节"), calendar.holidayName(d("2025-10-03")));
        assertEquals(Optional.of("春节"), calendar.holidayName(d("2026-02-17")));
        assertEquals(Optional.of("端午节"), calendar.holidayName(d("2026-06-21")));
        assertEquals(Optional.empty(), calendar.holidayName(d("2025-10-11")), "a make-up working day");
        assertEquals(Optional.empty(), calendar.holidayName(d("2025-03-10")));
        assertEquals(Optional.empty(), calendar.holidayName(d("2025-03-08")));
    }

    @Test
    void calendarDayPeriodEndingOnAWorkingDayDoesNotMove() {
        assertEquals(new Deadline(d("2025-09-30"), List.of()), calendar.addCalendarDays(d("2025-09-20"), 10));
        assertEquals(new Deadline(d("2025-03-10"), List.of()), calendar.addCalendarDays(d("2025-03-10"), 0));
    }

    @Test
    void calendarDayPeriodEndingOnAHolidayRollsToTheNextWorkingDay() {
        assertEquals(d("2025-10-09"), calendar.addCalendarDays(d("2025-09-21"), 10).due(), "10-01 is 国庆节");
        assertEquals(d("2026-02-24"), calendar.addCalendarDays(d("2026-02-05"), 10).due(), "02-15 is 春节");
        assertEquals(d("2025-03-10"), calendar.addCalendarDays(d("2025-03-01"), 7).due(), "03-08 is a Saturday");
        assertEquals(d("2025-09-28"), calendar.addCalendarDays(d("2025-09-26"), 1).due(),
                "Saturday 09-27 rolls to Sunday 09-28, a make-up working day");
    }

    @Test
    void workingDaysBetweenCountsAfterStartUpToEnd() {
        assertEquals(7, calendar.workingDaysBetween(d("2025-09-26"), d("2025-10-13")));
        assertEquals(0, calendar.workingDaysBetween(d("2025-09-30"), d("2025-10-08")));
        assertEquals(-7, calendar.workingDaysBetween(d("2025-10-13"), d("2025-09-26")));
        assertEquals(0, calendar.workingDaysBetween(d("2025-10-13"), d("2025-10-13")));
        assertEquals(248, calendar.workingDaysBetween(d("2024-12-31"), d("2025-12-31")), "2025 has 248 working days");
    }

    @Test
    void betweenIsTheInverseOfAddForEveryStartInAKnownYear() {
        for (LocalDate start = d("2025-01-01"); start.isBefore(d("2025-12-01")); start = start.plusDays(1)) {
            for (int days : new int[] {1, 3, 7, 20}) {
                Deadline deadline = calendar.addWorkingDays(start, days);
                assertTrue(calendar.isWorkingDay(deadline.due()), deadline + " from " + start);
                assertEquals(days, calendar.workingDaysBetween(start, deadline.due()), deadline + " from " + start);
            }
        }
    }

    @Test
    void zeroDaysIsTheStartAndNegativeDaysAreRejected() {
        assertEquals(d("2025-10-04"), calendar.addWorkingDays(d("2025-10-04"), 0).due());
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d("2025-10-04"), -1));
        assertThrows(IllegalArgumentException.class, () -> calendar.addCalendarDays(d("2025-10-04"), -1));
    }

    @Test
    void knownYearsAreTheYearsOfTheLoadedNoticesNotTheirSpillOver() {
        assertEquals(Set.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), calendar.knownYears());
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), List.copyOf(calendar.knownYears()));
    }

    @Test
    void spillOverRowsApplyButTheirYearStaysUnknown() {
        Deadline deadline = calendar.addWorkingDays(d("2018-12-28"), 1);
        assertEquals(d("2018-12-29"), deadline.due(), "the 2019 notice made Saturday 2018-12-29 a working day");
        assertEquals(List.of(2018), deadline.missingYears());
        assertEquals(d("2019-01-02"), calendar.addWorkingDays(d("2018-12-29"), 1).due(), "12-30..01-01 are 元旦");
        assertEquals(Optional.of("元旦"), calendar.holidayName(d("2018-12-31")));
    }

    @Test
    void warnModeMarksDeadlinesReachingAYearWithoutDataProvisional() {
        Deadline deadline = calendar.addWorkingDays(d("2026-12-31"), 7);
        assertEquals(d("2027-01-11"), deadline.due(), "weekends only in 2027");
        assertTrue(deadline.provisional());
        assertEquals(List.of(2027), deadline.missingYears());
        assertEquals(List.of(2027), warnings);
    }

    @Test
    void warnModeWarnsOncePerYear() {
        calendar.addWorkingDays(d("2026-12-31"), 7);
        calendar.addCalendarDays(d("2027-02-01"), 30);
        assertTrue(calendar.isWorkingDay(d("2027-03-01")));
        assertEquals(2, calendar.workingDaysBetween(d("2027-03-01"), d("2027-03-03")));
        calendar.addWorkingDays(d("2015-06-01"), 5);
        calendar.addWorkingDays(d("2015-07-01"), 5);
        assertEquals(List.of(2027, 2015), warnings);
    }

    @Test
    void periodSpanningSeveralMissingYearsListsThemAllSorted() {
        Deadline deadline = calendar.addWorkingDays(d("2026-12-01"), 600);
        assertEquals(List.of(2027, 2028, 2029), deadline.missingYears());
        assertEquals(List.of(2027, 2028, 2029), warnings);
    }

    @Test
    void yearsBeforeTheDataAreUnknownToo() {
        assertEquals(List.of(2015), calendar.addWorkingDays(d("2015-06-01"), 5).missingYears());
    }

    @Test
    void lastWeekOfDecemberDependsOnTheNextYearsNotice() {
        assertEquals(new Deadline(d("2026-12-23"), List.of()), calendar.addWorkingDays(d("2026-12-20"), 3));
        assertEquals(new Deadline(d("2026-12-25"), List.of(2027)), calendar.addWorkingDays(d("2026-12-22"), 3));
        assertEquals(new Deadline(d("2025-12-25"), List.of()), calendar.addWorkingDays(d("2025-12-22"), 3),
                "2026 is known, so the end of 2025 is firm");
    }

    @Test
    void calendarDaysDependOnlyOnTheDaysThatDecideTheResult() {
        Deadline deadline = calendar.addCalendarDays(d("2017-06-01"), 730);
        assertEquals(new Deadline(d("2019-06-03"), List.of()), deadline, "2019-06-01 is a Saturday; 2017 and 2018 do not matter");
        assertEquals(new Deadline(d("2027-03-01"), List.of(2027)), calendar.addCalendarDays(d("2026-12-01"), 90));
    }

    @Test
    void refuseModeThrowsNamingTheYear() {
        MissingCalendarDataException e = assertThrows(MissingCalendarDataException.class,
                () -> refusing.addWorkingDays(d("2026-12-31"), 7));
        assertEquals(2027, e.year());
        assertTrue(e.getMessage().contains("No statutory holiday data for 2027"), e.getMessage());
        assertTrue(e.getMessage().contains("缺少2027年法定节假日数据"), e.getMessage());
        assertEquals(2027, assertThrows(MissingCalendarDataException.class,
                () -> refusing.isWorkingDay(d("2027-03-01"))).year());
        assertEquals(2027, assertThrows(MissingCalendarDataException.class,
                () -> refusing.addCalendarDays(d("2026-12-01"), 90)).year());
        assertEquals(2015, assertThrows(MissingCalendarDataException.class,
                () -> refusing.workingDaysBetween(d("2015-01-01"), d("2027-01-01"))).year());
    }

    @Test
    void refuseModeComputesWhatTheKnownYearsDecide() {
        assertEquals(new Deadline(d("2025-10-13"), List.of()), refusing.addWorkingDays(d("2025-09-26"), 7));
        assertTrue(refusing.isWorkingDay(d("2025-10-11")));
    }

    @Test
    void deadlineValueSemantics() {
        Deadline a = new Deadline(d("2027-01-11"), List.of(2028, 2027, 2027));
        assertEquals(List.of(2027, 2028), a.missingYears());
        assertEquals(a, new Deadline(d("2027-01-11"), Set.of(2027, 2028)));
        assertEquals(a.hashCode(), new Deadline(d("2027-01-11"), Set.of(2027, 2028)).hashCode());
        assertFalse(a.equals(new Deadline(d("2027-01-11"), List.of())));
        assertEquals("Deadline[2027-01-11, provisional: no holiday data for [2027, 2028]]", a.toString());
        assertEquals("Deadline[2025-10-13]", new Deadline(d("2025-10-13"), List.of()).toString());
        assertThrows(UnsupportedOperationException.class, () -> a.missingYears().add(2029));
    }
}
