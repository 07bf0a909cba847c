package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.Test;
import org.sanxiang.simulators.recorder.DropStation;
import org.sanxiang.simulators.recorder.Media;
import org.sanxiang.simulators.recorder.Recording;

/**
 * Benchmark, not a test (profile {@code bench}: {@code mvn -B verify -pl itests -Pbench
 * -Dit.test=RecorderIngestBench}): the distribution runs in its own process, a recording of
 * {@code -Drecorder.bench.mib} MiB (default 2048) is dropped, and the time from the completion marker to the
 * receipt is printed as throughput next to {@code sha256sum} of the same file, with the peak resident memory
 * of the hub's JVM. {@code -Drecorder.bench.heap=256M} caps the hub's heap ({@code -Xmx}). It asserts only that
 * the recording was stored and linked with the right hash.
 */
public class RecorderIngestBench {

    @Test
    public void ingestOfALargeRecording() throws Exception {
        long size = Long.getLong("recorder.bench.mib", 2048) << 20;
        String heap = System.getProperty("recorder.bench.heap", "");
        Path work = Path.of("target/recorder-bench-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        try (StandaloneHub hub = new StandaloneHub(work, heap.isBlank() ? null : heap)) {
            hub.start();
            String caseNumber = hub.seedCase();
            Path staged = Files.createDirectories(work.resolve("station")).resolve("DSJBENCH_0001.mp4");
            Media.write(staged, size, 7);
            String[] sum = StandaloneHub.sha256sum(staged);
            // the peers of the same file in the same run: the station's MD5 (md5sum) and a copy written to disk and
            // forced (cp, then sync of the copy) — the hub does both (and SHA-256) before it answers
            long md5Ms = timed(staged.getParent(), "md5sum", staged.toString());
            Path copy = staged.resolveSibling("copy.mp4");
            long copyMs = timed(staged.getParent(), "sh", "-c", "cp '" + staged + "' '" + copy + "' && sync '" + copy + "'");
            Files.delete(copy);
            Recording r = new Recording().caseNumber(caseNumber).fileName("DSJBENCH_0001.mp4");
            r.deviceSerial = StandaloneHub.DEVICE;
            r.deviceOfficerNumber = "C00001";
            r.officerName = "周检查";
            r.fileSize = size;
            r.stationFileId = "BENCH-0001";
            long rssBefore = hub.peakRssMib();
            if (!heap.isBlank()) {
                assertEquals("the hub runs with the requested heap cap", "-Xmx" + heap, hub.heapCap());
            }
            DropStation station = new DropStation(hub.drop);
            Files.move(staged, hub.drop.resolve("DSJBENCH_0001.mp4"));
            Files.write(hub.drop.resolve("DSJBENCH_0001.xml"), r.xml());
            long t0 = System.nanoTime();
            station.mark("DSJBENCH_0001");
            await("the receipt of DSJBENCH_0001").atMost(Duration.ofMinutes(30))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .until(() -> station.receipt("DSJBENCH_0001") != null);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String receipt = station.receipt("DSJBENCH_0001");
            assertTrue(receipt, receipt.contains("<status>LINKED</status>") && receipt.contains(sum[0]));
            assertEquals(1, hub.count("SELECT COUNT(*) FROM sx_rec_media WHERE sha256 = '" + sum[0] + "'"));
            long peak = hub.peakRssMib();
            double mib = size / 1048576.0;
            System.out.printf("recorder ingest bench: %.0f MiB, hub heap cap %s%n", mib, hub.heapCap());
            System.out.printf("  hub ingest (marker to receipt, incl. poll delay up to 0.5 s): %d ms = %.0f MiB/s%n", ms,
                    mib * 1000 / ms);
            System.out.printf("  sha256sum of the same file:                                  %s ms = %.0f MiB/s%n",
                    sum[1], mib * 1000 / Long.parseLong(sum[1]));
            System.out.printf("  md5sum of the same file:                                     %d ms = %.0f MiB/s%n",
                    md5Ms, mib * 1000 / md5Ms);
            System.out.printf("  cp + sync of the same file:                                  %d ms = %.0f MiB/s%n",
                    copyMs, mib * 1000 / copyMs);
            System.out.printf("  hub / sha256sum %.2f, hub / slowest peer %.2f%n", (double) Long.parseLong(sum[1]) / ms,
                    (double) Math.max(Long.parseLong(sum[1]), Math.max(md5Ms, copyMs)) / ms);
            System.out.printf("  hub JVM peak RSS (VmHWM): %d MiB before the file, %d MiB after%n", rssBefore, peak);
            String bench = "recorder-ingest";
            BenchReport.begin(bench);
            String file = String.format(java.util.Locale.ROOT, "%.0f MiB file", mib);
            double hubRate = mib * 1000 / ms;
            BenchReport.add(bench, "ingest, marker to receipt (MD5 + SHA-256 + store), " + file, hubRate, "MiB/s",
                    "sha256sum", mib * 1000 / Long.parseLong(sum[1]), ">= 0.9x sha256sum");
            BenchReport.add(bench, "ingest, " + file, hubRate, "MiB/s", "md5sum", mib * 1000 / md5Ms, "");
            BenchReport.add(bench, "ingest, " + file, hubRate, "MiB/s", "cp + sync", mib * 1000 / copyMs, "");
            BenchReport.add(bench, "hub peak RSS after the file (heap " + hub.heapCap() + ")", peak, "MiB",
                    "peak RSS before the file", rssBefore, "flat (ratio ~1)");
        }
    }

    /** Milliseconds a command takes; fails when it fails. */
    private static long timed(Path dir, String... command) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(String.join(" ", command), 0, p.waitFor());
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
