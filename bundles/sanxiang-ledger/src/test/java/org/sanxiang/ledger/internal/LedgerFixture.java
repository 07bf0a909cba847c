package org.sanxiang.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.ledger.testing.InMemoryLedgerStorage;
import org.sanxiang.ledger.testing.ReferenceMerkle;
import org.sanxiang.ledger.testing.TickingClock;

/**
 * A ledger over in-memory storage with a "business table" of documents (subject → content) whose
 * {@link org.sanxiang.api.ledger.ContentVerifier} is registered for {@link LedgerKinds#DOCUMENT}.
 */
final class LedgerFixture {

    static final Instant START = Instant.parse("2026-11-26T08:00:00Z");

    final InMemoryLedgerStorage storage = new InMemoryLedgerStorage();
    final ContentVerifierRegistry verifiers = new ContentVerifierRegistry();
    final TickingClock clock = new TickingClock(START);
    final Map<String, String> documents = new ConcurrentHashMap<>();
    final Path keyDir;
    MerkleLedger ledger;

    LedgerFixture(Path keyDir) {
        this.keyDir = keyDir;
        verifiers.register(LedgerKinds.DOCUMENT, (subject, kind) ->
                Optional.ofNullable(documents.get(subject)).map(LedgerFixture::digest));
        ledger = open();
    }

    MerkleLedger open() {
        try {
            ledger = MerkleLedger.open(storage, SigningKeys.loadOrCreate(keyDir), verifiers, clock);
            return ledger;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sha256 digest(String content) {
        return Sha256.digest(content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Appends entry number {@code i} of a fixed pattern: every third a DOCUMENT (with its business row),
     * the others case transitions and accesses (no verifier).
     */
    LedgerEntry appendNumbered(int i) {
        if (i % 3 == 0) {
            String subject = "doc:" + i;
            String content = "决定书 第" + i + "号";
            documents.put(subject, content);
            return ledger.append(new LedgerAppend(LedgerKinds.DOCUMENT, subject, "officer-" + (i % 4), digest(content)));
        }
        String kind = i % 3 == 1 ? LedgerKinds.CASE_TRANSITION : LedgerKinds.ACCESS;
        return ledger.append(new LedgerAppend(kind, "case:2026-" + String.format("%04d", i % 7), "张三",
                digest("state " + i)));
    }

    List<LedgerEntry> appendNumbered(int from, int to) {
        List<LedgerEntry> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(appendNumbered(i));
        }
        return out;
    }

    /** The leaf hashes of the stored entries, computed by the reference encoder from the fields. */
    List<byte[]> referenceLeaves(long size) {
        List<byte[]> out = new ArrayList<>();
        for (LedgerEntry e : storage.entries(0, (int) size)) {
            out.add(ReferenceMerkle.leafHash(ReferenceMerkle.leafData(e.index(), e.appendedAt().toEpochMilli(),
                    e.kind(), e.subjectRef(), e.actor(), e.contentDigest().bytes())));
        }
        return out;
    }

    /** A copy of the stored entry at {@code index} with another actor and, if {@code rehash}, a matching leaf hash. */
    LedgerEntry withActor(long index, String actor, boolean rehash) {
        LedgerEntry e = storage.get(index);
        LedgerEntry edited = new LedgerEntry(e.index(), e.appendedAt(), e.kind(), e.subjectRef(), actor,
                e.contentDigest(), e.leafHash());
        if (!rehash) {
            return edited;
        }
        return new LedgerEntry(e.index(), e.appendedAt(), e.kind(), e.subjectRef(), actor, e.contentDigest(),
                edited.computeLeafHash());
    }
}
