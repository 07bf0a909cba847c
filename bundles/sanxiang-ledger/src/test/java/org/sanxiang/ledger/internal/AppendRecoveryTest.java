package org.sanxiang.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.ledger.LedgerEntry;

/** What happens when the storage insert fails, and how the ledger opens over what it finds. */
class AppendRecoveryTest {

    @TempDir
    Path keys;

    @Test
    void failedInsertThatDidNotCommitLeavesNoGap() {
        LedgerFixture f = new LedgerFixture(keys);
        f.appendNumbered(0, 4);
        f.storage.failNextAppends(1, false);
        assertThrows(IllegalStateException.class, () -> f.appendNumbered(4));
        assertEquals(4, f.appendNumbered(5).index());
        assertEquals(5, f.ledger.head().treeSize());
        assertTrue(f.ledger.verify().intact());
    }

    @Test
    void failedInsertThatCommittedAnywayIsAdopted() {
        LedgerFixture f = new LedgerFixture(keys);
        f.appendNumbered(0, 4);
        f.storage.failNextAppends(1, true);
        assertThrows(IllegalStateException.class, () -> f.appendNumbered(4));
        assertEquals(5, f.appendNumbered(5).index());
        assertEquals(6, f.ledger.head().treeSize());
        assertTrue(f.ledger.verify().intact());
        assertTrue(f.ledger.damage().isEmpty());
    }

    @Test
    void reopenedLedgerContinuesWhereItStopped() {
        LedgerFixture f = new LedgerFixture(keys);
        f.appendNumbered(0, 600);
        f.ledger.signHead();
        f.appendNumbered(600, 700);
        var before = f.ledger.head();
        MerkleLedger reopened = f.open();
        assertTrue(reopened.damage().isEmpty());
        assertEquals(before, reopened.head());
        assertEquals(700, f.appendNumbered(700).index());
        assertTrue(reopened.verify().intact());
    }

    @Test
    void timeNeverRunsBackwardsAcrossEntries() {
        LedgerFixture f = new LedgerFixture(keys);
        Instant first = f.appendNumbered(0).appendedAt();
        f.clock.shift(-60_000);
        Instant second = f.appendNumbered(1).appendedAt();
        assertFalse(second.isBefore(first));
        f.open();
        f.clock.shift(-60_000);
        assertFalse(f.appendNumbered(2).appendedAt().isBefore(second));
    }

    @Test
    void entryAndSubjectLookups() {
        LedgerFixture f = new LedgerFixture(keys);
        List<LedgerEntry> appended = f.appendNumbered(0, 30);
        assertEquals(appended.get(17), f.ledger.entry(17).orElseThrow());
        assertTrue(f.ledger.entry(30).isEmpty());
        assertTrue(f.ledger.entry(-1).isEmpty());
        List<LedgerEntry> case3 = f.ledger.entriesFor("case:2026-0003");
        assertEquals(List.of(10L, 17L), case3.stream().map(LedgerEntry::index).toList());
        assertTrue(f.ledger.entriesFor("CASE:2026-0003").isEmpty());
    }
}
