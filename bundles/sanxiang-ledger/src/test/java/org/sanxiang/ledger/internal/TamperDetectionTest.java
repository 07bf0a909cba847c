package org.sanxiang.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.ledger.EntryMismatch;
import org.sanxiang.api.ledger.EntryMismatch.Problem;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerIntegrityException;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.LedgerVerification;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;
import org.sanxiang.api.ledger.TreeHeadFailure;
import org.sanxiang.api.ledger.TreeHeadFailure.Reason;

/**
 * A ledger of 50 entries with signed heads at 10, 20, 30, 40 and 50, then one change made behind the
 * hub's back per test, as someone with write access to the database could make it.
 */
class TamperDetectionTest {

    @TempDir
    Path keys;

    private LedgerFixture f;

    @BeforeEach
    void fiftyEntriesFiveHeads() {
        f = new LedgerFixture(keys);
        for (int i = 0; i < 50; i += 10) {
            f.appendNumbered(i, i + 10);
            f.ledger.signHead();
        }
    }

    @Test
    void untouchedLedgerIsIntactAndSaysWhatItCouldNotCheck() {
        LedgerVerification v = f.ledger.verify();
        assertTrue(v.intact(), v.summary());
        assertEquals(50, v.entriesChecked());
        assertEquals(5, v.treeHeadsChecked());
        assertEquals(17, v.contentChecked(), "every third entry is a document with a verifier");
        assertEquals(33, v.contentNotChecked());
        assertEquals(Map.of(LedgerKinds.ACCESS, 16L, LedgerKinds.CASE_TRANSITION, 17L), v.contentNotCheckedByKind());
        assertTrue(v.firstMismatch().isEmpty());
        assertTrue(v.summary().startsWith("INTACT"));
    }

    @Test
    void editedFieldIsNamedByItsIndex() {
        f.storage.overwrite(f.withActor(17, "李四", false));
        LedgerVerification v = f.ledger.verify();
        assertFirst(v, 17, Problem.LEAF_HASH_MISMATCH);
        assertEquals("case:2026-0003", v.firstMismatch().orElseThrow().subjectRef());
        assertEquals(List.of(20L, 30L, 40L, 50L), failedSizes(v, Reason.ROOT_MISMATCH));
    }

    @Test
    void editedLeafHashIsNamedByItsIndexAndStopsTheLedgerAfterRestart() {
        LedgerEntry e = f.storage.get(23);
        f.storage.overwrite(new LedgerEntry(e.index(), e.appendedAt(), e.kind(), e.subjectRef(), e.actor(),
                e.contentDigest(), Sha256.digest(new byte[] {23})));
        LedgerVerification v = f.ledger.verify();
        assertFirst(v, 23, Problem.LEAF_HASH_MISMATCH);
        assertEquals(1, v.mismatchCount());

        f.open();
        assertTrue(f.ledger.damage().orElseThrow().contains("root"));
        assertThrows(LedgerIntegrityException.class, () -> f.appendNumbered(50));
        assertThrows(LedgerIntegrityException.class, () -> f.ledger.signHead());
        assertFirst(f.ledger.verify(), 23, Problem.LEAF_HASH_MISMATCH);
    }

    @Test
    void editedFieldWithRecomputedLeafHashFailsTheHeadsThatCoverIt() {
        f.storage.overwrite(f.withActor(12, "李四", true));
        LedgerVerification v = f.ledger.verify();
        assertFalse(v.intact());
        assertTrue(v.firstMismatch().isEmpty(), "the row is self-consistent; only the signed heads show the change");
        assertEquals(List.of(20L, 30L, 40L, 50L), failedSizes(v, Reason.ROOT_MISMATCH));
        TreeHeadFailure first = v.failedTreeHeads().get(0);
        assertTrue(first.detail().contains("index 10 to 19"), first.detail());
        assertEquals(List.of(50L), failedSizes(v, Reason.LIVE_ROOT_MISMATCH));
    }

    @Test
    void deletedEntryIsNamed() {
        f.storage.delete(33);
        LedgerVerification v = f.ledger.verify();
        EntryMismatch m = assertFirst(v, 33, Problem.ENTRY_MISSING);
        assertEquals(null, m.kind());
        assertEquals(List.of(40L, 50L), failedSizes(v, Reason.ROOT_MISMATCH));
        assertEquals(49, v.entriesChecked());

        f.open();
        assertTrue(f.ledger.damage().orElseThrow().contains("missing"));
        assertThrows(LedgerIntegrityException.class, () -> f.appendNumbered(50));
    }

    @Test
    void truncatedTailIsCaughtByTheSignedHead() {
        f.storage.truncate(45);
        LedgerVerification v = f.ledger.verify();
        assertFirst(v, 45, Problem.ENTRY_MISSING);
        assertEquals(List.of(50L), failedSizes(v, Reason.BEYOND_END));
        assertEquals(List.of(50L), failedSizes(v, Reason.LIVE_ROOT_MISMATCH));

        f.open();
        assertTrue(f.ledger.damage().orElseThrow().contains("cut off"));
        assertThrows(LedgerIntegrityException.class, () -> f.appendNumbered(45));
    }

    @Test
    void truncatedUnsignedTailIsCaughtByTheRunningLedger() {
        f.appendNumbered(50, 55);
        f.storage.truncate(52);
        LedgerVerification v = f.ledger.verify();
        assertFirst(v, 52, Problem.ENTRY_MISSING);
        assertEquals(List.of(55L), failedSizes(v, Reason.LIVE_ROOT_MISMATCH));
        assertTrue(failedSizes(v, Reason.BEYOND_END).isEmpty());
    }

    @Test
    void badSignatureAndForeignKeyAreListed() throws IOException {
        SignedTreeHead h30 = f.storage.treeHeads(30, 1).get(0);
        byte[] sig = h30.signature();
        sig[10] ^= 1;
        f.storage.overwriteHead(new SignedTreeHead(30, h30.rootHash(), h30.timestamp(), h30.keyId(), sig));
        SigningKeys other = SigningKeys.loadOrCreate(keys.resolve("other"));
        f.storage.overwriteHead(other.sign(f.storage.treeHeads(40, 1).get(0).head(), Instant.now()));

        LedgerVerification v = f.ledger.verify();
        assertFalse(v.intact());
        assertTrue(v.firstMismatch().isEmpty());
        assertEquals(List.of(30L), failedSizes(v, Reason.BAD_SIGNATURE));
        assertEquals(List.of(40L), failedSizes(v, Reason.UNKNOWN_KEY));
        assertEquals(2, v.failedTreeHeadCount());
    }

    @Test
    void headWithForgedRootFailsEvenWhenEntriesAreUntouched() {
        SignedTreeHead h20 = f.storage.treeHeads(20, 1).get(0);
        f.storage.overwriteHead(new SignedTreeHead(20, Sha256.digest(new byte[] {9}), h20.timestamp(), h20.keyId(),
                h20.signature()));
        assertEquals(List.of(20L), failedSizes(f.ledger.verify(), Reason.BAD_SIGNATURE));
    }

    @Test
    void changedBusinessRowIsNamed() {
        f.documents.put("doc:27", "决定书 第27号（已改）");
        LedgerVerification v = f.ledger.verify();
        EntryMismatch m = assertFirst(v, 27, Problem.CONTENT_CHANGED);
        assertEquals(LedgerKinds.DOCUMENT, m.kind());
        assertEquals("doc:27", m.subjectRef());
        assertTrue(m.detail().contains(LedgerFixture.digest("决定书 第27号（已改）").hex()));
        assertEquals(0, v.failedTreeHeadCount(), "the ledger itself is untouched");
    }

    @Test
    void deletedBusinessRowIsNamed() {
        f.documents.remove("doc:9");
        assertFirst(f.ledger.verify(), 9, Problem.CONTENT_MISSING);
    }

    @Test
    void firstOfSeveralChangesIsTheLowestIndex() {
        f.documents.put("doc:42", "changed");
        f.storage.overwrite(f.withActor(31, "x", false));
        f.storage.delete(14);
        LedgerVerification v = f.ledger.verify();
        assertFirst(v, 14, Problem.ENTRY_MISSING);
        assertEquals(3, v.mismatchCount());
    }

    @Test
    void laterEntryOfTheSameRecordSupersedesTheEarlierState() {
        f.documents.put("doc:3", "决定书 第3号 更正");
        f.ledger.append(new LedgerAppend(LedgerKinds.DOCUMENT, "doc:3", "officer-1",
                LedgerFixture.digest("决定书 第3号 更正")));
        LedgerVerification v = f.ledger.verify();
        assertTrue(v.intact(), v.summary());
        assertEquals(1, v.contentSuperseded());
        assertEquals(17, v.contentChecked());
    }

    @Test
    void verifierThatCannotAnswerIsCountedNotFlagged() {
        f.verifiers.register(LedgerKinds.CASE_TRANSITION, (subject, kind) -> {
            throw new IllegalStateException("database down");
        });
        LedgerVerification v = f.ledger.verify();
        assertTrue(v.intact());
        assertEquals(17, v.contentErrors());
        assertEquals(Map.of(LedgerKinds.ACCESS, 16L), v.contentNotCheckedByKind());
    }

    @Test
    void rowInsertedBehindTheLedgerIsNamedAndStopsAppends() {
        LedgerEntry forged = LedgerEntry.create(50, Instant.now(),
                new LedgerAppend(LedgerKinds.DOCUMENT, "doc:forged", "x", Sha256.digest(new byte[0])));
        f.storage.overwrite(forged);
        assertFirst(f.ledger.verify(), 50, Problem.UNEXPECTED_ENTRY);

        assertThrows(IllegalStateException.class, () -> f.appendNumbered(50), "the insert collides with the row");
        assertThrows(LedgerIntegrityException.class, () -> f.appendNumbered(50));
        assertTrue(f.ledger.damage().orElseThrow().contains("someone other"));
    }

    private static EntryMismatch assertFirst(LedgerVerification v, long index, Problem problem) {
        assertFalse(v.intact(), v.summary());
        EntryMismatch m = v.firstMismatch().orElseThrow();
        assertEquals(index, m.index(), v.summary());
        assertEquals(problem, m.problem(), v.summary());
        assertTrue(v.summary().contains("#" + index), v.summary());
        return m;
    }

    private static List<Long> failedSizes(LedgerVerification v, Reason reason) {
        return v.failedTreeHeads().stream().filter(h -> h.reason() == reason).map(TreeHeadFailure::treeSize).toList();
    }
}
