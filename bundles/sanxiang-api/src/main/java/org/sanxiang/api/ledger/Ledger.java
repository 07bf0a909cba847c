package org.sanxiang.api.ledger;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * The tamper-evident ledger (防篡改账本, R-R5): an append-only RFC 6962 Merkle log of the hub's records,
 * with Ed25519-signed tree heads, inclusion and consistency proofs, and a self-check against the heads
 * and the business rows.
 *
 * <p>Append after the business change has committed; the ledger entry is written in its own transaction.
 */
public interface Ledger {

    /**
     * Appends an entry and returns it with its index, time and leaf hash. Thread-safe; indices are
     * gap-free in the order appends complete.
     *
     * @throws LedgerIntegrityException when the stored ledger was found damaged
     */
    LedgerEntry append(LedgerAppend request);

    /** The current head (size and root), unsigned. */
    TreeHead head();

    /**
     * Signs the current head and stores it; returns the stored head unchanged when the tree has not grown
     * since the latest signed head.
     *
     * @throws LedgerIntegrityException when the stored ledger was found damaged
     */
    SignedTreeHead signHead();

    /** The signed head with the largest tree size, if any head was signed. */
    Optional<SignedTreeHead> latestSignedHead();

    /**
     * The audit path of entry {@code index} in the tree of the first {@code treeSize} entries.
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < treeSize <= head().treeSize()}
     */
    InclusionProof inclusionProof(long index, long treeSize);

    /**
     * The proof that the tree of {@code firstSize} entries is a prefix of the tree of {@code secondSize}.
     *
     * @throws IllegalArgumentException unless {@code 1 <= firstSize <= secondSize <= head().treeSize()}
     */
    ConsistencyProof consistencyProof(long firstSize, long secondSize);

    /** Reads every stored entry and head and reports what no longer matches; does not change anything. */
    LedgerVerification verify();

    Optional<LedgerEntry> entry(long index);

    /** Every entry about {@code subjectRef} (exact match), ascending by index. */
    List<LedgerEntry> entriesFor(String subjectRef);

    /** The Ed25519 public key that verifies the signed heads (X.509 encoding via {@link PublicKey#getEncoded()}). */
    PublicKey signingKey();

    /** Hex SHA-256 of {@link #signingKey()}'s X.509 encoding, as carried by every {@link SignedTreeHead}. */
    String signingKeyId();
}
