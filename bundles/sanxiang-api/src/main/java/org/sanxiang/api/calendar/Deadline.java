package org.sanxiang.api.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A deadline (期限) computed by a {@link WorkingDayCalendar}: the due date and the years without holiday
 * data that the computation depended on. A deadline with such years is provisional: it was computed
 * with weekends only for those years and can move once their State Council notice is loaded.
 */
public final class Deadline {

    private final LocalDate due;
    private final List<Integer> missingYears;

    /**
     * @param due the last day of the period
     * @param missingYears years without data the computation depended on; duplicates are dropped and
     *        the years sorted
     */
    public Deadline(LocalDate due, Collection<Integer> missingYears) {
        this.due = Objects.requireNonNull(due, "due");
        this.missingYears = List.copyOf(new TreeSet<>(Objects.requireNonNull(missingYears, "missingYears")));
    }

    /** The last day of the period (the deadline itself). */
    public LocalDate due() {
        return due;
    }

    /** Whether the due date depended on a year without data and may still move. */
    public boolean provisional() {
        return !missingYears.isEmpty();
    }

    /** The years without data the computation depended on, ascending; empty when the deadline is firm. */
    public List<Integer> missingYears() {
        return missingYears;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Deadline)) {
            return false;
        }
        Deadline d = (Deadline) o;
        return due.equals(d.due) && missingYears.equals(d.missingYears);
    }

    @Override
    public int hashCode() {
        return Objects.hash(due, missingYears);
    }

    @Override
    public String toString() {
        return provisional()
                ? "Deadline[" + due + ", provisional: no holiday data for " + missingYears + "]"
                : "Deadline[" + due + "]";
    }
}
