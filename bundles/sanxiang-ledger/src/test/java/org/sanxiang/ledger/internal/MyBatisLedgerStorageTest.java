package org.sanxiang.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.ledger.EntryMismatch;
import org.sanxiang.api.ledger.InclusionProof;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.LedgerVerification;
import org.sanxiang.api.ledger.MerkleProofs;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;
import org.sanxiang.store.support.ModuleStore;

/**
 * The ledger on its MyBatis storage (H2 here, MariaDB in the itests): appends survive a reopen, proofs
 * verify, and a row edited with plain SQL behind the hub's back is named by verification (issue 3).
 */
class MyBatisLedgerStorageTest {

    @TempDir
    Path keys;

    private JdbcDataSource ds;
    private MyBatisLedgerStorage storage;

    @BeforeEach
    void setUp() throws Exception {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        storage = new MyBatisLedgerStorage(
                ModuleStore.open(ds, "ledger", getClass().getClassLoader(), MyBatisLedgerStorage.MAPPERS));
    }

    private MerkleLedger open() throws Exception {
        return MerkleLedger.open(storage, SigningKeys.loadOrCreate(keys), new ContentVerifierRegistry(),
                Clock.systemUTC());
    }

    private static LedgerAppend event(int i) {
        return new LedgerAppend(LedgerKinds.CASE_TRANSITION, "case:2026-" + (i % 5), "officer-" + i,
                Sha256.digest(("event " + i).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void appendsSurviveReopenAndProofsVerify() throws Exception {
        MerkleLedger ledger = open();
        for (int i = 0; i < 40; i++) {
            ledger.append(event(i));
        }
        SignedTreeHead head = ledger.signHead();
        assertEquals(40, head.treeSize());

        MerkleLedger reopened = open();
        assertEquals(head.rootHash(), reopened.head().rootHash());
        LedgerEntry e = reopened.entry(17).orElseThrow();
        assertEquals("officer-17", e.actor());
        InclusionProof proof = reopened.inclusionProof(17, 40);
        assertTrue(MerkleProofs.verifyInclusion(e.leafHash(), proof, head.rootHash()));
        assertEquals(8, reopened.entriesFor("case:2026-2").size());
        assertTrue(reopened.verify().intact(), reopened.verify().summary());
        assertEquals(head, storage.latestTreeHead().orElseThrow());
    }

    @Test
    void anIndexIsNeverWrittenTwice() throws Exception {
        MerkleLedger ledger = open();
        LedgerEntry first = ledger.append(event(0));
        assertThrows(RuntimeException.class, () -> storage.append(first));
        assertEquals(1, storage.size());
    }

    @Test
    void aRowEditedWithPlainSqlIsNamed() throws Exception {
        MerkleLedger ledger = open();
        for (int i = 0; i < 30; i++) {
            ledger.append(event(i));
        }
        ledger.signHead();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE ledger_entry SET actor = 'mallory' WHERE idx = 12"));
        }
        LedgerVerification report = open().verify();
        assertFalse(report.intact(), report.summary());
        EntryMismatch first = report.firstMismatch().orElseThrow();
        assertEquals(12, first.index(), report.summary());
    }
}
