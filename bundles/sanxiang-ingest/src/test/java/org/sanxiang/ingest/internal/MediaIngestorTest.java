package org.sanxiang.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.ingest.IngestOutcome;
import org.sanxiang.api.ingest.QuarantineItem;
import org.sanxiang.api.records.Activity;
import org.sanxiang.simulators.recorder.Media;
import org.sanxiang.simulators.recorder.Recording;

/** The processing every channel shares (R-R3, R-R4, R-R5): verified, stored once, linked once, or quarantined. */
class MediaIngestorTest {

    @TempDir
    Path dir;
    IngestFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new IngestFixture(dir);
    }

    private Path mediaFile(String name, byte[] content) throws Exception {
        Path p = Files.createDirectories(dir.resolve("in")).resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void aValidDeliveryIsStoredUnderItsSha256AndLinkedToItsCaseAndOfficer() throws Exception {
        byte[] content = Media.bytes(300_000, 1);
        Recording r = IngestFixture.recording("DSJ0001_A.mp4").describe(content);
        r.activity = "调查取证";
        IngestOutcome o = f.ingestor.ingestFile("drop", mediaFile("DSJ0001_A.mp4", content), r.xml());

        assertEquals(IngestOutcome.Status.LINKED, o.status());
        assertEquals(Media.sha256(content), o.sha256());
        assertEquals(content.length, o.size());
        assertTrue(f.records.contains(o.sha256()));
        assertEquals(1, f.records.links.size());
        assertEquals(Activity.INVESTIGATION, f.records.links.get(0).activity());
        assertEquals("100234", f.records.links.get(0).officerId(), "device number A00234 maps to 王建国's 执法证号");
        assertEquals(1, f.ingestor.media(10).size());
        assertEquals(FakeRecords.CASE, f.ingestor.media(10).get(0).caseNumber());
    }

    @Test
    void theSameContentDeliveredTwiceOverTwoChannelsIsStoredOnceAndLinkedOnce() throws Exception {
        byte[] content = Media.bytes(50_000, 2);
        Recording r = IngestFixture.recording("DSJ0001_B.mp4").describe(content);
        IngestOutcome first = f.ingestor.ingestFile("drop", mediaFile("DSJ0001_B.mp4", content), r.xml());
        IngestOutcome second = f.ingestor.ingestStream("http", "DSJ0001_B.mp4", new ByteArrayInputStream(content), r.xml());

        assertEquals(IngestOutcome.Status.LINKED, first.status());
        assertEquals(IngestOutcome.Status.DUPLICATE, second.status());
        assertEquals(first.sha256(), second.sha256());
        assertEquals(1, f.records.objects().size());
        assertEquals(1, f.records.links.size());
        assertEquals(2, f.ingestor.media(10).get(0).deliveries());
    }

    @Test
    void aStationMd5ThatDoesNotMatchQuarantinesTheFileAndStoresNothing() throws Exception {
        byte[] content = Media.bytes(40_000, 3);
        Recording r = IngestFixture.recording("DSJ0001_C.mp4").describe(content);
        r.stationMd5 = Media.md5(Media.bytes(40_000, 4));
        Path media = mediaFile("DSJ0001_C.mp4", content);
        IngestOutcome o = f.ingestor.ingestFile("drop", media, r.xml());

        assertEquals(IngestOutcome.Status.QUARANTINED, o.status());
        assertEquals("HASH_MISMATCH", o.reasonCode());
        assertTrue(f.records.objects().isEmpty(), "no stored object");
        assertFalse(Files.exists(media), "the file went to the quarantine");
        QuarantineItem q = f.ingestor.quarantine(false, 10).get(0);
        Path folder = Path.of(q.folder());
        assertTrue(Files.exists(folder.resolve("media")));
        assertTrue(Files.readString(folder.resolve("reason.txt")).contains("HASH_MISMATCH"));
        assertTrue(Files.readString(folder.resolve("reason.txt")).contains("MD5校验不符"));
        assertEquals(MediaIngestor.KIND, f.records.appends.get(0).kind());
        assertEquals(MediaIngestor.SUBJECT + q.id(), f.records.appends.get(0).subjectRef());
        assertEquals(f.records.appends.get(0).contentDigest(),
                f.ingestor.currentDigest(MediaIngestor.SUBJECT + q.id(), MediaIngestor.KIND).orElseThrow());
    }

    @Test
    void aTruncatedFileAndAnOverlongFileAreQuarantinedWithTheirReason() throws Exception {
        byte[] content = Media.bytes(40_000, 5);
        Recording r = IngestFixture.recording("DSJ0001_D.mp4");
        r.fileSize = 50_000;
        IngestOutcome truncated = f.ingestor.ingestFile("drop", mediaFile("DSJ0001_D.mp4", content), r.xml());
        assertEquals("TRUNCATED", truncated.reasonCode());
        assertTrue(truncated.reason().contains("40000") && truncated.reason().contains("50000"), truncated.reason());

        r.fileSize = 30_000;
        IngestOutcome overlong = f.ingestor.ingestStream("http", "DSJ0001_D.mp4", new ByteArrayInputStream(content), r.xml());
        assertEquals("SIZE_MISMATCH", overlong.reasonCode());
        assertTrue(f.records.objects().isEmpty());
        assertTrue(f.records.links.isEmpty());
    }

    @Test
    void metadataThatBreaksTheSchemaOrCarriesADoctypeIsQuarantined() throws Exception {
        byte[] content = Media.bytes(1000, 6);
        Recording r = IngestFixture.recording("DSJ0001_E.mp4").describe(content);
        r.activity = "喝茶";
        IngestOutcome o = f.ingestor.ingestFile("drop", mediaFile("DSJ0001_E.mp4", content), r.xml());
        assertEquals("METADATA_INVALID", o.reasonCode());
        assertTrue(o.reason().contains("urn:sanxiang:recorder-metadata:v1"), o.reason());

        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Recording x = IngestFixture.recording("DSJ0001_F.mp4").describe(content);
        x.rawXml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + new String(x.xml(), StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*>", "")
                .replace("<unit>长治市自然资源局执法监察支队</unit>", "<unit>&s;</unit>");
        IngestOutcome xxe = f.ingestor.ingestFile("drop", mediaFile("DSJ0001_F.mp4", content), x.xml());
        assertEquals("METADATA_INVALID", xxe.reasonCode());
        assertFalse(xxe.reason().contains("TOP-SECRET"));
        assertTrue(xxe.reason().contains("DTD"), xxe.reason());

        IngestOutcome missing = f.ingestor.ingestFile("drop", mediaFile("DSJ0001_G.mp4", content), null);
        assertEquals("METADATA_INVALID", missing.reasonCode());
        assertTrue(f.records.objects().isEmpty());
    }

    @Test
    void unknownDevicesAndOfficersAndExpiredCertificatesAreQuarantined() throws Exception {
        byte[] content = Media.bytes(1000, 7);
        Recording device = IngestFixture.recording("DSJ0009_A.mp4").describe(content);
        device.deviceSerial = "DSJ-XX-9999";
        assertEquals("UNKNOWN_DEVICE", f.ingestor.ingestFile("drop", mediaFile("DSJ0009_A.mp4", content),
                device.xml()).reasonCode());

        Recording officer = IngestFixture.recording("DSJ0009_B.mp4").describe(content);
        officer.deviceOfficerNumber = "999999";
        IngestOutcome o = f.ingestor.ingestFile("drop", mediaFile("DSJ0009_B.mp4", content), officer.xml());
        assertEquals("UNKNOWN_OFFICER", o.reasonCode());
        assertTrue(o.reason().contains("999999"), o.reason());

        Recording expired = IngestFixture.recording("DSJ0009_C.mp4").describe(content);
        expired.deviceOfficerNumber = "100236";
        IngestOutcome e = f.ingestor.ingestFile("drop", mediaFile("DSJ0009_C.mp4", content), expired.xml());
        assertEquals("CERTIFICATE_INVALID", e.reasonCode());
        assertTrue(e.reason().contains("赵明") && e.reason().contains("2025-06-30"), e.reason());

        Recording wrongCase = IngestFixture.recording("DSJ0009_D.mp4").describe(content).caseNumber("长自然罚〔2026〕999号");
        assertEquals("LINK_REFUSED", f.ingestor.ingestFile("drop", mediaFile("DSJ0009_D.mp4", content),
                wrongCase.xml()).reasonCode());
        assertTrue(f.records.objects().isEmpty());
        assertEquals(4, f.ingestor.quarantine(false, 10).size());
    }

    @Test
    void pathTricksInNamesAreQuarantined() throws Exception {
        byte[] content = Media.bytes(1000, 8);
        for (String name : List.of("../../etc/passwd", "/var/lib/x.mp4", "C:\\x.mp4", "abc\u202Egnp.mp4",
                "e\u0301.mp4", "a\uFF0Fb.mp4", "zero\u200Bwidth.mp4")) {
            Recording r = IngestFixture.recording(name).describe(content);
            IngestOutcome o = f.ingestor.ingestStream("http", name, new ByteArrayInputStream(content), r.xml());
            assertEquals("UNSAFE_NAME", o.reasonCode(), name);
        }
        Recording r = IngestFixture.recording("ok.mp4").describe(content);
        IngestOutcome nul = f.ingestor.ingestStream("http", "ok.mp4\u0000.exe", new ByteArrayInputStream(content), r.xml());
        assertEquals("UNSAFE_NAME", nul.reasonCode());
        assertTrue(nul.reason().contains("NUL"), nul.reason());
        assertTrue(f.records.objects().isEmpty());
    }

    @Test
    void anImportantFileIsProtectedByALegalHold() throws Exception {
        byte[] content = Media.bytes(2000, 9);
        Recording r = IngestFixture.recording("DSJ0001_H.mp4").describe(content);
        r.important = true;
        IngestOutcome o = f.ingestor.ingestFile("drop", mediaFile("DSJ0001_H.mp4", content), r.xml());
        assertEquals(IngestOutcome.Status.LINKED, o.status());
        assertEquals(1, f.records.holds.size());
        assertEquals("media:" + o.sha256(), f.records.holds.get(0).subjectRef());
        assertEquals("重点标记", f.records.holds.get(0).reason());
        assertTrue(f.ingestor.media(1).get(0).important());
    }

    @Test
    void lateUploadsAndDeviceClockDriftRaiseAlerts() throws Exception {
        byte[] content = Media.bytes(2000, 10);
        Recording late = IngestFixture.recording("DSJ0001_I.mp4").describe(content);
        late.start = Instant.now().minus(30, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        late.end = late.start.plus(5, ChronoUnit.MINUTES);
        IngestOutcome o = f.ingestor.ingestFile("drop", mediaFile("DSJ0001_I.mp4", content), late.xml());
        assertEquals(List.of("LATE_UPLOAD"), o.alerts());

        byte[] other = Media.bytes(2000, 11);
        Recording drift = IngestFixture.recording("DSJ0001_J.mp4").describe(other);
        drift.stationClock = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        drift.deviceClock = drift.stationClock.plus(17, ChronoUnit.MINUTES);
        IngestOutcome d = f.ingestor.ingestFile("drop", mediaFile("DSJ0001_J.mp4", other), drift.xml());
        assertEquals(List.of("CLOCK_DRIFT"), d.alerts());
        assertEquals(List.of("CLOCK_DRIFT"), f.ingestor.media(1).get(0).alerts());
    }

    @Test
    void aQuarantinedDeliveryIsReleasedAfterItsCauseIsCorrected() throws Exception {
        byte[] content = Media.bytes(3000, 12);
        Recording r = IngestFixture.recording("DSJ0002_A.mp4").describe(content);
        r.deviceSerial = "DSJ-CZ-0003";
        IngestOutcome o = f.ingestor.ingestFile("drop", mediaFile("DSJ0002_A.mp4", content), r.xml());
        assertEquals("UNKNOWN_DEVICE", o.reasonCode());

        QuarantineItem still = f.ingestor.release(o.quarantineId(), "ops-zhang");
        assertTrue(still.held(), "still unknown: stays held");

        f.settings("DSJ-CZ-0001,DSJ-CZ-0002,DSJ-CZ-0003");
        QuarantineItem released = f.ingestor.release(o.quarantineId(), "ops-zhang");
        assertEquals("RELEASED", released.status());
        assertEquals("ops-zhang", released.releasedBy());
        assertEquals(Media.sha256(content), released.sha256());
        assertEquals(1, f.records.links.size());
        assertTrue(f.ingestor.quarantine(false, 10).isEmpty());
        assertEquals(1, f.ingestor.quarantine(true, 10).size());
        assertEquals("ops-zhang", f.records.appends.get(f.records.appends.size() - 1).actor());
        assertThrows(IllegalArgumentException.class, () -> f.ingestor.release(o.quarantineId(), "ops-zhang"));
    }

    @Test
    void aDeliveryRepeatedAfterTheHubStoppedBetweenLinkingAndRecordingIsLinkedOnce() throws Exception {
        byte[] content = Media.bytes(4000, 13);
        Recording r = IngestFixture.recording("DSJ0001_K.mp4").describe(content);
        IngestOutcome first = f.ingestor.ingestFile("drop", mediaFile("DSJ0001_K.mp4", content), r.xml());
        try (Connection c = f.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sx_ing_media SET state = 'STORED', link_id = NULL");
        }
        IngestOutcome again = f.ingestor.ingestFile("drop", mediaFile("DSJ0001_K.mp4", content), r.xml());
        assertEquals(IngestOutcome.Status.LINKED, again.status());
        assertEquals(first.sha256(), again.sha256());
        assertEquals(1, f.records.links.size(), "linked once");
        assertNotNull(f.records.reads.stream().filter(a -> a.purpose().startsWith("接入恢复")).findFirst().orElse(null));
    }

    @Test
    void interruptedDeliveriesOfAPreviousRunAreReportedAndCleared() throws Exception {
        try (Connection c = f.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO sx_ing_inflight (channel, source_name, declared_size, started_at) "
                    + "VALUES ('drop', 'big.mp4', 4000000000, CURRENT_TIMESTAMP)");
        }
        f.ingestor.start();
        try (Connection c = f.dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM sx_ing_inflight")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }
}
