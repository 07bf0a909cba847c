package org.sanxiang.calendar.internal;

/** What the calendar does when a computation depends on a year without holiday data. */
public enum MissingYearPolicy {

    /** Compute with weekends only for that year, mark the deadline provisional and warn once per year. */
    WARN,

    /** Throw {@link org.sanxiang.api.calendar.MissingCalendarDataException}. */
    REFUSE
}
