package org.sanxiang.ledger.internal;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.api.ledger.Sha256;

/**
 * The hashes of every complete, aligned block of {@value #BLOCK} leaves (leaves {@code [i*256, (i+1)*256)}),
 * kept in memory so that a proof needs no more than one block of leaf hashes from storage per subtree edge:
 * 32 bytes per 256 entries, 125 KiB at a million entries. Blocks are only ever added; thread-safe.
 */
final class BlockCache {

    static final int BLOCK = 256;

    private final List<Sha256> blocks = new ArrayList<>();

    synchronized void add(Sha256 blockHash) {
        blocks.add(blockHash);
    }

    synchronized int count() {
        return blocks.size();
    }

    synchronized Sha256 get(long blockIndex) {
        return blocks.get((int) blockIndex);
    }
}
