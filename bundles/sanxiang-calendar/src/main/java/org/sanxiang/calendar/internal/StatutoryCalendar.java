package org.sanxiang.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.calendar.MissingCalendarDataException;
import org.sanxiang.api.calendar.WorkingDayCalendar;

/**
 * The working-day calendar over one immutable {@link CalendarData} snapshot.
 *
 * <p>Each computation collects the years without data it depended on: the year of every day it
 * examined, and also the next year for days from 25 December on, because the next year's notice can
 * still move those days (see {@link CalendarData}). With {@link MissingYearPolicy#WARN} the result
 * treats such years as weekends only, deadlines are marked provisional and {@code missingYear} is told
 * once per year; with {@link MissingYearPolicy#REFUSE} the computation throws
 * {@link MissingCalendarDataException} naming the first such year.
 */
final class StatutoryCalendar implements WorkingDayCalendar {

    /** From this day of December on, a day can still be moved by the next year's notice. */
    static final MonthDay NEXT_NOTICE_REACHES_BACK_TO = MonthDay.of(12, 25);

    private final CalendarData data;
    private final MissingYearPolicy policy;
    private final IntConsumer missingYear;
    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

    /**
     * @param missingYear told the first time (per instance) a computation depends on a year without
     *        data, in {@link MissingYearPolicy#WARN} mode
     */
    StatutoryCalendar(CalendarData data, MissingYearPolicy policy, IntConsumer missingYear) {
        this.data = Objects.requireNonNull(data, "data");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.missingYear = Objects.requireNonNull(missingYear, "missingYear");
    }

    MissingYearPolicy policy() {
        return policy;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        SortedSet<Integer> missing = new TreeSet<>();
        boolean working = examine(date, missing);
        enforce(missing);
        return working;
    }

    @Override
    public Deadline addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(days);
        SortedSet<Integer> missing = new TreeSet<>();
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (examine(day, missing)) {
                counted++;
            }
        }
        enforce(missing);
        return new Deadline(day, missing);
    }

    @Override
    public Deadline addCalendarDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(days);
        SortedSet<Integer> missing = new TreeSet<>();
        LocalDate day = start.plusDays(days);
        while (!examine(day, missing)) {
            day = day.plusDays(1);
        }
        enforce(missing);
        return new Deadline(day, missing);
    }

    @Override
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(startExclusive)) {
            return -workingDaysBetween(endInclusive, startExclusive);
        }
        SortedSet<Integer> missing = new TreeSet<>();
        int count = 0;
        for (LocalDate day = startExclusive.plusDays(1); !day.isAfter(endInclusive); day = day.plusDays(1)) {
            if (examine(day, missing)) {
                count++;
            }
        }
        enforce(missing);
        return count;
    }

    @Override
    public Set<Integer> knownYears() {
        return data.knownYears();
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        CalendarRow row = data.row(Objects.requireNonNull(date, "date"));
        return row != null && row.kind() == DayKind.OFF ? Optional.of(row.holiday()) : Optional.empty();
    }

    /** Whether {@code day} is a working day; adds the years without data its answer depends on. */
    private boolean examine(LocalDate day, Set<Integer> missing) {
        int year = day.getYear();
        if (!data.knownYears().contains(year)) {
            missing.add(year);
        }
        if (!MonthDay.from(day).isBefore(NEXT_NOTICE_REACHES_BACK_TO) && !data.knownYears().contains(year + 1)) {
            missing.add(year + 1);
        }
        CalendarRow row = data.row(day);
        if (row != null) {
            return row.kind() == DayKind.WORK;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    private void enforce(SortedSet<Integer> missing) {
        if (missing.isEmpty()) {
            return;
        }
        if (policy == MissingYearPolicy.REFUSE) {
            throw new MissingCalendarDataException(missing.first());
        }
        for (int year : missing) {
            if (warned.add(year)) {
                missingYear.accept(year);
            }
        }
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
    }
}
