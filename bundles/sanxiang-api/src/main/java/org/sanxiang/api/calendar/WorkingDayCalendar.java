package org.sanxiang.api.calendar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Working-day calendar (工作日历) of the People's Republic of China: which days are working days once
 * the statutory holidays and make-up working days (调休) of the State Council notices are applied.
 *
 * <p>A date without a holiday or make-up entry is a working day Monday to Friday and a rest day on
 * Saturday and Sunday. Every computation notes the years whose notice it depended on; when one of them
 * has no data, the implementation either marks the result provisional (and warns once per year) or
 * throws {@link MissingCalendarDataException}, depending on its configuration. Days in the last week of
 * December also depend on the next year's notice, which can move them (the 2019 notice made 2018-12-29
 * a working day and 2018-12-31 a holiday).
 *
 * <p>Implementations are thread-safe.
 */
@ProviderType
public interface WorkingDayCalendar {

    /**
     * Whether {@code date} is a working day.
     *
     * @throws MissingCalendarDataException when the answer depends on a year without data and the
     *         calendar refuses such computations
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * The deadline {@code days} working days after {@code start}. The start day is not counted:
     * {@code start + 1} is the first working day after {@code start}. Zero days gives {@code start}.
     *
     * @throws IllegalArgumentException when {@code days} is negative
     * @throws MissingCalendarDataException when the period reaches a year without data and the
     *         calendar refuses such computations
     */
    Deadline addWorkingDays(LocalDate start, int days);

    /**
     * The deadline {@code days} calendar days after {@code start}; when that day is not a working day
     * the deadline is the next working day after it.
     *
     * @throws IllegalArgumentException when {@code days} is negative
     * @throws MissingCalendarDataException when the result depends on a year without data and the
     *         calendar refuses such computations
     */
    Deadline addCalendarDays(LocalDate start, int days);

    /**
     * The number of working days after {@code startExclusive} up to and including {@code endInclusive};
     * negative (the same count with the dates swapped) when {@code endInclusive} is before
     * {@code startExclusive}. {@code workingDaysBetween(s, addWorkingDays(s, n).due()) == n}.
     *
     * @throws MissingCalendarDataException when the range reaches a year without data and the calendar
     *         refuses such computations
     */
    int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive);

    /** The years whose State Council notice is loaded, in ascending order; unmodifiable. */
    Set<Integer> knownYears();

    /**
     * The name of the statutory holiday (e.g. {@code 国庆节}) when {@code date} is a day off of that
     * holiday; empty for ordinary days, weekends, make-up working days and dates without data.
     */
    Optional<String> holidayName(LocalDate date);
}
