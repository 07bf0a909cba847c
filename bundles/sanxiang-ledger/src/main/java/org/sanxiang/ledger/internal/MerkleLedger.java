package org.sanxiang.ledger.internal;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.sanxiang.api.ledger.ConsistencyProof;
import org.sanxiang.api.ledger.InclusionProof;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerIntegrityException;
import org.sanxiang.api.ledger.LedgerStorage;
import org.sanxiang.api.ledger.LedgerVerification;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;
import org.sanxiang.api.ledger.TreeHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger itself, free of OSGi: the tree's right edge and the 256-leaf block hashes in memory, rebuilt
 * from the stored leaf hashes when it {@linkplain #open opens}; entries and heads in {@link LedgerStorage}.
 *
 * <p>Appends are serialised by one lock (the storage insert happens under it, so indices are gap-free and
 * the in-memory tree always equals the stored one). An insert that fails is remembered: before the next
 * append the ledger reads that index back and adopts the row only if it is exactly the entry it tried to
 * write (the insert committed although the call failed); any other row there was not written by this
 * ledger and marks it damaged.
 */
public final class MerkleLedger implements Ledger {

    private static final Logger LOG = LoggerFactory.getLogger(MerkleLedger.class);
    private static final int LEAF_PAGE = 10_000;

    private final LedgerStorage storage;
    private final ContentVerifierRegistry verifiers;
    private final Clock clock;
    private final ReentrantLock appendLock = new ReentrantLock();
    private final Object signLock = new Object();
    private final BlockCache blocks = new BlockCache();
    private final CompactRange frontier = new CompactRange(BlockCache.BLOCK, blocks::add);

    private volatile SigningKeys keys;
    private volatile String damage;
    private Instant lastAppendedAt = Instant.EPOCH;
    private LedgerEntry pending;
    private volatile Runnable beforeSigning = () -> { };

    private MerkleLedger(LedgerStorage storage, SigningKeys keys, ContentVerifierRegistry verifiers, Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.verifiers = Objects.requireNonNull(verifiers, "verifiers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens the ledger over {@code storage}: reads every stored leaf hash once to rebuild the tree's edge
     * and block hashes, and compares the result with the latest signed head. A gap, a tail shorter than
     * that head or a root that differs from it leaves the ledger open but damaged: it then reads, proves
     * and verifies, but refuses to append or sign.
     */
    public static MerkleLedger open(LedgerStorage storage, SigningKeys keys, ContentVerifierRegistry verifiers,
                                    Clock clock) {
        MerkleLedger ledger = new MerkleLedger(storage, keys, verifiers, clock);
        ledger.rebuild();
        return ledger;
    }

    private void rebuild() {
        long started = System.nanoTime();
        long size = storage.size();
        Optional<SignedTreeHead> latest = storage.latestTreeHead();
        long headSize = latest.map(SignedTreeHead::treeSize).orElse(-1L);
        Sha256 rootAtHead = headSize == 0 ? frontier.root() : null;
        for (long from = 0; from < size && damage == null; from += LEAF_PAGE) {
            int want = (int) Math.min(LEAF_PAGE, size - from);
            List<Sha256> page = storage.leafHashes(from, want);
            if (page.size() != want) {
                markDamaged("entries are missing: storage holds " + page.size() + " of the " + want
                        + " entries with index " + from + " to " + (from + want - 1));
                break;
            }
            for (Sha256 leaf : page) {
                frontier.pushLeaf(leaf);
                if (frontier.size() == headSize) {
                    rootAtHead = frontier.root();
                }
            }
        }
        if (damage == null && latest.isPresent()) {
            SignedTreeHead head = latest.get();
            if (head.treeSize() > size) {
                markDamaged("the tail was cut off: the latest signed head covers " + head.treeSize()
                        + " entries but only " + size + " are stored");
            } else if (!head.rootHash().equals(rootAtHead)) {
                markDamaged("the stored leaf hashes give root " + rootAtHead + " at size " + head.treeSize()
                        + " but the signed head says " + head.rootHash());
            }
        }
        if (size > 0 && damage == null) {
            storage.entries(size - 1, 1).forEach(e -> lastAppendedAt = e.appendedAt());
        }
        LOG.info("Ledger opened: {} entries, root {}, latest signed head {}, signing key {}; rebuilt in {} ms",
                frontier.size(), frontier.root(), latest.map(h -> String.valueOf(h.treeSize())).orElse("none"),
                keys.keyId(), (System.nanoTime() - started) / 1_000_000);
    }

    private void markDamaged(String reason) {
        if (damage == null) {
            damage = reason;
            LOG.error("Ledger storage is damaged ({}); appending and signing are refused until the ledger "
                    + "tables are restored. Run the ledger verification for details.", reason);
        }
    }

    private void checkDamage() {
        String d = damage;
        if (d != null) {
            throw new LedgerIntegrityException("the ledger is damaged: " + d);
        }
    }

    /** Why the ledger refuses to append and sign, if it does. */
    public Optional<String> damage() {
        return Optional.ofNullable(damage);
    }

    /** Switches to another key pair (a reconfigured key directory); heads signed before keep their key id. */
    public void useKeys(SigningKeys newKeys) {
        this.keys = Objects.requireNonNull(newKeys, "newKeys");
    }

    @Override
    public LedgerEntry append(LedgerAppend request) {
        Objects.requireNonNull(request, "request");
        appendLock.lock();
        try {
            checkDamage();
            if (pending != null) {
                resolvePending();
            }
            long index = frontier.size();
            Instant now = clock.instant();
            if (now.isBefore(lastAppendedAt)) {
                now = lastAppendedAt;
            }
            LedgerEntry entry = LedgerEntry.create(index, now, request);
            try {
                storage.append(entry);
            } catch (RuntimeException e) {
                pending = entry;
                throw e;
            }
            accept(entry);
            return entry;
        } finally {
            appendLock.unlock();
        }
    }

    private void accept(LedgerEntry entry) {
        frontier.pushLeaf(entry.leafHash());
        lastAppendedAt = entry.appendedAt();
    }

    private void resolvePending() {
        LedgerEntry tried = pending;
        List<LedgerEntry> stored = storage.entries(tried.index(), 1);
        pending = null;
        if (stored.isEmpty()) {
            return;
        }
        if (stored.get(0).equals(tried)) {
            LOG.warn("Ledger entry {} had been stored although its append reported an error; adopted it",
                    tried.index());
            accept(tried);
            return;
        }
        markDamaged("entry " + tried.index() + " was stored by someone other than this ledger");
        checkDamage();
    }

    @Override
    public TreeHead head() {
        appendLock.lock();
        try {
            return new TreeHead(frontier.size(), frontier.root());
        } finally {
            appendLock.unlock();
        }
    }

    private long size() {
        appendLock.lock();
        try {
            return frontier.size();
        } finally {
            appendLock.unlock();
        }
    }

    /**
     * What runs before each signing, outside the ledger's locks: the component takes what waits in the durable
     * intake, so that a head signed now covers every change recorded before.
     */
    void beforeSigning(Runnable hook) {
        this.beforeSigning = Objects.requireNonNull(hook, "hook");
    }

    @Override
    public SignedTreeHead signHead() {
        beforeSigning.run();
        synchronized (signLock) {
            checkDamage();
            TreeHead head = head();
            Optional<SignedTreeHead> latest = storage.latestTreeHead();
            Instant at = clock.instant();
            if (latest.isPresent()) {
                SignedTreeHead last = latest.get();
                if (last.treeSize() > head.treeSize()) {
                    markDamaged("a signed head covers " + last.treeSize() + " entries but the ledger holds "
                            + head.treeSize());
                    checkDamage();
                }
                if (last.treeSize() == head.treeSize()) {
                    if (last.rootHash().equals(head.rootHash())) {
                        return last;
                    }
                    markDamaged("the signed head of size " + last.treeSize() + " has another root than the ledger");
                    checkDamage();
                }
                if (at.isBefore(last.timestamp())) {
                    at = last.timestamp();
                }
            }
            SignedTreeHead signed = keys.sign(head, at);
            storage.saveTreeHead(signed);
            LOG.info("Ledger tree head signed: size {}, root {}, key {}", signed.treeSize(), signed.rootHash(),
                    signed.keyId());
            return signed;
        }
    }

    /** Signs a new head when the tree has grown since the latest one (or none was ever signed). */
    public Optional<SignedTreeHead> signIfGrown() {
        long signedSize = storage.latestTreeHead().map(SignedTreeHead::treeSize).orElse(-1L);
        if (size() > signedSize) {
            return Optional.of(signHead());
        }
        return Optional.empty();
    }

    @Override
    public Optional<SignedTreeHead> latestSignedHead() {
        return storage.latestTreeHead();
    }

    @Override
    public InclusionProof inclusionProof(long index, long treeSize) {
        long size = size();
        if (index < 0 || index >= treeSize || treeSize > size) {
            throw new IllegalArgumentException("an inclusion proof needs 0 <= index < treeSize <= " + size
                    + ", got index " + index + ", treeSize " + treeSize);
        }
        return new InclusionProof(index, treeSize,
                ProofBuilder.inclusionPath(index, treeSize, new SubtreeHasher(storage, blocks)));
    }

    @Override
    public ConsistencyProof consistencyProof(long firstSize, long secondSize) {
        long size = size();
        if (firstSize < 1 || firstSize > secondSize || secondSize > size) {
            throw new IllegalArgumentException("a consistency proof needs 1 <= firstSize <= secondSize <= " + size
                    + ", got " + firstSize + " and " + secondSize);
        }
        return new ConsistencyProof(firstSize, secondSize,
                ProofBuilder.consistencyPath(firstSize, secondSize, new SubtreeHasher(storage, blocks)));
    }

    @Override
    public LedgerVerification verify() {
        TreeHead live;
        long storedSize;
        appendLock.lock();
        try {
            live = new TreeHead(frontier.size(), frontier.root());
            storedSize = storage.size();
        } finally {
            appendLock.unlock();
        }
        LedgerVerification report = new LedgerVerifier(storage, keys.publicKey(), keys.keyId(),
                verifiers.snapshot(), clock).run(live, storedSize);
        if (report.intact()) {
            LOG.info("Ledger verification: {}", report.summary());
        } else {
            LOG.error("Ledger verification: {}", report.summary());
        }
        return report;
    }

    @Override
    public Optional<LedgerEntry> entry(long index) {
        if (index < 0) {
            return Optional.empty();
        }
        return storage.entries(index, 1).stream().filter(e -> e.index() == index).findFirst();
    }

    @Override
    public List<LedgerEntry> entriesFor(String subjectRef) {
        Objects.requireNonNull(subjectRef, "subjectRef");
        return storage.entriesForSubject(subjectRef).stream().filter(e -> e.subjectRef().equals(subjectRef)).toList();
    }

    @Override
    public PublicKey signingKey() {
        return keys.publicKey();
    }

    @Override
    public String signingKeyId() {
        return keys.keyId();
    }
}
