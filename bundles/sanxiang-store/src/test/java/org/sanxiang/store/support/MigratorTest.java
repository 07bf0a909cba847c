package org.sanxiang.store.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-module schema migrations (issue 2: versioned migrations applied at start). */
class MigratorTest {

    private JdbcDataSource ds;

    @BeforeEach
    void setUp() {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private Migrator store() {
        return new Migrator(getClass().getClassLoader(), "store");
    }

    @Test
    void appliesOnceAndRecordsModuleVersionAndChecksum() throws SQLException {
        assertEquals(3, store().migrate(ds));
        assertEquals(3, store().migrate(ds), "a second start applies nothing new");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT module, version, name, sha256 FROM sx_schema_version "
                     + "ORDER BY version")) {
            for (String script : new String[] {"V001__inbound_journal.sql", "V002__ledger_intake.sql",
                    "V003__nonces.sql"}) {
                assertTrue(rs.next());
                assertEquals("store", rs.getString(1));
                assertEquals(script, rs.getString(3));
                assertEquals(64, rs.getString(4).length());
            }
            assertFalse(rs.next(), "each script recorded once");
        }
    }

    @Test
    void aChangedAppliedScriptStopsTheStartNamingIt() throws SQLException {
        store().migrate(ds);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("UPDATE sx_schema_version SET sha256 = '" + "0".repeat(64) + "' WHERE module = 'store'");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store().migrate(ds));
        assertTrue(e.getMessage().contains("store/V001__inbound_journal.sql"), e.getMessage());
    }

    @Test
    void aDatabaseMigratedByANewerHubIsRefused() throws SQLException {
        store().migrate(ds);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO sx_schema_version VALUES ('store', 99, 'V099__future.sql', '" + "1".repeat(64)
                    + "', CURRENT_TIMESTAMP)");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store().migrate(ds));
        assertTrue(e.getMessage().contains("newer hub"), e.getMessage());
    }

    @Test
    void badModuleNamesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Migrator(getClass().getClassLoader(), "../etc"));
    }

    @Test
    void scriptSplitterKeepsStatementsWhole() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i\n ON a (x)"),
                Migrator.statements("-- c\nCREATE TABLE a (x INT);\nCREATE INDEX i\n ON a (x);\n"));
    }
}
