package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.Test;
import org.sanxiang.simulators.recorder.DropStation;
import org.sanxiang.simulators.recorder.Media;
import org.sanxiang.simulators.recorder.Recording;

/**
 * Crash safety of the recorder ingest (issue 7, R-R4/R-R5), on the real distribution in its own process:
 * a large recording is dropped, the hub is killed with SIGKILL while it streams the file into the evidence
 * store, then started again. Afterwards the store holds exactly one object — the complete file under its
 * SHA-256 — and no partial object; the file was taken again and linked exactly once; the ingest's own tables
 * show one recording and one linked delivery.
 *
 * <p>Not part of the default suite (two hub boots and a 1.5 GB file, about 2–3 minutes on 2 cores):
 * {@code mvn -B verify -pl itests -Pcrash}; {@code -Drecorder.crash.mib=…} sets the file size.
 */
public class RecorderCrashCheck {

    @Test
    public void aHubKilledMidFileTakesItAgainAfterRestartAndStoresAndLinksItExactlyOnce() throws Exception {
        long size = Long.getLong("recorder.crash.mib", 1536) << 20;
        Path work = Path.of("target/recorder-crash-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        try (StandaloneHub hub = new StandaloneHub(work, null)) {
            hub.start();
            String caseNumber = hub.seedCase();

            Path staged = Files.createDirectories(work.resolve("station")).resolve("DSJCHK_0001.mp4");
            Media.write(staged, size, 42);
            String sha = StandaloneHub.sha256sum(staged)[0];
            Recording r = new Recording().caseNumber(caseNumber).fileName("DSJCHK_0001.mp4");
            r.deviceSerial = StandaloneHub.DEVICE;
            r.deviceOfficerNumber = "C00001";
            r.officerName = "周检查";
            r.fileSize = size;
            r.stationFileId = "CHK-0001";
            DropStation station = new DropStation(hub.drop);
            Files.move(staged, hub.drop.resolve("DSJCHK_0001.mp4"));
            Files.write(hub.drop.resolve("DSJCHK_0001.xml"), r.xml());
            station.mark("DSJCHK_0001");

            // a quarter of the file streamed into the store's tmp/, the receipt not yet written: the hub is mid-file
            AtomicLong streamed = new AtomicLong();
            try {
                await().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                        .failFast(() -> station.receipt("DSJCHK_0001") != null).until(() -> {
                            for (Path t : hub.evidenceTemporaries()) {
                                streamed.accumulateAndGet(Files.size(t), Math::max);
                            }
                            return streamed.get() >= size / 4;
                        });
            } catch (ConditionTimeoutException | TerminalFailureException e) {
                fail("the hub was not caught mid-file (streamed " + streamed.get() + " bytes)");
            }
            long seen = streamed.get();
            hub.kill();
            System.out.println("killed the hub with SIGKILL after " + (seen >> 20) + " MiB of " + (size >> 20)
                    + " MiB were streamed into the evidence store");
            assertTrue("no object published by the killed write", hub.evidenceObjects().isEmpty());
            assertTrue("the delivery is still in the drop directory", Files.exists(hub.drop.resolve("DSJCHK_0001.mp4")));
            System.out.println("left in the evidence store's tmp/ by the killed write: " + hub.evidenceTemporaries());

            hub.start();
            await("the receipt of DSJCHK_0001 after the restart").atMost(Duration.ofSeconds(300))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .until(() -> station.receipt("DSJCHK_0001") != null);
            String receipt = station.receipt("DSJCHK_0001");
            assertTrue(receipt, receipt.contains("<status>LINKED</status>") && receipt.contains(sha));

            Map<String, Long> objects = hub.evidenceObjects();
            assertEquals("exactly one stored object: " + objects, Map.of(sha, size), objects);
            assertEquals(1, hub.count("SELECT COUNT(*) FROM sx_ing_media WHERE sha256 = '" + sha + "'"));
            assertEquals(1, hub.count("SELECT COUNT(*) FROM sx_ing_delivery WHERE outcome = 'LINKED'"));
            assertEquals(1, hub.count("SELECT COUNT(*) FROM sx_rec_media WHERE sha256 = '" + sha + "'"));
            assertEquals(0, hub.count("SELECT COUNT(*) FROM sx_ing_inflight"));
            assertEquals(0, hub.count("SELECT COUNT(*) FROM sx_ing_quarantine"));
            System.out.println("after the restart: one object " + sha + " (" + (size >> 20) + " MiB), one link; "
                    + "tmp/ now holds " + hub.evidenceTemporaries());
        }
    }
}
