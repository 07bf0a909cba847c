package org.sanxiang.api.ledger;

import java.util.List;

/**
 * A consistency proof (一致性证明) per RFC 9162 §2.1.4.1: the nodes that show that the tree of
 * {@code firstSize} leaves is a prefix of the tree of {@code secondSize} leaves — nothing signed earlier
 * was changed, removed or reordered. Check it with
 * {@link MerkleProofs#verifyConsistency(ConsistencyProof, Sha256, Sha256)}.
 */
public record ConsistencyProof(long firstSize, long secondSize, List<Sha256> path) {

    public ConsistencyProof {
        if (firstSize < 0 || secondSize < 0) {
            throw new IllegalArgumentException("sizes must not be negative");
        }
        path = List.copyOf(path);
    }
}
