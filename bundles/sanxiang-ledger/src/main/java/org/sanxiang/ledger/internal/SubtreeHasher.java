package org.sanxiang.ledger.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.api.ledger.LedgerIntegrityException;
import org.sanxiang.api.ledger.LedgerStorage;
import org.sanxiang.api.ledger.Sha256;

/**
 * Computes {@code MTH(D[a:b])} for the subtrees a proof needs, from the {@link BlockCache} where whole
 * blocks are covered and from stored leaf hashes for the rest. One instance serves one proof: it keeps the
 * leaf blocks it read.
 */
final class SubtreeHasher {

    private final LedgerStorage storage;
    private final BlockCache blocks;
    private final Map<Long, List<Sha256>> leafBlocks = new HashMap<>();

    SubtreeHasher(LedgerStorage storage, BlockCache blocks) {
        this.storage = storage;
        this.blocks = blocks;
    }

    /** MTH of leaves {@code [a, b)}; {@code b} must not exceed the ledger's size. */
    Sha256 hash(long a, long b) {
        CompactRange range = new CompactRange();
        boolean aligned = a % BlockCache.BLOCK == 0;
        long cached = blocks.count();
        long pos = a;
        while (pos < b) {
            long block = pos / BlockCache.BLOCK;
            if (aligned && pos % BlockCache.BLOCK == 0 && pos + BlockCache.BLOCK <= b && block < cached) {
                range.push(blocks.get(block), BlockCache.BLOCK);
                pos += BlockCache.BLOCK;
            } else {
                List<Sha256> leaves = leafBlock(block);
                int from = (int) (pos - block * BlockCache.BLOCK);
                int to = (int) (Math.min(b, (block + 1) * BlockCache.BLOCK) - block * BlockCache.BLOCK);
                if (leaves.size() < to) {
                    throw new LedgerIntegrityException("ledger storage returned " + leaves.size()
                            + " leaf hashes for block " + block + ", needed " + to + ": entries are missing");
                }
                for (int i = from; i < to; i++) {
                    range.pushLeaf(leaves.get(i));
                }
                pos = block * BlockCache.BLOCK + to;
            }
        }
        return range.root();
    }

    private List<Sha256> leafBlock(long block) {
        return leafBlocks.computeIfAbsent(block,
                k -> storage.leafHashes(k * BlockCache.BLOCK, BlockCache.BLOCK));
    }
}
