package org.sanxiang.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.ingest.QuarantineItem;
import org.sanxiang.api.ingest.RecorderIngest;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.MediaLink;
import org.sanxiang.api.records.NewCase;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.Party;
import org.sanxiang.api.records.RecordClass;
import org.sanxiang.api.records.Retention;
import org.sanxiang.api.records.TransitionRefusedException;
import org.sanxiang.routes.common.PasswordHash;
import org.sanxiang.simulators.recorder.DropStation;
import org.sanxiang.simulators.recorder.FtpStation;
import org.sanxiang.simulators.recorder.Media;
import org.sanxiang.simulators.recorder.PushStation;
import org.sanxiang.simulators.recorder.Recording;

/**
 * Recorder ingest in Karaf (issue 7; R-R3, R-R4, R-R5, R-I2): media from the station simulator through the drop
 * directory, FTP and HTTP push, verified, stored write-once, linked to its case (unblocking the stage that
 * needed the recording), the same content twice stored and linked once, every kind of bad delivery quarantined
 * with its reason and nothing stored, a quarantined item released after correction from the console.
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class RecorderIngestIT extends HubTestSupport {

    static final String STATION = "itest-station";
    static final String STATION_PASSWORD = "itest-station-" + "pw";
    static final String DEVICE = "DSJ-IT-0001";
    static final String LEAD_CERT = "14040020260001";
    static final String SECOND_CERT = "14040020260002";
    static final String NEW_CERT = "14040020260003";
    static final String FTP_USER = "hub";
    static final String FTP_PASSWORD = "ftp-" + "it-pw";
    /** Content differs per run: on MariaDB the database outlives each Karaf the suites boot. */
    static final long RUN = new java.util.Random().nextLong();

    @Inject
    private CaseRecords cases;
    @Inject
    private OfficerRegistry officers;
    @Inject
    private EvidenceStore evidence;
    @Inject
    private Retention retention;
    @Inject
    private Ledger ledger;
    @Inject
    private RecorderIngest ingest;

    @Override
    protected Option[] extraOptions() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        File drop = new File("target/recorder-it/" + run + "/drop").getAbsoluteFile();
        File outbox = new File("target/recorder-it/" + run + "/ftp-outbox").getAbsoluteFile();
        String ftpPort = String.valueOf(freePort());
        String cfg = "etc/org.sanxiang.recorder.cfg";
        String rules = "etc/org.sanxiang.ingest.cfg";
        return new Option[] {
            editConfigurationFilePut(cfg, "drop.dir", drop.getPath()),
            editConfigurationFilePut(cfg, "drop.poll.millis", "200"),
            editConfigurationFilePut(rules, "devices", DEVICE),
            editConfigurationFilePut(rules, "officer.map", "A00001=" + LEAD_CERT + ",A00002=" + SECOND_CERT
                    + ",A00003=" + NEW_CERT),
            editConfigurationFilePut(cfg, "ftp.endpoints", "ftp://" + FTP_USER + "@127.0.0.1:" + ftpPort
                    + "/?password=" + FTP_PASSWORD),
            editConfigurationFilePut(cfg, "ftp.poll.millis", "300"),
            editConfigurationFilePut("etc/org.sanxiang.clients.cfg", "client." + STATION,
                    "recorder;" + PasswordHash.hash(STATION_PASSWORD.toCharArray(), 10_000)),
            systemProperty("sanxiang.itest.recorder.drop").value(drop.getPath()),
            systemProperty("sanxiang.itest.recorder.outbox").value(outbox.getPath()),
            systemProperty("sanxiang.itest.recorder.ftpPort").value(ftpPort),
        };
    }

    // ------------------------------------------------------------------ fixtures

    /** Two certified officers (fixed 执法证号, as the device mapping names them) on a fresh case at 调查. */
    private String caseAtInvestigation() {
        LocalDate today = LocalDate.now();
        officers.save(officer("it-rec-lead", "王建国", LEAD_CERT, today.minusYears(1)), "itest");
        officers.save(officer("it-rec-second", "李红", SECOND_CERT, today.minusYears(1)), "itest");
        String n = uniqueId("长自然罚");
        cases.file(new NewCase(n, EnforcementKind.PENALTY, "非法占用土地", "140105",
                List.of(Party.legalPerson("太原某建材有限公司", "91350100M000100Y43")), List.of("it-rec-second")),
                "it-rec-lead");
        cases.addDocument(n, "立案审批表", "立案审批表", CaseFixtures.text("立案"), "it-rec-lead");
        cases.transition(n, CaseStage.INVESTIGATION, "it-rec-lead", "开展调查");
        cases.addDocument(n, "询问笔录", "询问笔录", CaseFixtures.text("问答"), "it-rec-second");
        return n;
    }

    private static Officer officer(String id, String name, String cert, LocalDate from) {
        return new Officer(id, name, "太原市规划和自然资源局", "执法监察科", new Certificate(cert,
                EnumSet.of(EnforcementKind.PENALTY), "140100", from, LocalDate.now().plusYears(1)));
    }

    private static Recording recording(String caseNumber, String fileName, byte[] content) {
        Recording r = new Recording().caseNumber(caseNumber).fileName(fileName).describe(content);
        r.deviceSerial = DEVICE;
        r.deviceOfficerNumber = "A00002";
        r.officerName = "李红";
        r.stationFileId = uniqueId("ST");
        return r;
    }

    private static DropStation drop() throws Exception {
        return new DropStation(Path.of(System.getProperty("sanxiang.itest.recorder.drop")));
    }

    private static PushStation push(String user, String password) {
        return new PushStation(url("/recorder/media"), user, password);
    }

    /** The first non-null value within 60 s (polled every 100 ms). */
    private static String await(Callable<String> value) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(100)).until(value, java.util.Objects::nonNull);
    }

    private List<MediaLink> links(String caseNumber) {
        return cases.media(caseNumber, new AccessRequest("itest-supervisor", "核对音像记录"));
    }

    // ------------------------------------------------------------------ channels

    @Test
    public void aDroppedRecordingIsTakenOnceMarkedLinkedToItsCaseAndUnblocksTheStage() throws Exception {
        String n = caseAtInvestigation();
        try {
            cases.transition(n, CaseStage.EVIDENCE, "it-rec-lead", "调查完毕");
            fail("leaving 调查 needs the 现场检查 recording");
        } catch (TransitionRefusedException expected) {
            // the audio-video requirement holds the case
        }
        DropStation station = drop();
        byte[] content = Media.bytes(3_000_000, RUN + 101);
        Recording r = recording(n, "DSJIT_DROP1.mp4", content);
        String base = station.deliverWithoutMarker("DSJIT_DROP1.mp4", content, r.xml());
        org.awaitility.Awaitility.await("a copy without its marker is never taken").during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(10))
                .until(() -> station.receipt(base) == null && !evidence.contains(Media.sha256(content)));

        station.mark(base);
        String receipt = await(() -> station.receipt(base));
        assertTrue(receipt, receipt.contains("<status>LINKED</status>"));
        assertTrue(receipt, receipt.contains(Media.sha256(content)));
        assertTrue(evidence.contains(Media.sha256(content)));
        List<MediaLink> links = links(n);
        assertEquals(1, links.size());
        assertEquals(Activity.ON_SITE_INSPECTION, links.get(0).activity());
        assertEquals("it-rec-second", links.get(0).officerId());
        assertEquals(CaseStage.EVIDENCE, cases.transition(n, CaseStage.EVIDENCE, "it-rec-lead", "调查完毕").to());
        String list = console("sanxiang:media-list --csv --purpose 核查音像记录");
        assertReadLogged("MEDIA_LIST", "*", "核查音像记录"); // R-R6, issue 20
        assertTrue(list, list.contains(Media.sha256(content)) && list.contains(n));
    }

    @Test
    public void anHttpPushIsStreamedAndAnswered201WithTheHashAndTheSameFileAgainIsStoredAndLinkedOnce()
            throws Exception {
        String n = caseAtInvestigation();
        byte[] content = Media.bytes(5_000_000, RUN + 102);
        Recording r = recording(n, "DSJIT_PUSH1.mp4", content);
        PushStation.Answer first = push(STATION, STATION_PASSWORD).push("DSJIT_PUSH1.mp4", content, r.xml());
        assertEquals(first.body(), 201, first.status());
        assertEquals(Media.sha256(content), first.sha256());

        PushStation.Answer again = push(STATION, STATION_PASSWORD).push("DSJIT_PUSH1.mp4", content, r.xml());
        assertEquals(again.body(), 200, again.status());
        assertTrue(again.body(), again.body().contains("<status>DUPLICATE</status>"));

        DropStation station = drop();
        String base = station.deliver("DSJIT_PUSH1.mp4", content, r.xml());
        String receipt = await(() -> station.receipt(base));
        assertTrue(receipt, receipt.contains("<status>DUPLICATE</status>"));
        assertEquals("stored once, linked once", 1, links(n).size());
        assertEquals(3, ingest.media(50).stream().filter(m -> m.sha256().equals(first.sha256())).findFirst()
                .orElseThrow().deliveries());

        byte[] small = Media.bytes(1000, RUN + 105);
        Recording s = recording(n, "DSJIT_PUSH2.mp4", small);
        assertEquals(401, push(null, null).push("DSJIT_PUSH2.mp4", small, s.xml()).status());
        assertEquals(401, push(STATION, "wrong").push("DSJIT_PUSH2.mp4", small, s.xml()).status());
        assertFalse(evidence.contains(Media.sha256(small)));
    }

    @Test
    public void mediaOnTheStationsFtpServerIsPolledTakenAndAnsweredThere() throws Exception {
        String n = caseAtInvestigation();
        try (FtpStation ftp = new FtpStation(Path.of(System.getProperty("sanxiang.itest.recorder.outbox")),
                Integer.parseInt(System.getProperty("sanxiang.itest.recorder.ftpPort")), FTP_USER, FTP_PASSWORD)) {
            byte[] content = Media.bytes(2_000_000, RUN + 103);
            Recording r = recording(n, "DSJIT_FTP1.mp4", content);
            r.activity = "调查取证";
            String base = ftp.outbox().deliver("DSJIT_FTP1.mp4", content, r.xml());
            String receipt = await(() -> ftp.outbox().receipt(base));
            assertTrue(receipt, receipt.contains("<status>LINKED</status>") && receipt.contains(Media.sha256(content)));
            await(() -> Files.exists(ftp.outbox().dir().resolve("DSJIT_FTP1.mp4")) ? null : "gone");
            assertEquals(Activity.INVESTIGATION, links(n).get(0).activity());
        }
    }

    /**
     * Issue 20: {@code sanxiang:ingest-progress} shows a push while it streams, by its row (channel, file, bytes read,
     * declared size, percent), and drops the row when the push is answered.
     */
    @Test
    public void aPushWhileItStreamsIsARowOfIngestProgressUntilItIsAnswered() throws Exception {
        String n = caseAtInvestigation();
        byte[] content = Media.bytes(3_000_000, RUN + 106);
        Recording r = recording(n, "DSJIT_SLOW1.mp4", content);
        java.util.concurrent.CountDownLatch proceed = new java.util.concurrent.CountDownLatch(1);
        InputStream halting = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(content)) {
            private long sent;

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                if (sent >= 1_048_576) {
                    try {
                        proceed.await();
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException();
                    }
                }
                int got = super.read(b, off, (int) Math.min(len, sent < 1_048_576 ? 1_048_576 - sent : len));
                sent += Math.max(0, got);
                return got;
            }
        };
        java.util.concurrent.ExecutorService pusher = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<PushStation.Answer> answer = pusher.submit(() -> push(STATION, STATION_PASSWORD)
                    .push("DSJIT_SLOW1.mp4", halting, content.length, r.xml(), 0));
            // the first MiB has gone out and the client waits: the hub has read it, no more
            String row = await(() -> progressRows("DSJIT_SLOW1.mp4").stream()
                    .filter(l -> l.startsWith("http,DSJIT_SLOW1.mp4,1048576,3000000,34%,")).findFirst().orElse(null));
            assertEquals(List.of(row), progressRows("DSJIT_SLOW1.mp4"));
            proceed.countDown();
            PushStation.Answer a = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(a.body(), 201, a.status());
            assertEquals(List.of(), progressRows("DSJIT_SLOW1.mp4"));
        } finally {
            proceed.countDown();
            pusher.shutdownNow();
        }
    }

    /** The rows of {@code sanxiang:ingest-progress --csv} of one delivered file. */
    private List<String> progressRows(String fileName) throws Exception {
        return console("sanxiang:ingest-progress --csv").lines().filter(l -> l.contains("," + fileName + ","))
                .toList();
    }

    @Test
    public void anImportantMarkedRecordingIsHeldSoRetentionNeverPurgesIt() throws Exception {
        String n = caseAtInvestigation();
        byte[] content = Media.bytes(100_000, RUN + 104);
        Recording r = recording(n, "DSJIT_IMP1.mp4", content);
        r.important = true;
        PushStation.Answer a = push(STATION, STATION_PASSWORD).push("DSJIT_IMP1.mp4", content, r.xml());
        assertEquals(a.body(), 201, a.status());
        assertTrue(retention.activeHolds().stream().anyMatch(h -> h.subjectRef().equals("media:" + a.sha256())
                && h.reason().equals("重点标记")));
        assertTrue(retention.deletionVeto(RecordClass.MEDIA, a.sha256()).isPresent());
    }

    // ------------------------------------------------------------------ bad input

    @Test
    public void everyKindOfBadDeliveryIsQuarantinedWithItsReasonAndNothingIsStored() throws Exception {
        String n = caseAtInvestigation();
        DropStation station = drop();
        PushStation push = push(STATION, STATION_PASSWORD);

        byte[] c1 = Media.bytes(200_000, RUN + 201);
        Recording md5 = recording(n, "DSJIT_BAD1.mp4", c1);
        md5.stationMd5 = Media.md5(Media.bytes(200_000, RUN + 999));
        assertQuarantined(station, "DSJIT_BAD1.mp4", c1, md5, "HASH_MISMATCH");

        byte[] c2 = Media.bytes(200_000, RUN + 202);
        Recording truncated = recording(n, "DSJIT_BAD2.mp4", c2);
        truncated.fileSize = 300_000;
        truncated.stationMd5 = null;
        assertQuarantined(station, "DSJIT_BAD2.mp4", c2, truncated, "TRUNCATED");

        byte[] c3 = Media.bytes(1000, RUN + 203);
        Recording invalid = recording(n, "DSJIT_BAD3.mp4", c3);
        invalid.rawXml = "<recording xmlns=\"urn:sanxiang:recorder-metadata:v1\" schemaVersion=\"1\"><deviceSerial>"
                + DEVICE + "</deviceSerial></recording>";
        assertQuarantined(station, "DSJIT_BAD3.mp4", c3, invalid, "METADATA_INVALID");

        byte[] c4 = Media.bytes(1000, RUN + 204);
        Recording device = recording(n, "DSJIT_BAD4.mp4", c4);
        device.deviceSerial = "DSJ-UNKNOWN-9";
        PushStation.Answer a4 = push.push("DSJIT_BAD4.mp4", c4, device.xml());
        assertEquals(422, a4.status());
        assertTrue(a4.body(), a4.body().contains("UNKNOWN_DEVICE"));

        byte[] c5 = Media.bytes(1000, RUN + 205);
        Recording officer = recording(n, "DSJIT_BAD5.mp4", c5);
        officer.deviceOfficerNumber = "Z99999";
        PushStation.Answer a5 = push.push("DSJIT_BAD5.mp4", c5, officer.xml());
        assertTrue(a5.body(), a5.status() == 422 && a5.body().contains("UNKNOWN_OFFICER"));

        byte[] c6 = Media.bytes(1000, RUN + 206);
        for (String name : List.of("../../etc/cron.d/x.mp4", "/tmp/abs.mp4", "evil\u0000.mp4", "abc\u202Egnp.mp4")) {
            Recording trick = recording(n, name.replace("\u0000", ""), c6);
            PushStation.Answer a = push.push(name, c6, trick.xml());
            assertEquals(a.body(), 422, a.status());
            assertTrue(name + ": " + a.body(), a.body().contains("UNSAFE_NAME"));
        }

        LocalDate today = LocalDate.now();
        officers.save(officer("it-rec-new", "赵明", NEW_CERT, today.minusDays(1)), "itest");
        cases.assignOfficer(n, "it-rec-new", "it-rec-lead");
        byte[] c7 = Media.bytes(1000, RUN + 207);
        Recording early = recording(n, "DSJIT_BAD7.mp4", c7);
        early.deviceOfficerNumber = "A00003";
        early.start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        early.end = early.start.plus(10, ChronoUnit.MINUTES);
        PushStation.Answer a7 = push.push("DSJIT_BAD7.mp4", c7, early.xml());
        assertTrue(a7.body(), a7.status() == 422 && a7.body().contains("CERTIFICATE_INVALID"));

        for (byte[] c : List.of(c1, c2, c3, c4, c5, c6, c7)) {
            assertFalse("a quarantined delivery is never stored", evidence.contains(Media.sha256(c)));
        }
        assertTrue(links(n).isEmpty());
        String list = console("sanxiang:quarantine-list --csv -n 200 --purpose 隔离区复核");
        assertReadLogged("QUARANTINE", "open", "隔离区复核"); // R-R6, issue 20
        for (String code : List.of("HASH_MISMATCH", "TRUNCATED", "METADATA_INVALID", "UNKNOWN_DEVICE",
                "UNKNOWN_OFFICER", "UNSAFE_NAME", "CERTIFICATE_INVALID")) {
            assertTrue(code + " in " + list, list.contains(code));
        }
        QuarantineItem q = ingest.quarantine(false, 200).stream()
                .filter(i -> "HASH_MISMATCH".equals(i.reasonCode())).findFirst().orElseThrow();
        assertFalse("quarantine decisions are ledgered", ledger.entriesFor("ingest:quarantine:" + q.id()).isEmpty());
    }

    private void assertQuarantined(DropStation station, String fileName, byte[] content, Recording r, String code)
            throws Exception {
        String base = station.deliver(fileName, content, r.xml());
        String receipt = await(() -> station.receipt(base));
        assertTrue(receipt, receipt.contains("<status>QUARANTINED</status>") && receipt.contains(code));
        assertFalse(Files.exists(station.dir().resolve(fileName)));
    }

    @Test
    public void aQuarantinedDeliveryIsReleasedFromTheConsoleAfterItsMetadataWasCorrected() throws Exception {
        String n = caseAtInvestigation();
        byte[] content = Media.bytes(400_000, RUN + 301);
        Recording r = recording(n, "DSJIT_REL1.mp4", content).caseNumber("长自然罚-不存在");
        DropStation station = drop();
        String base = station.deliver("DSJIT_REL1.mp4", content, r.xml());
        String receipt = await(() -> station.receipt(base));
        assertTrue(receipt, receipt.contains("LINK_REFUSED"));
        QuarantineItem q = ingest.quarantine(false, 200).stream()
                .filter(i -> "长自然罚-不存在".equals(i.caseNumber())).findFirst().orElseThrow();
        assertNotNull(q.folder());

        Path metadata = Path.of(q.folder()).resolve("metadata.xml");
        Files.writeString(metadata, Files.readString(metadata, StandardCharsets.UTF_8).replace("长自然罚-不存在", n),
                StandardCharsets.UTF_8);
        String out = console("sanxiang:quarantine-release " + q.id());
        assertTrue(out, out.contains("已放行"));
        assertEquals(1, links(n).size());
        assertEquals(Media.sha256(content), links(n).get(0).sha256());
        assertTrue(console("sanxiang:quarantine-list --all --csv -n 200").contains(q.id() + ",RELEASED"));
        assertTrue(console("sanxiang:quarantine-release " + q.id()).contains("未放行"));
    }
}
