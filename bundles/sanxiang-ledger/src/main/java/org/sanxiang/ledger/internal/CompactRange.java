package org.sanxiang.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.sanxiang.api.ledger.MerkleProofs;
import org.sanxiang.api.ledger.Sha256;

/**
 * The right edge ("frontier") of an RFC 6962 tree over a range of leaves that starts at a multiple of a
 * large power of two: one hash per perfect subtree, one subtree per set bit of the size, largest first.
 * Appending a leaf costs one hash plus one per carry (amortised two); the root is the right fold of the
 * subtrees, {@code log2(size)} hashes. Not thread-safe.
 */
final class CompactRange {

    private final List<Sha256> hashes = new ArrayList<>(64);
    private final long watchedSize;
    private final Consumer<Sha256> onWatchedNode;
    private long size;

    CompactRange() {
        this(0, null);
    }

    /**
     * @param watchedSize a power of two above 1; {@code onWatchedNode} receives every perfect subtree of
     *        exactly that size that appending completes, in order
     */
    CompactRange(long watchedSize, Consumer<Sha256> onWatchedNode) {
        this.watchedSize = watchedSize;
        this.onWatchedNode = onWatchedNode;
    }

    long size() {
        return size;
    }

    void pushLeaf(Sha256 leafHash) {
        push(leafHash, 1);
    }

    /**
     * Appends a perfect subtree of {@code nodeSize} leaves (a power of two no larger than the smallest
     * subtree held, so that the range stays aligned).
     */
    void push(Sha256 hash, long nodeSize) {
        if (Long.bitCount(nodeSize) != 1 || (size & (nodeSize - 1)) != 0) {
            throw new IllegalArgumentException("cannot append a subtree of " + nodeSize + " leaves after " + size);
        }
        Sha256 h = hash;
        long width = nodeSize;
        while ((size & width) != 0) {
            h = MerkleProofs.nodeHash(hashes.remove(hashes.size() - 1), h);
            width <<= 1;
            if (width == watchedSize && onWatchedNode != null) {
                onWatchedNode.accept(h);
            }
        }
        hashes.add(h);
        size += nodeSize;
    }

    /** The Merkle Tree Hash of the range: SHA-256 of nothing when empty. */
    Sha256 root() {
        if (hashes.isEmpty()) {
            return MerkleProofs.emptyTreeHash();
        }
        Sha256 h = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            h = MerkleProofs.nodeHash(hashes.get(i), h);
        }
        return h;
    }
}
