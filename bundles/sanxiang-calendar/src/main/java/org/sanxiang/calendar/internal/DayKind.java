package org.sanxiang.calendar.internal;

/** What a calendar row says about its date: a statutory day off, or a make-up working day (调休). */
enum DayKind {

    OFF("off"),
    WORK("work");

    /** The spelling in the CSV {@code kind} column. */
    private final String token;

    DayKind(String token) {
        this.token = token;
    }

    /** The kind spelled {@code token} (exactly, lower case), or {@code null}. */
    static DayKind parse(String token) {
        for (DayKind kind : values()) {
            if (kind.token.equals(token)) {
                return kind;
            }
        }
        return null;
    }
}
