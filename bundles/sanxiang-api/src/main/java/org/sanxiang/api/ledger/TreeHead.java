package org.sanxiang.api.ledger;

import java.util.Objects;

/**
 * The head of the tree (树头) at one size: the number of entries and the RFC 6962 Merkle Tree Hash over
 * them.
 */
public record TreeHead(long treeSize, Sha256 rootHash) {

    public TreeHead {
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize must not be negative: " + treeSize);
        }
        Objects.requireNonNull(rootHash, "rootHash");
    }
}
