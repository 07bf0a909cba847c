package org.sanxiang.routes.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.ingest.internal.IngestFixture;
import org.sanxiang.simulators.recorder.DropStation;
import org.sanxiang.simulators.recorder.FtpStation;
import org.sanxiang.simulators.recorder.Media;
import org.sanxiang.simulators.recorder.Recording;

/** The drop-directory and FTP channels with the station simulator (R-R4): marker protocol, receipts, clean-up. */
class RecorderIngestRoutesTest {

    @TempDir
    Path dir;
    CamelContext camel;
    FtpStation ftp;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (ftp != null) {
            ftp.close();
        }
    }

    private IngestFixture start(String ftpEndpoint) throws Exception {
        IngestFixture f = new IngestFixture(dir);
        RecorderSettings settings = RecorderSettings.parse(dir.resolve("drop").toString(), "100",
                dir.resolve("work").toString(), ftpEndpoint, "200");
        camel = new DefaultCamelContext();
        camel.addRoutes(new RecorderIngestRoutes(f.intake(), settings));
        camel.start();
        return f;
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aDroppedFileIsTakenOnlyOnceItsMarkerIsThereAndAnsweredWithAReceipt() throws Exception {
        IngestFixture f = start("");
        DropStation station = new DropStation(dir.resolve("drop"));
        byte[] content = Media.bytes(200_000, 21);
        Recording r = IngestFixture.recording("DSJ0001_20261120_0900.mp4").describe(content);
        String base = station.deliverWithoutMarker("DSJ0001_20261120_0900.mp4", content, r.xml());

        // several polls pass: without the marker the copy may still be under way, so nothing is taken
        await(() -> camel.getRoute("recorder-ingest.drop").getUptimeMillis() > 1000);
        assertNull(station.receipt(base));
        assertTrue(f.view().media(10).isEmpty());

        station.mark(base);
        await(() -> station.receipt(base) != null);
        String receipt = station.receipt(base);
        assertTrue(receipt.contains("<status>LINKED</status>"), receipt);
        assertTrue(receipt.contains(Media.sha256(content)), receipt);
        await(() -> !Files.exists(station.dir().resolve(base + ".xml")));
        assertFalse(Files.exists(station.dir().resolve("DSJ0001_20261120_0900.mp4")));
        assertFalse(Files.exists(station.dir().resolve(base + ".done")));
        assertEquals(1, f.records.links.size());
    }

    @Test
    void aBadDropIsQuarantinedAndTheReceiptSaysWhy() throws Exception {
        IngestFixture f = start("");
        DropStation station = new DropStation(dir.resolve("drop"));
        byte[] content = Media.bytes(10_000, 22);
        Recording r = IngestFixture.recording("DSJ0001_BAD.mp4").describe(content);
        r.stationMd5 = "0123456789abcdef0123456789abcdef";
        String base = station.deliver("DSJ0001_BAD.mp4", content, r.xml());
        await(() -> station.receipt(base) != null);
        String receipt = station.receipt(base);
        assertTrue(receipt.contains("<status>QUARANTINED</status>") && receipt.contains("HASH_MISMATCH"), receipt);
        assertFalse(Files.exists(station.dir().resolve("DSJ0001_BAD.mp4")));
        assertTrue(Files.exists(Path.of(f.view().quarantine(false, 1).get(0).folder()).resolve("metadata.xml")));
        assertTrue(f.records.objects().isEmpty());
    }

    @Test
    void mediaOnAStationsFtpServerIsPolledDownloadedAndAnsweredThere() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ftp = new FtpStation(dir.resolve("station-outbox"), port, "hub", "station-pw-1");
        byte[] content = Media.bytes(500_000, 23);
        Recording r = IngestFixture.recording("DSJ0001_FTP.mp4").describe(content);
        String base = ftp.outbox().deliver("DSJ0001_FTP.mp4", content, r.xml());
        IngestFixture f = start("ftp://hub@127.0.0.1:" + port + "/?password=station-pw-1");

        await(() -> ftp.outbox().receipt(base) != null);
        String receipt = ftp.outbox().receipt(base);
        assertTrue(receipt.contains("<status>LINKED</status>") && receipt.contains(Media.sha256(content)), receipt);
        // the hub removes sidecar and media from the station after the receipt, one file after the other
        await(() -> !Files.exists(ftp.outbox().dir().resolve(base + ".xml"))
                && !Files.exists(ftp.outbox().dir().resolve("DSJ0001_FTP.mp4")));
        assertFalse(Files.exists(ftp.outbox().dir().resolve("DSJ0001_FTP.mp4")));
        assertEquals("ftp", f.view().media(1).get(0).channel());
        assertEquals(1, f.records.links.size());
    }
}
