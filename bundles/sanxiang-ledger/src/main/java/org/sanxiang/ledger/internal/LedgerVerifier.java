package org.sanxiang.ledger.internal;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.EntryMismatch;
import org.sanxiang.api.ledger.EntryMismatch.Problem;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerStorage;
import org.sanxiang.api.ledger.LedgerVerification;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;
import org.sanxiang.api.ledger.TreeHead;
import org.sanxiang.api.ledger.TreeHeadFailure;
import org.sanxiang.api.ledger.TreeHeadFailure.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One verification run: streams the stored entries in index order, a page at a time, and in one pass
 * recomputes each leaf hash from the fields, rebuilds the tree from those recomputed hashes, checks every
 * signed head when the rebuilt tree reaches its size, compares the end with the tree the running ledger
 * holds in memory, and asks the content verifiers about the business rows. Memory stays bounded by the
 * page sizes and the tree's right edge.
 */
final class LedgerVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerVerifier.class);
    static final int ENTRY_PAGE = 1_000;
    static final int HEAD_PAGE = 500;

    private final LedgerStorage storage;
    private final PublicKey publicKey;
    private final String keyId;
    private final Map<String, ContentVerifier> verifiers;
    private final Clock clock;

    private final LedgerVerification.Builder report = LedgerVerification.builder();
    private final CompactRange running = new CompactRange();
    private final Deque<SignedTreeHead> headPage = new ArrayDeque<>();
    private long nextHeadSize;
    private boolean headsExhausted;
    private long position;
    private long firstMissing = -1;
    private long lastGoodHeadSize;
    private long storedSize;
    private Sha256 rootAtLiveSize;
    private final Set<String> kindsWithErrors = new HashSet<>();

    LedgerVerifier(LedgerStorage storage, PublicKey publicKey, String keyId, Map<String, ContentVerifier> verifiers,
                   Clock clock) {
        this.storage = storage;
        this.publicKey = publicKey;
        this.keyId = keyId;
        this.verifiers = verifiers;
        this.clock = clock;
    }

    /**
     * @param live the tree the running ledger holds in memory
     * @param storedSize {@link LedgerStorage#size()} read together with {@code live}
     */
    LedgerVerification run(TreeHead live, long storedSize) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        this.storedSize = storedSize;
        report.verifiedAt(started).treeSize(live.treeSize());
        checkHeadsUpTo(0);
        if (live.treeSize() == 0) {
            rootAtLiveSize = running.root();
        }
        for (long from = 0; from < storedSize; from += ENTRY_PAGE) {
            int want = (int) Math.min(ENTRY_PAGE, storedSize - from);
            for (LedgerEntry entry : storage.entries(from, want)) {
                if (entry.index() < position || entry.index() >= storedSize) {
                    LOG.warn("Ledger storage returned entry {} out of order; ignored", entry.index());
                    continue;
                }
                skipMissingUpTo(entry.index());
                checkEntry(entry, live.treeSize());
                position = entry.index() + 1;
                if (position == live.treeSize()) {
                    rootAtLiveSize = running.root();
                }
                checkHeadsUpTo(position);
            }
        }
        skipMissingUpTo(storedSize);
        finish(live, started);
        return report.took(Duration.ofNanos(System.nanoTime() - t0)).build();
    }

    private void skipMissingUpTo(long index) {
        while (position < index) {
            report.mismatch(new EntryMismatch(position, null, null, Problem.ENTRY_MISSING,
                    "no entry is stored at this index although later entries are"));
            if (firstMissing < 0) {
                firstMissing = position;
            }
            position++;
            checkHeadsUpTo(position);
        }
    }

    private void checkEntry(LedgerEntry entry, long liveSize) {
        report.entryChecked();
        Sha256 computed = entry.computeLeafHash();
        if (!computed.equals(entry.leafHash())) {
            report.mismatch(new EntryMismatch(entry.index(), entry.kind(), entry.subjectRef(),
                    Problem.LEAF_HASH_MISMATCH, "the stored fields hash to " + computed + " but the stored leaf hash is "
                    + entry.leafHash()));
        }
        if (entry.index() >= liveSize) {
            report.mismatch(new EntryMismatch(entry.index(), entry.kind(), entry.subjectRef(),
                    Problem.UNEXPECTED_ENTRY, "the ledger's tree ends at " + liveSize
                    + " entries; this row was not appended by the ledger"));
        }
        running.pushLeaf(computed);
        checkContent(entry);
    }

    private void checkContent(LedgerEntry entry) {
        ContentVerifier verifier = verifiers.get(entry.kind());
        if (verifier == null) {
            report.contentNotChecked(entry.kind());
            return;
        }
        Optional<Sha256> current;
        try {
            current = verifier.currentDigest(entry.subjectRef(), entry.kind());
        } catch (RuntimeException e) {
            report.contentError();
            if (kindsWithErrors.add(entry.kind())) {
                LOG.warn("Content verifier for {} failed on entry {} ({}); further failures of this kind are logged "
                        + "at debug level and counted in the report", entry.kind(), entry.index(), entry.subjectRef(), e);
            } else {
                LOG.debug("Content verifier for {} failed on entry {} ({})", entry.kind(), entry.index(),
                        entry.subjectRef(), e);
            }
            return;
        }
        if (current.isPresent() && current.get().equals(entry.contentDigest())) {
            report.contentChecked();
            return;
        }
        if (supersededByLaterEntry(entry)) {
            report.contentSuperseded();
            return;
        }
        if (current.isEmpty()) {
            report.mismatch(new EntryMismatch(entry.index(), entry.kind(), entry.subjectRef(), Problem.CONTENT_MISSING,
                    "the business record no longer exists; the entry recorded digest " + entry.contentDigest()));
        } else {
            report.mismatch(new EntryMismatch(entry.index(), entry.kind(), entry.subjectRef(), Problem.CONTENT_CHANGED,
                    "the entry recorded digest " + entry.contentDigest() + " but the business record now digests to "
                            + current.get()));
        }
    }

    private boolean supersededByLaterEntry(LedgerEntry entry) {
        return storage.entriesForSubject(entry.subjectRef()).stream()
                .anyMatch(e -> e.index() > entry.index() && e.index() < storedSize
                        && e.kind().equals(entry.kind()) && e.subjectRef().equals(entry.subjectRef()));
    }

    private void checkHeadsUpTo(long size) {
        SignedTreeHead head;
        while ((head = peekHead()) != null && head.treeSize() <= size) {
            headPage.removeFirst();
            checkHead(head, size);
        }
    }

    private void checkHead(SignedTreeHead head, long size) {
        report.treeHeadChecked();
        if (!head.keyId().equals(keyId)) {
            fail(head, Reason.UNKNOWN_KEY, "signed by key " + head.keyId() + ", the ledger's key is " + keyId);
        } else if (!head.verifySignature(publicKey)) {
            fail(head, Reason.BAD_SIGNATURE, "the signature does not verify with the ledger key");
        } else if (head.treeSize() < size) {
            fail(head, Reason.ROOT_MISMATCH, "out of order in storage; not checked");
        } else if (firstMissing >= 0) {
            fail(head, Reason.ROOT_MISMATCH, "cannot be recomputed: entry " + firstMissing + " is missing");
        } else if (!running.root().equals(head.rootHash())) {
            fail(head, Reason.ROOT_MISMATCH, "the stored entries give root " + running.root() + "; an entry with index "
                    + lastGoodHeadSize + " to " + (head.treeSize() - 1) + " (after the last matching head) was changed");
        } else {
            lastGoodHeadSize = head.treeSize();
        }
    }

    private void fail(SignedTreeHead head, Reason reason, String detail) {
        report.treeHeadFailed(new TreeHeadFailure(head.treeSize(), head.timestamp(), reason, detail));
    }

    private SignedTreeHead peekHead() {
        if (headPage.isEmpty() && !headsExhausted) {
            List<SignedTreeHead> page = storage.treeHeads(nextHeadSize, HEAD_PAGE);
            headPage.addAll(page);
            if (page.size() < HEAD_PAGE) {
                headsExhausted = true;
            }
            if (!page.isEmpty()) {
                nextHeadSize = page.get(page.size() - 1).treeSize() + 1;
            }
        }
        return headPage.peekFirst();
    }

    private void finish(TreeHead live, Instant started) {
        SignedTreeHead head;
        long cutOffAt = -1;
        while ((head = peekHead()) != null) {
            headPage.removeFirst();
            report.treeHeadChecked();
            cutOffAt = cutOffAt < 0 ? position : cutOffAt;
            fail(head, Reason.BEYOND_END, "covers " + head.treeSize() + " entries but only " + position + " are stored");
        }
        if (cutOffAt >= 0) {
            report.mismatch(new EntryMismatch(cutOffAt, null, null, Problem.ENTRY_MISSING,
                    "the tail was cut off: a signed head covers this entry but storage ends before it"));
        }
        if (live.treeSize() > position) {
            report.treeHeadFailed(new TreeHeadFailure(live.treeSize(), started, Reason.LIVE_ROOT_MISMATCH,
                    "the running ledger holds " + live.treeSize() + " entries but only " + position + " are stored"));
            if (cutOffAt < 0) {
                report.mismatch(new EntryMismatch(position, null, null, Problem.ENTRY_MISSING,
                        "the tail was cut off while the hub ran: the ledger appended this entry but storage ends before it"));
            }
        } else if (firstMissing < 0 && !live.rootHash().equals(rootAtLiveSize)) {
            report.treeHeadFailed(new TreeHeadFailure(live.treeSize(), started, Reason.LIVE_ROOT_MISMATCH,
                    "the stored entries give another root than the tree the running ledger built; an entry with index "
                            + lastGoodHeadSize + " to " + (live.treeSize() - 1) + " was changed"));
        }
    }
}
