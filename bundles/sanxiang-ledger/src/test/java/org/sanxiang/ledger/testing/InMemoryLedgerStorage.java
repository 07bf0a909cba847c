package org.sanxiang.ledger.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerStorage;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;

/**
 * {@link LedgerStorage} in memory, with the contract of the SQL one (rows keyed by index, range reads,
 * duplicate keys refused) and back doors to tamper with rows as someone with database access could.
 */
public final class InMemoryLedgerStorage implements LedgerStorage {

    private final NavigableMap<Long, LedgerEntry> entries = new TreeMap<>();
    private final NavigableMap<Long, SignedTreeHead> heads = new TreeMap<>();
    private final AtomicInteger failNextAppends = new AtomicInteger();
    private volatile boolean commitFailingAppends;

    @Override
    public synchronized void append(LedgerEntry entry) {
        if (failNextAppends.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            if (commitFailingAppends) {
                entries.put(entry.index(), entry);
            }
            throw new IllegalStateException("simulated storage failure");
        }
        if (entries.containsKey(entry.index())) {
            throw new IllegalStateException("duplicate key idx=" + entry.index());
        }
        entries.put(entry.index(), entry);
    }

    @Override
    public synchronized long size() {
        return entries.isEmpty() ? 0 : entries.lastKey() + 1;
    }

    @Override
    public synchronized List<LedgerEntry> entries(long fromIndex, int maxCount) {
        return new ArrayList<>(entries.subMap(fromIndex, true, fromIndex + maxCount, false).values());
    }

    @Override
    public synchronized List<Sha256> leafHashes(long fromIndex, int maxCount) {
        List<Sha256> out = new ArrayList<>(maxCount);
        entries.subMap(fromIndex, true, fromIndex + maxCount, false).values().forEach(e -> out.add(e.leafHash()));
        return out;
    }

    @Override
    public synchronized List<LedgerEntry> entriesForSubject(String subjectRef) {
        return entries.values().stream().filter(e -> e.subjectRef().equals(subjectRef)).toList();
    }

    @Override
    public synchronized void saveTreeHead(SignedTreeHead head) {
        if (heads.containsKey(head.treeSize())) {
            throw new IllegalStateException("duplicate key tree_size=" + head.treeSize());
        }
        heads.put(head.treeSize(), head);
    }

    @Override
    public synchronized List<SignedTreeHead> treeHeads(long fromTreeSize, int maxCount) {
        return heads.tailMap(fromTreeSize, true).values().stream().limit(maxCount).toList();
    }

    @Override
    public synchronized Optional<SignedTreeHead> latestTreeHead() {
        return Optional.ofNullable(heads.lastEntry()).map(Map.Entry::getValue);
    }

    // ---- back doors -------------------------------------------------------------------------------

    /** Overwrites the row at {@code entry.index()} as an UPDATE behind the hub's back would. */
    public synchronized void overwrite(LedgerEntry entry) {
        entries.put(entry.index(), entry);
    }

    public synchronized void delete(long index) {
        entries.remove(index);
    }

    /** Deletes every entry from {@code fromIndex} on. */
    public synchronized void truncate(long fromIndex) {
        entries.tailMap(fromIndex, true).clear();
    }

    public synchronized void overwriteHead(SignedTreeHead head) {
        heads.put(head.treeSize(), head);
    }

    public synchronized LedgerEntry get(long index) {
        return entries.get(index);
    }

    /** The next {@code count} appends throw; with {@code commitAnyway} the row is stored all the same. */
    public void failNextAppends(int count, boolean commitAnyway) {
        commitFailingAppends = commitAnyway;
        failNextAppends.set(count);
    }
}
