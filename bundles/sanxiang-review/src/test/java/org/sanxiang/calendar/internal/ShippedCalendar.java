package org.sanxiang.calendar.internal;

import org.sanxiang.api.calendar.WorkingDayCalendar;

/** The hub's real working-day calendar over its shipped holiday data, for the review's time-limit tests. */
public final class ShippedCalendar {

    private ShippedCalendar() {
    }

    public static WorkingDayCalendar load() {
        return new StatutoryCalendar(CalendarLoader.load(null).data(), MissingYearPolicy.WARN, year -> { });
    }
}
