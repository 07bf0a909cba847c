package org.sanxiang.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.ledger.testing.ReferenceMerkle;

class ConcurrentAppendTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 400;

    @TempDir
    Path keys;

    @Test
    void concurrentAppendsGetGapFreeIndicesAndOneConsistentTree() throws Exception {
        LedgerFixture f = new LedgerFixture(keys);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<LedgerEntry>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<List<LedgerEntry>> task = () -> {
                    start.await();
                    List<LedgerEntry> mine = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        mine.add(f.ledger.append(new LedgerAppend(LedgerKinds.ACCESS, "case:" + thread + "-" + i,
                                "worker-" + thread, Sha256.digest(new byte[] {(byte) thread, (byte) i}))));
                        if (i % 100 == 0) {
                            f.ledger.signHead();
                        }
                    }
                    return mine;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Long> indices = new ArrayList<>();
            for (Future<List<LedgerEntry>> r : results) {
                for (LedgerEntry e : r.get(60, TimeUnit.SECONDS)) {
                    indices.add(e.index());
                    assertEquals(e, f.storage.get(e.index()), "what append returned is what was stored");
                }
            }
            indices.sort(null);
            assertEquals(LongStream.range(0, THREADS * PER_THREAD).boxed().toList(), indices);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(THREADS * PER_THREAD, f.storage.size());
        assertEquals(HexFormat.of().formatHex(ReferenceMerkle.mth(f.referenceLeaves(THREADS * PER_THREAD))),
                f.ledger.head().rootHash().hex());
        assertTrue(f.ledger.verify().intact());
        List<LedgerEntry> stored = f.storage.entries(0, THREADS * PER_THREAD);
        for (int i = 1; i < stored.size(); i++) {
            assertTrue(!stored.get(i).appendedAt().isBefore(stored.get(i - 1).appendedAt()), "time never runs back");
        }
    }
}
