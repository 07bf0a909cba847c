package org.sanxiang.calendar.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The merged, immutable holiday data: one row per date and the set of known years.
 *
 * <p>A year is known when the State Council notice <em>for</em> that year is loaded. A notice is
 * identified by the {@code notice} column, and the year it is for is the latest year among its rows:
 * the notice for year Y may also set days at the end of Y-1 (the 2019 notice made 2018-12-29 a working
 * day and 2018-12-30/31 holidays), but never days in Y+1. Such spill-over rows still decide their dates;
 * they do not make Y-1 known, because the rest of Y-1 (its own notice) is not loaded.
 */
final class CalendarData {

    private final Map<LocalDate, CalendarRow> rows;
    private final Set<Integer> knownYears;
    private final int overridden;

    private CalendarData(Map<LocalDate, CalendarRow> rows, Set<Integer> knownYears, int overridden) {
        this.rows = rows;
        this.knownYears = knownYears;
        this.overridden = overridden;
    }

    /**
     * Merges the shipped rows with the rows from the ops directory; an ops row replaces a shipped row
     * for the same date. A date listed twice among the shipped rows, or twice among the ops rows, is an
     * error naming both places.
     */
    static CalendarData merge(List<CalendarRow> shipped, List<CalendarRow> ops) {
        Map<LocalDate, CalendarRow> merged = new HashMap<>(index(shipped));
        int overridden = 0;
        for (CalendarRow row : index(ops).values()) {
            if (merged.put(row.date(), row) != null) {
                overridden++;
            }
        }
        Map<String, Integer> noticeYears = new HashMap<>();
        for (CalendarRow row : merged.values()) {
            noticeYears.merge(row.notice(), row.date().getYear(), Math::max);
        }
        return new CalendarData(Collections.unmodifiableMap(merged),
                Collections.unmodifiableSortedSet(new TreeSet<>(noticeYears.values())), overridden);
    }

    private static Map<LocalDate, CalendarRow> index(List<CalendarRow> rows) {
        Map<LocalDate, CalendarRow> byDate = new HashMap<>();
        for (CalendarRow row : rows) {
            CalendarRow earlier = byDate.putIfAbsent(row.date(), row);
            if (earlier != null) {
                throw new CalendarDataException(row.location() + ": " + row.date() + " is already listed at "
                        + earlier.location() + "; list each date once");
            }
        }
        return byDate;
    }

    /** The row for {@code date}, or {@code null}. */
    CalendarRow row(LocalDate date) {
        return rows.get(date);
    }

    /** Ascending, unmodifiable. */
    Set<Integer> knownYears() {
        return knownYears;
    }

    int size() {
        return rows.size();
    }

    /** How many shipped rows the ops rows replaced. */
    int overridden() {
        return overridden;
    }
}
