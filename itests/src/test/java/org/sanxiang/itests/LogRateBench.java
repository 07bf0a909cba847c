package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.Test;
import org.sanxiang.routes.common.PasswordHash;

/**
 * Benchmark, not a test (profile {@code bench}: {@code mvn -B verify -pl itests -Pbench -Dit.test=LogRateBench}):
 * how many lines the distribution writes to {@code data/log/karaf.log} a minute while idle and while answering
 * SOAP calls as fast as one caller can ({@code -Dlog.bench.seconds}, default 60, for each phase). The target of an
 * idle hub is under 10 lines a minute. It asserts only that the calls were answered.
 */
public class LogRateBench {

    private static final String CLIENT = "bench-status";
    private static final String PASSWORD = "bench-status-pw";

    @Test
    public void linesAMinuteIdleAndUnderLoad() throws Exception {
        int seconds = Integer.getInteger("log.bench.seconds", 60);
        Path work = Path.of("target/log-bench-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        try (StandaloneHub hub = new StandaloneHub(work, null)) {
            hub.set("etc/org.sanxiang.clients.cfg", "client." + CLIENT,
                    "status;" + PasswordHash.hash(PASSWORD.toCharArray(), 10_000));
            hub.start();
            // time windows, not conditions (nothing marks the boot's last line, the idle phase is a length of time):
            // each one also checks that the hub stays up through it
            window("20 s after the boot, for its last lines", hub, Duration.ofSeconds(20));
            Path log = hub.home.resolve("data/log/karaf.log");
            long idle = lines(log);
            window("the idle phase", hub, Duration.ofSeconds(seconds));
            long idleLines = lines(log) - idle;

            long start = lines(log);
            long calls = 0;
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                String body = "<p:requestId>bench-" + calls + "-" + UUID.randomUUID().toString().substring(0, 8)
                        + "</p:requestId>";
                assertEquals(200, hub.soap("/cxf/hub/status", "urn:sanxiang:hub-status:v1", CLIENT, PASSWORD,
                        "GetStatus", body).status());
                calls++;
            }
            // a window again: 2 s for what the last calls log after their answer
            window("2 s after the load, for its last lines", hub, Duration.ofSeconds(2));
            long loadLines = lines(log) - start;
            System.out.printf(Locale.ROOT, "[log-bench] idle: %.1f lines/min (%d lines in %d s)%n",
                    idleLines * 60.0 / seconds, idleLines, seconds);
            System.out.printf(Locale.ROOT, "[log-bench] load: %.1f lines/min for %.1f calls/s (%d lines, %d GetStatus "
                    + "calls in %d s, %.2f lines per call)%n", loadLines * 60.0 / seconds, calls / (double) seconds,
                    loadLines, calls, seconds, loadLines / (double) Math.max(1, calls));
            BenchReport.begin("log-rate");
            BenchReport.add("log-rate", String.format(java.util.Locale.ROOT, "karaf.log under %.0f GetStatus calls/s",
                    calls / (double) seconds), loadLines * 60.0 / seconds, "lines/min", "idle",
                    idleLines * 60.0 / seconds, "no line per call");
        }
    }

    /** Lets {@code length} pass while the hub stays up (fails when its process ends within it). */
    private static void window(String what, StandaloneHub hub, Duration length) {
        await("the hub up through " + what).during(length).atMost(length.plusSeconds(10)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).dontCatchUncaughtExceptions().until(hub::alive);
    }

    private static long lines(Path log) throws Exception {
        try (var s = Files.lines(log)) {
            return s.count();
        }
    }
}
