package org.sanxiang.store.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.health.HealthStatus;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LedgerIntake} on the hub's database ({@code sx_ledger_intake}), and the {@code ledger-intake} health check:
 * DOWN while an event has waited longer than a minute (the ledger is stopped or failing: the changes stand, their
 * tamper-evident record lags behind). At start it reports what is pending from before.
 *
 * <p>The ledger's {@link Taker} is looked up in the service registry at each event, not bound as a reference: the
 * ledger needs this service, so a reference back would be a cycle, and in a cycle the service runtime may leave an
 * optional reference unbound (events then waited for the ledger's periodic take).
 */
@Component(service = {LedgerIntake.class, HealthCheck.class}, immediate = true)
public final class LedgerIntakeStore implements LedgerIntake, HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerIntakeStore.class);
    static final Duration LATE = Duration.ofMinutes(1);

    private final Database database;
    private final Clock clock;
    /** Hands each taker registered now to a consumer. */
    @FunctionalInterface
    interface Takers {
        void each(Consumer<Taker> consumer);
    }

    private final Takers takers;

    @Activate
    public LedgerIntakeStore(@Reference Database database, BundleContext context) {
        this(database, Clock.systemUTC(), each -> {
            try {
                for (ServiceReference<Taker> ref : context.getServiceReferences(Taker.class, null)) {
                    Taker t = context.getService(ref);
                    if (t != null) {
                        try {
                            each.accept(t);
                        } finally {
                            context.ungetService(ref);
                        }
                    }
                }
            } catch (InvalidSyntaxException | IllegalStateException e) {
                LOG.debug("Ledger intake: no ledger looked up: {}", e.toString());
            }
        });
        Pending p = pending();
        if (p.count() > 0) {
            LOG.warn("Ledger intake: {} event(s) recorded before this start wait for the ledger (oldest {})", p.count(),
                    p.oldest().map(Instant::toString).orElse("?"));
        }
    }

    LedgerIntakeStore(Database database, Clock clock, Takers takers) {
        this.database = database;
        this.clock = clock;
        this.takers = takers;
    }

    /** For tests: the takers are those of the list at each event. */
    LedgerIntakeStore(Database database, Clock clock, List<Taker> takers) {
        this(database, clock, (Takers) takers::forEach);
    }

    @Override
    public void record(LedgerAppend event) {
        LedgerIntakeRow row = LedgerIntakeRow.of(event, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        database.inTransaction(s -> s.getMapper(LedgerIntakeMapper.class).insert(row));
        takers.each(t -> {
            try {
                t.takeIntake();
            } catch (RuntimeException e) {
                LOG.warn("Ledger intake: the ledger did not take event {} ({} {}) now, it waits: {}", row.id,
                        event.kind(), event.subjectRef(), e.getMessage());
            }
        });
    }

    @Override
    public Pending pending() {
        return database.read(s -> {
            LedgerIntakeMapper m = s.getMapper(LedgerIntakeMapper.class);
            long count = m.count();
            LocalDateTime oldest = count == 0 ? null : m.oldestRecordedAt();
            return new Pending(count, Optional.ofNullable(oldest).map(t -> t.toInstant(ZoneOffset.UTC)));
        });
    }

    @Override
    public synchronized int drain(Consumer<Recorded> take, int max) {
        List<LedgerIntakeRow> rows = database.read(s -> s.getMapper(LedgerIntakeMapper.class).oldest(Math.max(0, max)));
        int taken = 0;
        for (LedgerIntakeRow row : rows) {
            take.accept(row.toRecorded());
            database.inTransaction(s -> s.getMapper(LedgerIntakeMapper.class).delete(row.id));
            taken++;
        }
        return taken;
    }

    @Override
    public String component() {
        return "ledger-intake";
    }

    @Override
    public HealthStatus check() {
        long start = System.nanoTime();
        try {
            Pending p = pending();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (p.count() == 0) {
                return HealthStatus.up(component(), "nothing waits for the ledger", ms);
            }
            Duration age = Duration.between(p.oldest().orElse(clock.instant()), clock.instant());
            String detail = p.count() + " event(s) wait for the ledger, the oldest for " + age.toSeconds() + " s";
            return age.compareTo(LATE) > 0 ? HealthStatus.down(component(), detail + " (is sanxiang-ledger running?)", ms)
                    : HealthStatus.up(component(), detail, ms);
        } catch (RuntimeException e) {
            return HealthStatus.down(component(), e.getMessage(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
