package org.sanxiang.api.ledger;

import java.util.List;

/**
 * An inclusion proof (audit path, 包含证明) per RFC 9162 §2.1.3.1: the sibling hashes from the leaf up to
 * the root of the tree of {@code treeSize} leaves. Check it with
 * {@link MerkleProofs#verifyInclusion(Sha256, InclusionProof, Sha256)}.
 */
public record InclusionProof(long leafIndex, long treeSize, List<Sha256> path) {

    public InclusionProof {
        if (leafIndex < 0 || treeSize < 0) {
            throw new IllegalArgumentException("leafIndex and treeSize must not be negative");
        }
        path = List.copyOf(path);
    }
}
