package org.sanxiang.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.health.HealthStatus;
import org.sanxiang.api.journal.JournalEntry;

/** The store on H2: migrations and the inbound journal (issue 2; MySQL is covered by the itests). */
class JournalStoreTest {

    private JdbcDataSource ds;
    private Database db;
    private JournalStore journal;

    @BeforeEach
    void setUp() throws SQLException {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        db = Database.open(ds);
        journal = new JournalStore(db);
    }

    private static JournalEntry entry(String id) {
        return new JournalEntry("hub-status", id, Instant.parse("2026-11-26T08:15:30.123Z"),
                "a".repeat(64), 321, "ACCEPTED");
    }

    @Test
    void recordsAndFindsAnEntryWithItsExactTime() {
        assertTrue(journal.record(entry("m-1")));
        JournalEntry found = journal.find("hub-status", "m-1").orElseThrow();
        assertEquals(entry("m-1"), found);
        assertEquals(1, journal.count());
    }

    @Test
    void aRedeliveredMessageWritesNoSecondRow() {
        assertTrue(journal.record(entry("m-2")));
        assertFalse(journal.record(entry("m-2")));
        assertEquals(1, journal.count());
    }

    @Test
    void latestListsNewestFirst() {
        journal.record(entry("a"));
        journal.record(entry("b"));
        assertEquals("b", journal.latest(1).get(0).messageId());
        assertEquals(2, journal.latest(10).size());
    }

    @Test
    void healthCheckReportsTheDatabase() {
        HealthStatus status = db.check();
        assertTrue(status.isUp(), status.toString());
        assertTrue(status.detail().startsWith("H2"), status.detail());
        assertEquals("h2", db.databaseId());
    }
}
