package org.sanxiang.records.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.health.HealthStatus;
import org.sanxiang.api.records.IntegrityRun;

/** The background integrity verification (issue 20, R-R2): progress, result, health, one run at a time, schedule. */
class IntegrityWatchServiceTest {

    @TempDir
    Path dir;

    private IntegrityWatchService watch;

    @AfterEach
    void close() {
        if (watch != null) {
            watch.close();
        }
    }

    /** Waits for a condition the background thread brings about (bounded: a broken watch fails, never hangs). */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "condition not met within 30 s");
            Thread.sleep(20);
        }
    }

    private IntegrityRun finishedAfter(IntegrityRun previous) throws InterruptedException {
        await(() -> watch.last().isPresent() && watch.last().get() != previous);
        return watch.last().get();
    }

    @Test
    void aChangedFileIsNamedTheHealthGoesDownAndAnIntactRunBringsItBack() throws Exception {
        FileEvidenceStore store = new FileEvidenceStore(dir);
        String a = store.put(new ByteArrayInputStream("询问笔录".getBytes(StandardCharsets.UTF_8))).sha256();
        store.put(new ByteArrayInputStream("现场检查视频".getBytes(StandardCharsets.UTF_8)));
        watch = new IntegrityWatchService((sample, p) -> store.verify(Set.of(), sample, p), () -> null);
        watch.configure("", 200);
        assertTrue(watch.nextScheduled().isEmpty(), "the schedule is off");
        assertTrue(watch.health().check().isUp());

        assertTrue(watch.start(false, "ops"));
        IntegrityRun first = finishedAfter(null);
        assertEquals("DONE", first.phase());
        assertEquals(2, first.filesDone());
        assertEquals(2, first.filesTotal());
        assertNull(first.ledgerIntact(), "the ledger is not running: not verified, and not passed");
        assertFalse(first.intact());
        assertFalse(first.tampered());
        assertEquals("ops", first.startedBy());
        assertTrue(watch.health().check().isUp());

        Path file = store.path(a);
        file.toFile().setWritable(true);
        Files.writeString(file, "询问笔录(改)", StandardCharsets.UTF_8);
        assertTrue(watch.start(false, "ops"));
        IntegrityRun second = finishedAfter(first);
        assertTrue(second.tampered());
        assertEquals(1, second.filesChanged());
        assertTrue(second.problems().get(0).startsWith(a + " CHANGED"), second.problems().toString());
        HealthStatus down = watch.health().check();
        assertFalse(down.isUp());
        assertTrue(down.detail().contains(a), down.detail());

        Files.writeString(file, "询问笔录", StandardCharsets.UTF_8);
        assertTrue(watch.start(true, "ops"));
        IntegrityRun third = finishedAfter(second);
        assertTrue(third.quick());
        assertFalse(third.tampered());
        assertTrue(watch.health().check().isUp());
    }

    @Test
    void oneRunAtATimeWithItsProgressVisibleWhileItRuns() throws Exception {
        CountDownLatch hashed = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        watch = new IntegrityWatchService((sample, p) -> {
            p.listed(3);
            p.hashed(1000);
            hashed.countDown();
            try {
                proceed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.hashed(10);
            p.hashed(10);
            return new org.sanxiang.api.records.EvidenceStore.Verification(3, 1020, 0, 0, java.util.List.of(), false,
                    java.time.Duration.ZERO);
        }, () -> null);
        watch.configure("", 200);
        assertTrue(watch.start(false, "ops"));
        assertTrue(hashed.await(30, TimeUnit.SECONDS));
        IntegrityRun now = watch.running().orElseThrow();
        assertEquals("FILES", now.phase());
        assertEquals(1, now.filesDone());
        assertEquals(3, now.filesTotal());
        assertEquals(1000, now.bytesDone());
        assertFalse(now.finished());
        assertFalse(watch.start(false, "another"), "a second run is not started while one runs");
        proceed.countDown();
        IntegrityRun done = finishedAfter(null);
        assertEquals(3, done.filesDone());
        assertEquals("ops", done.startedBy());
        assertTrue(watch.running().isEmpty());
    }

    @Test
    void theScheduleRunsByItselfAndABadIntervalIsNamed() throws Exception {
        FileEvidenceStore store = new FileEvidenceStore(dir);
        store.put(new ByteArrayInputStream("立案审批表".getBytes(StandardCharsets.UTF_8)));
        watch = new IntegrityWatchService((sample, p) -> store.verify(Set.of(), sample, p), () -> null);
        String problem = watch.configure("every day", 200);
        assertTrue(problem != null && problem.contains("every day"), problem);
        assertTrue(watch.nextScheduled().isPresent(), "a bad value falls back to every 24 h, never to off");
        assertNull(watch.configure("PT0.2S", 200));
        IntegrityRun run = finishedAfter(null);
        assertEquals(IntegrityWatchService.SCHEDULE, run.startedBy());
        assertEquals(1, run.filesDone());
        assertTrue(watch.nextScheduled().isPresent());
    }
}
