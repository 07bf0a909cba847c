package org.sanxiang.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.health.HealthStatus;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerIntake;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;

/** The ledger intake on H2 (issue 16, R-R5): kept while no ledger takes it, taken in order, removed once taken. */
class LedgerIntakeStoreTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00.250Z");

    private Database db;
    private final SettableClock clock = new SettableClock(T0);
    private final List<LedgerIntake.Taker> takers = new ArrayList<>();
    private LedgerIntakeStore intake;

    @BeforeEach
    void setUp() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        db = Database.open(ds);
        intake = new LedgerIntakeStore(db, clock, takers);
    }

    private static LedgerAppend event(String subject) {
        return new LedgerAppend(LedgerKinds.REGISTER, subject, "staff-01", Sha256.digest(subject.getBytes()));
    }

    @Test
    void withoutALedgerEventsWaitAndTheHealthSaysSoAfterAMinute() {
        assertTrue(intake.check().isUp());
        intake.record(event("register:1"));
        intake.record(event("register:2"));
        LedgerIntake.Pending p = intake.pending();
        assertEquals(2, p.count());
        assertEquals(T0, p.oldest().orElseThrow());
        HealthStatus fresh = intake.check();
        assertTrue(fresh.isUp(), fresh.toString());
        assertTrue(fresh.detail().contains("2 event(s) wait"), fresh.detail());
        clock.set(T0.plus(Duration.ofSeconds(61)));
        HealthStatus late = intake.check();
        assertFalse(late.isUp(), "an event waiting over a minute: the ledger is behind");
        assertTrue(late.detail().contains("sanxiang-ledger"), late.detail());
    }

    @Test
    void aTakerIsToldAtOnceAndTakesInOrder() {
        List<String> ledger = new ArrayList<>();
        intake.record(event("register:1")); // before the ledger came
        takers.add(() -> intake.drain(r -> ledger.add(r.event().subjectRef()), 100));
        intake.record(event("register:2"));
        assertEquals(List.of("register:1", "register:2"), ledger);
        assertEquals(0, intake.pending().count());
        assertTrue(intake.check().isUp());
    }

    @Test
    void anEventTheLedgerFailsOnStaysAndSoDoTheOnesAfterIt() {
        intake.record(event("register:1"));
        intake.record(event("register:2"));
        List<String> taken = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> intake.drain(r -> {
            if (r.event().subjectRef().equals("register:2")) {
                throw new IllegalStateException("ledger damaged");
            }
            taken.add(r.event().subjectRef());
        }, 100));
        assertEquals(List.of("register:1"), taken);
        assertEquals(1, intake.pending().count());
        assertEquals(1, intake.drain(r -> taken.add(r.event().subjectRef()), 100));
        assertEquals(List.of("register:1", "register:2"), taken);
    }

    @Test
    void aFailingTakerDoesNotFailTheChangeThatRecordedTheEvent() {
        takers.add(() -> {
            throw new IllegalStateException("ledger stopping");
        });
        intake.record(event("register:9"));
        assertEquals(1, intake.pending().count(), "kept for the next take");
        List<LedgerIntake.Recorded> seen = new ArrayList<>();
        assertEquals(1, intake.drain(seen::add, 10));
        assertEquals(event("register:9"), seen.get(0).event());
        assertEquals(T0, seen.get(0).recordedAt());
    }
}
