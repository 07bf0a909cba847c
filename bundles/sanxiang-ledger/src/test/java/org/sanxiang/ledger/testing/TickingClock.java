package org.sanxiang.ledger.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that starts at a fixed instant and moves one millisecond on every reading. */
public final class TickingClock extends Clock {

    private final AtomicLong millis;

    public TickingClock(Instant start) {
        this.millis = new AtomicLong(start.toEpochMilli());
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.getAndIncrement());
    }

    /** Moves the clock by {@code deltaMillis} (negative: back in time). */
    public void shift(long deltaMillis) {
        millis.addAndGet(deltaMillis);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
