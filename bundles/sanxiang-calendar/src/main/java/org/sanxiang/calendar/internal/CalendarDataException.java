package org.sanxiang.calendar.internal;

/** A holiday file that cannot be read or is malformed; the message names the file and, where known, the line. */
final class CalendarDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CalendarDataException(String message) {
        super(message);
    }

    CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
