package org.sanxiang.api.ledger;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The durable way into the ledger (账本待记): a domain module records each ledger event of a committed change here
 * — in the hub's database, so that it is kept while the ledger bundle is stopped, redeployed or failing — and the
 * ledger takes the events in the order they were recorded ({@link #drain}), each one leaving the intake only after
 * the ledger appended it. Served by the store bundle, which every domain module needs anyway; the ledger registers
 * a {@link Taker} and is told at once of each event recorded, so that in the normal case an event is in the ledger
 * when {@link #record} returns.
 */
public interface LedgerIntake {

    /**
     * Stores the event (its own transaction) and hands the pending events to the ledger if it runs. Never throws
     * because the ledger failed: the event then waits.
     *
     * @throws RuntimeException only when the event could not be stored (the database failed)
     */
    void record(LedgerAppend event);

    /** Events recorded and not yet appended to the ledger, and when the oldest of them was recorded. */
    Pending pending();

    /**
     * Hands up to {@code max} pending events, oldest first, to {@code take}; each one is removed once {@code take}
     * returned for it. Stops at the first event {@code take} throws for (that event stays and the exception is
     * rethrown). One drain at a time.
     *
     * @return how many events were taken
     */
    int drain(Consumer<Recorded> take, int max);

    /** A pending event: its place in the intake, the event, and when it was recorded. */
    record Recorded(long id, LedgerAppend event, Instant recordedAt) {
    }

    /** How many events wait and the time the oldest one was recorded. */
    record Pending(long count, Optional<Instant> oldest) {
    }

    /** Registered by the ledger: told each time an event was recorded, it drains the intake. */
    @FunctionalInterface
    interface Taker {
        void takeIntake();
    }
}
