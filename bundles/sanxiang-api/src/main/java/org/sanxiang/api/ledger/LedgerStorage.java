package org.sanxiang.api.ledger;

import java.util.List;
import java.util.Optional;

/**
 * Where the ledger keeps its entries and signed tree heads (账本存储) — implemented by the store bundle
 * over SQL (table layout in the ledger bundle's README). The ledger is the only writer: it calls
 * {@link #append} from one thread at a time with gap-free indices. Every method reads or writes committed
 * data in its own transaction; nothing here takes part in a caller's business transaction.
 *
 * <p>Reads take their rows as stored, without validating them: a tampered or missing row must come back
 * tampered or missing so that verification can name it.
 */
public interface LedgerStorage {

    /**
     * Inserts {@code entry}. Durable when it returns. Must fail (throw) if an entry with the same index
     * already exists; must never overwrite one.
     */
    void append(LedgerEntry entry);

    /** One more than the highest stored index; 0 when there is none ({@code COALESCE(MAX(idx) + 1, 0)}). */
    long size();

    /**
     * The entries whose index lies in {@code [fromIndex, fromIndex + maxCount)}, ascending by index. A
     * missing row is simply absent from the list (select by index range, not by offset).
     */
    List<LedgerEntry> entries(long fromIndex, int maxCount);

    /**
     * The stored leaf hashes of the entries whose index lies in {@code [fromIndex, fromIndex + maxCount)},
     * ascending by index; a missing row is absent, so the list is shorter.
     */
    List<Sha256> leafHashes(long fromIndex, int maxCount);

    /** Every entry whose {@code subjectRef} equals the argument, ascending by index. */
    List<LedgerEntry> entriesForSubject(String subjectRef);

    /**
     * Inserts a signed tree head. There is at most one head per tree size: must fail (throw) if a head of
     * the same size is already stored.
     */
    void saveTreeHead(SignedTreeHead head);

    /** The heads whose tree size is at least {@code fromTreeSize}, ascending by tree size, at most {@code maxCount}. */
    List<SignedTreeHead> treeHeads(long fromTreeSize, int maxCount);

    /** The head with the largest tree size. */
    Optional<SignedTreeHead> latestTreeHead();
}
