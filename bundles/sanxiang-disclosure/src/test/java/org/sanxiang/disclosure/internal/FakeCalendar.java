package org.sanxiang.disclosure.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.calendar.WorkingDayCalendar;

/**
 * A small working-day calendar for tests: the 2025 National Day holiday (2025-10-01..08 off, 2025-09-28
 * and 2025-10-11 make-up working days); weekends otherwise; data only for 2025, so any other year is
 * "missing" and makes a deadline provisional.
 */
final class FakeCalendar implements WorkingDayCalendar {

    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-02"),
            LocalDate.parse("2025-10-03"), LocalDate.parse("2025-10-04"), LocalDate.parse("2025-10-05"),
            LocalDate.parse("2025-10-06"), LocalDate.parse("2025-10-07"), LocalDate.parse("2025-10-08"));
    private static final Set<LocalDate> MAKE_UP = Set.of(LocalDate.parse("2025-09-28"), LocalDate.parse("2025-10-11"));

    private boolean working(LocalDate d, SortedSet<Integer> missing) {
        if (d.getYear() != 2025) {
            missing.add(d.getYear());
        }
        if (HOLIDAYS.contains(d)) {
            return false;
        }
        if (MAKE_UP.contains(d)) {
            return true;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return working(date, new TreeSet<>());
    }

    @Override
    public Deadline addWorkingDays(LocalDate start, int days) {
        SortedSet<Integer> missing = new TreeSet<>();
        LocalDate d = start;
        for (int n = 0; n < days; ) {
            d = d.plusDays(1);
            if (working(d, missing)) {
                n++;
            }
        }
        return new Deadline(d, missing);
    }

    @Override
    public Deadline addCalendarDays(LocalDate start, int days) {
        SortedSet<Integer> missing = new TreeSet<>();
        LocalDate d = start.plusDays(days);
        while (!working(d, missing)) {
            d = d.plusDays(1);
        }
        return new Deadline(d, missing);
    }

    @Override
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        if (endInclusive.isBefore(startExclusive)) {
            return -workingDaysBetween(endInclusive, startExclusive);
        }
        SortedSet<Integer> missing = new TreeSet<>();
        int n = 0;
        for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
            if (working(d, missing)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public Set<Integer> knownYears() {
        return Set.of(2025);
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        return HOLIDAYS.contains(date) ? Optional.of("国庆节") : Optional.empty();
    }
}
