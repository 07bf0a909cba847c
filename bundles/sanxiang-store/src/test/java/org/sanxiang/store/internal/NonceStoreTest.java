package org.sanxiang.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The nonce registry on H2 (issue 16): a nonce once per user while it lives, shared by every instance. */
class NonceStoreTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");
    private final SettableClock clock = new SettableClock(T0);
    private Database db;
    private NonceStore nonces;

    @BeforeEach
    void setUp() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        db = Database.open(ds);
        nonces = new NonceStore(db, clock);
    }

    @AfterEach
    void tearDown() {
        nonces.deactivate();
    }

    @Test
    void aNonceIsUsedOncePerUserAlsoThroughAnotherInstance() {
        assertTrue(nonces.firstUse("counter-a", "bm9uY2U=", T0.plusSeconds(360)));
        assertFalse(nonces.firstUse("counter-a", "bm9uY2U=", T0.plusSeconds(360)));
        assertTrue(nonces.firstUse("screen-b", "bm9uY2U=", T0.plusSeconds(360)), "another user's nonce");
        NonceStore otherNode = new NonceStore(db, clock);
        try {
            assertFalse(otherNode.firstUse("counter-a", "bm9uY2U=", T0.plusSeconds(360)),
                    "a restarted bundle or a second node on the same database knows it");
        } finally {
            otherNode.deactivate();
        }
    }

    @Test
    void anExpiredNonceIsPurgedOrTakenAgain() {
        assertTrue(nonces.firstUse("counter-a", "n1", T0.plusSeconds(360)));
        assertTrue(nonces.firstUse("counter-a", "n2", T0.plusSeconds(900)));
        clock.set(T0.plusSeconds(400));
        assertTrue(nonces.firstUse("counter-a", "n1", T0.plusSeconds(760)), "its time was over, not yet purged");
        assertFalse(nonces.firstUse("counter-a", "n1", T0.plusSeconds(760)));
        clock.set(T0.plusSeconds(800));
        assertEquals(1, nonces.purge(), "n1 again expired; n2 lives");
        assertFalse(nonces.firstUse("counter-a", "n2", T0.plusSeconds(900)));
    }
}
