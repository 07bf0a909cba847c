package org.sanxiang.calendar.internal;

import java.time.LocalDate;

/**
 * One row of a holiday file: the date, whether it is a day off or a make-up working day, the holiday
 * it belongs to, the notice that set it (URL or document number), and where the row was read.
 */
record CalendarRow(LocalDate date, DayKind kind, String holiday, String notice, String source, int line) {

    /** {@code file:line}, for error messages. */
    String location() {
        return source + ":" + line;
    }
}
