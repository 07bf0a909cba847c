package org.sanxiang.ledger.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerIntake;

/** A {@link LedgerIntake} in memory, with the store's order and removal rules, for the ledger's own tests. */
public final class InMemoryLedgerIntake implements LedgerIntake {

    private final List<Recorded> pending = new ArrayList<>();
    private long next = 1;

    /** Records without telling a ledger (as while it is stopped). */
    @Override
    public synchronized void record(LedgerAppend event) {
        pending.add(new Recorded(next++, event, Instant.now()));
    }

    @Override
    public synchronized Pending pending() {
        return new Pending(pending.size(), pending.isEmpty() ? Optional.empty()
                : Optional.of(pending.get(0).recordedAt()));
    }

    @Override
    public synchronized int drain(Consumer<Recorded> take, int max) {
        int taken = 0;
        while (taken < max && !pending.isEmpty()) {
            take.accept(pending.get(0));
            pending.remove(0);
            taken++;
        }
        return taken;
    }
}
