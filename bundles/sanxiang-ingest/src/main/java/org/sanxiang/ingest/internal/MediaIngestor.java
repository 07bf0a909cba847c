package org.sanxiang.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.ingest.IngestOutcome;
import org.sanxiang.api.ingest.IngestProgress;
import org.sanxiang.api.ingest.IngestedMedia;
import org.sanxiang.api.ingest.MediaIntake;
import org.sanxiang.api.ingest.QuarantineItem;
import org.sanxiang.api.ingest.RecorderIngest;
import org.sanxiang.api.ingest.SafeNames;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.LedgerIntake;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.LegalHold;
import org.sanxiang.api.records.MediaLink;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.RecordsException;
import org.sanxiang.api.records.Retention;
import org.sanxiang.ingest.internal.IngestMapper.DeliveryRow;
import org.sanxiang.ingest.internal.IngestMapper.InFlightRow;
import org.sanxiang.ingest.internal.IngestMapper.MediaRow;
import org.sanxiang.ingest.internal.IngestMapper.QuarantineRow;
import org.sanxiang.ingest.internal.MetadataReader.InvalidMetadataException;
import org.sanxiang.api.metrics.HubMeters;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one processing of a recorder delivery (音像记录接入), whatever the channel: check the metadata, the names,
 * the device, the officer and the certificate on the capture date, and the case; then stream the media once
 * through the checks (size, station MD5) into the write-once evidence store, which names it by SHA-256; then
 * link it to its case and activity (the records service ledgers the link), protect an important-marked file
 * with a legal hold, and raise the alerts. A delivery that fails a check is quarantined with a reason and
 * never becomes a stored object; a failure of the hub itself (database, disk) is thrown so that the channel
 * leaves the delivery where it was and it is taken again.
 *
 * <p>Idempotent by content: the same bytes delivered again (retry, another channel, after a crash) are stored
 * once and linked once. Quarantine and release decisions are ledgered as {@value #KIND}, through the durable
 * {@link LedgerIntake} (kept while the ledger is stopped).
 */
public final class MediaIngestor implements MediaIntake, RecorderIngest, ContentVerifier {

    /** Ledger kind of quarantine and release decisions (隔离与放行). */
    public static final String KIND = "INGEST_QUARANTINE";
    /** Ledger subject prefix of a quarantine item. */
    public static final String SUBJECT = "ingest:quarantine:";
    static final String ACTOR = "recorder-ingest";
    static final String IMPORTANT_REASON = "重点标记";
    static final List<String> MAPPERS = List.of("org/sanxiang/ingest/internal/IngestMapper.xml");
    private static final Logger LOG = LoggerFactory.getLogger(MediaIngestor.class);

    private final ModuleStore store;
    /** The rules in force; a configuration change replaces them without withdrawing the service. */
    private volatile IngestSettings settings;
    private final EvidenceStore evidence;
    private final CaseRecords cases;
    private final OfficerRegistry officers;
    private final Retention retention;
    private final LedgerIntake intake;
    private final Clock clock;
    private volatile MetadataReader reader;
    private final Map<Long, Live> live = new ConcurrentHashMap<>();
    private final Map<String, Object> contentLocks = new ConcurrentHashMap<>();

    /** The hub's metrics when they run, else {@code null}. */
    private final Supplier<HubMeters> meters;

    MediaIngestor(ModuleStore store, IngestSettings settings, EvidenceStore evidence, CaseRecords cases,
                  OfficerRegistry officers, Retention retention, LedgerIntake intake, Supplier<HubMeters> meters,
                  Clock clock) {
        this.store = store;
        this.settings = settings;
        this.evidence = evidence;
        this.cases = cases;
        this.officers = officers;
        this.retention = retention;
        this.intake = intake;
        this.meters = meters;
        this.clock = clock;
        this.reader = new MetadataReader(settings.metadataMaxBytes());
    }

    /**
     * Applies changed rules (devices, officer numbers, bounds) to the next deliveries. The service stays registered,
     * so the channels never see it go away for a configuration change.
     */
    void reconfigure(IngestSettings changed) throws IOException {
        Files.createDirectories(changed.quarantineDir());
        this.reader = new MetadataReader(changed.metadataMaxBytes());
        this.settings = changed;
    }

    /** The ingest tables on the hub's database (module {@code ingest}), migrated at start. */
    static ModuleStore openStore(DataSource dataSource) throws SQLException {
        return ModuleStore.open(dataSource, "ingest", MediaIngestor.class.getClassLoader(), MAPPERS);
    }

    /**
     * Creates the quarantine folder and reports the deliveries a previous run left unfinished (the hub
     * stopped mid-file): nothing of them was stored, and their channels deliver them again.
     */
    void start() throws IOException {
        Files.createDirectories(settings.quarantineDir());
        for (InFlightRow r : tx(IngestMapper::inFlight)) {
            LOG.warn("接入中断: {} {} ({} 字节, 始于 {}) was not finished by the previous run; nothing of it was stored "
                    + "and it is taken again when delivered again", r.channel, r.sourceName, r.declaredSize,
                    r.startedAt);
            tx(m -> m.deleteInFlight(r.id));
        }
    }

    // ------------------------------------------------------------------ deliveries

    @Override
    public IngestOutcome ingestFile(String channel, Path media, byte[] metadata) throws IOException {
        String name = media.getFileName().toString();
        Result r = process(channel, name, name, metadata, new Source(media, null));
        return counted(channel, r.outcome != null ? r.outcome : quarantine(channel, name, r, metadata, media));
    }

    @Override
    public IngestOutcome ingestStream(String channel, String sourceName, InputStream media, byte[] metadata)
            throws IOException {
        Result r = process(channel, sourceName, sourceName, metadata, new Source(null, media));
        return counted(channel, r.outcome != null ? r.outcome : quarantine(channel, sourceName, r, metadata, null));
    }

    @Override
    public int metadataMaxBytes() {
        return settings.metadataMaxBytes();
    }

    /** Counts a delivery at the hub's metrics, when they run. */
    private IngestOutcome counted(String channel, IngestOutcome o) {
        HubMeters m = meters.get();
        if (m != null && o.status() == IngestOutcome.Status.LINKED) {
            m.mediaIngested(channel, o.size());
        } else if (m != null && o.status() == IngestOutcome.Status.QUARANTINED) {
            m.mediaQuarantined(o.reasonCode());
        }
        return o;
    }

    /** The result of {@link #process}: an outcome, or the reason to refuse. */
    private record Result(IngestOutcome outcome, String code, String reason, RecorderMetadata metadata) {
        static Result refused(String code, String reason, RecorderMetadata md) {
            return new Result(null, code, reason, md);
        }
    }

    private record Source(Path file, InputStream stream) {
        InputStream open() throws IOException {
            return file != null ? Files.newInputStream(file) : stream;
        }
    }

    private record Live(String channel, String sourceName, long declared, AtomicLong bytes, Instant started) {
    }

    private Result process(String channel, String sourceName, String deliveredName, byte[] metadata, Source source)
            throws IOException {
        RecorderMetadata md;
        try {
            md = reader.read(metadata);
        } catch (InvalidMetadataException e) {
            return Result.refused("METADATA_INVALID", e.getMessage(), null);
        }
        Optional<String> bad = SafeNames.problem(md.fileName());
        if (bad.isPresent()) {
            return Result.refused("UNSAFE_NAME", "元数据中的文件名不安全: " + bad.get(), md);
        }
        if (deliveredName != null) {
            bad = SafeNames.problem(deliveredName);
            if (bad.isPresent()) {
                return Result.refused("UNSAFE_NAME", "交付的文件名不安全: " + bad.get(), md);
            }
            if (!deliveredName.equals(md.fileName())) {
                return Result.refused("METADATA_INVALID", "元数据中的文件名“" + md.fileName() + "”与交付的文件“"
                        + deliveredName + "”不符", md);
            }
        }
        if (!settings.devices().contains(md.deviceSerial())) {
            return Result.refused("UNKNOWN_DEVICE", "未登记的执法记录仪: " + md.deviceSerial()
                    + "(在 etc/org.sanxiang.ingest.cfg 的 devices 中登记后放行)", md);
        }
        Officer officer;
        try {
            officer = officer(md.deviceOfficerNumber());
        } catch (RecordsException e) {
            return Result.refused("UNKNOWN_OFFICER", e.getMessage(), md);
        }
        LocalDate day = md.startLocal().toLocalDate();
        Certificate cert = officer.certificate();
        if (cert.validityOn(day) != Certificate.Validity.VALID) {
            return Result.refused("CERTIFICATE_INVALID", "执法人员" + officer.name() + "的执法证" + cert.number()
                    + "在拍摄日" + day + "无效(有效期" + cert.validFrom() + "至" + cert.validTo() + ")", md);
        }
        EnforcementCase c;
        try {
            c = cases.get(md.caseNumber(), new AccessRequest(ACTOR, "音像记录入库前核对案件与承办执法人员"));
        } catch (RecordsException e) {
            return Result.refused("LINK_REFUSED", e.getMessage(), md);
        }
        if (!c.officerIds().contains(officer.id())) {
            return Result.refused("LINK_REFUSED", "录制人" + officer.name() + "(" + officer.id() + ")不是案件"
                    + c.caseNumber() + "的承办执法人员", md);
        }
        Optional<String> cp = officer.certificationProblem(c.kind(), c.region(), day);
        if (cp.isPresent()) {
            return Result.refused("CERTIFICATE_INVALID", cp.get() + "(拍摄日" + day + ")", md);
        }

        Instant received = now();
        EvidenceStore.Stored stored;
        try {
            stored = store(channel, sourceName, md, source);
        } catch (VerifyingInputStream.Mismatch e) {
            return Result.refused(e.code(), e.getMessage(), md);
        } catch (NoSuchFileException e) {
            return Result.refused("MEDIA_MISSING", "媒体文件不存在: " + SafeNames.printable(sourceName), md);
        }
        List<String> alerts = alerts(md, received);
        IngestOutcome o = linkOnce(channel, sourceName, md, officer, stored, alerts, received);
        return new Result(o, null, null, md);
    }

    private EvidenceStore.Stored store(String channel, String sourceName, RecorderMetadata md, Source source)
            throws IOException {
        AtomicLong bytes = new AtomicLong();
        InFlightRow row = new InFlightRow();
        row.channel = channel;
        row.sourceName = SafeNames.printable(sourceName);
        row.declaredSize = md.fileSize();
        row.startedAt = utc(now());
        tx(m -> m.insertInFlight(row));
        live.put(row.id, new Live(channel, row.sourceName, md.fileSize(), bytes, now()));
        try (InputStream in = new VerifyingInputStream(source.open(), md.fileSize(), md.stationMd5(), bytes)) {
            return evidence.put(in);
        } catch (UncheckedIOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof VerifyingInputStream.Mismatch m) {
                    throw m;
                }
            }
            throw e;
        } finally {
            live.remove(row.id);
            tx(m -> m.deleteInFlight(row.id));
        }
    }

    /** Records, links and protects the stored content exactly once, whatever happened to earlier deliveries. */
    private IngestOutcome linkOnce(String channel, String sourceName, RecorderMetadata md, Officer officer,
                             EvidenceStore.Stored stored, List<String> alerts, Instant received) {
        String sha = stored.sha256();
        Object lock = contentLocks.computeIfAbsent(sha, k -> new Object());
        try {
            synchronized (lock) {
                MediaRow row = read(m -> m.findMedia(sha));
                boolean fresh = false;
                if (row == null) {
                    MediaRow n = newRow(channel, md, officer, stored, alerts, received);
                    try {
                        tx(m -> m.insertMedia(n));
                        row = n;
                        fresh = true;
                    } catch (RuntimeException e) {
                        if (!ModuleStore.isConstraintViolation(e)) {
                            throw e;
                        }
                        row = read(m -> m.findMedia(sha));
                    }
                }
                MediaRow media = row;
                if ("LINKED".equals(media.state)) {
                    delivery(channel, sourceName, "DUPLICATE", sha, media.id, null, received);
                    LOG.info("音像记录重复交付: {} via {} is {} already linked to case {}; stored once, linked once",
                            SafeNames.printable(sourceName), channel, sha, media.caseNumber);
                    return new IngestOutcome(IngestOutcome.Status.DUPLICATE, sourceName, sha, media.sizeBytes,
                            media.caseNumber, null, null, null, alerts(media), received);
                }
                if (media.important && media.holdId == null) {
                    LegalHold hold = retention.placeHold("media:" + sha, IMPORTANT_REASON, ACTOR);
                    tx(m -> m.setHold(media.id, hold.id()));
                }
                MediaLink link = fresh ? null : existingLink(media);
                if (link == null) {
                    link = cases.linkMedia(media.caseNumber, sha, Activity.valueOf(media.activity), media.officerId,
                            media.fullProcess, media.fileName, media.officerId);
                }
                long linkId = link.id();
                tx(m -> m.markLinked(media.id, linkId, utc(now())));
                delivery(channel, sourceName, "LINKED", sha, media.id, null, received);
                for (String a : alerts(media)) {
                    LOG.warn("{}: {} ({}) case {} device {}: {}", a.equals("LATE_UPLOAD") ? "逾期上传" : "设备时钟偏差",
                            media.fileName, sha, media.caseNumber, media.deviceSerial, alertText(a, md, received));
                }
                LOG.info("音像记录已入库: {} via {} -> {} ({} bytes) linked to case {} ({}), officer {}",
                        SafeNames.printable(sourceName), channel, sha, media.sizeBytes, media.caseNumber,
                        media.activity, media.officerId);
                return new IngestOutcome(IngestOutcome.Status.LINKED, sourceName, sha, media.sizeBytes,
                        media.caseNumber, null, null, null, alerts(media), received);
            }
        } finally {
            contentLocks.remove(sha, lock);
        }
    }

    /** A link made by an earlier run that stopped before recording it (looked up only then; the read is logged). */
    private MediaLink existingLink(MediaRow media) {
        for (MediaLink l : cases.media(media.caseNumber, new AccessRequest(ACTOR, "接入恢复: 核对音像记录是否已关联,防止重复关联"))) {
            if (l.sha256().equals(media.sha256)) {
                return l;
            }
        }
        return null;
    }

    private MediaRow newRow(String channel, RecorderMetadata md, Officer officer, EvidenceStore.Stored stored,
                            List<String> alerts, Instant received) {
        MediaRow r = new MediaRow();
        r.sha256 = stored.sha256();
        r.sizeBytes = stored.size();
        r.md5 = md.stationMd5();
        r.caseNumber = md.caseNumber();
        r.activity = md.activity().name();
        r.fullProcess = md.fullProcess();
        r.officerId = officer.id();
        r.deviceSerial = md.deviceSerial();
        r.deviceOfficerNo = md.deviceOfficerNumber();
        r.stationFileId = md.stationFileId();
        r.fileName = md.fileName();
        r.capturedStart = utc(md.startUtc());
        r.capturedEnd = utc(md.endUtc());
        r.important = md.important();
        r.gps = md.gps();
        r.alerts = String.join(",", alerts);
        r.state = "STORED";
        r.channel = channel;
        r.receivedAt = utc(received);
        return r;
    }

    /** The officer behind a device officer number: through the configured 执法证号 mapping, else by staff number. */
    private Officer officer(String deviceOfficerNumber) {
        String certificate = settings.officerMap().get(deviceOfficerNumber);
        if (certificate != null) {
            return officers.findByCertificate(certificate).orElseThrow(() -> new RecordsException("设备警号"
                    + deviceOfficerNumber + "映射的执法证号" + certificate + "没有对应的执法人员"));
        }
        return officers.find(deviceOfficerNumber).orElseThrow(() -> new RecordsException("设备警号"
                + deviceOfficerNumber + "未映射到执法证号(etc/org.sanxiang.ingest.cfg 的 officer.map),也不是执法人员编号"));
    }

    // ------------------------------------------------------------------ alerts

    List<String> alerts(RecorderMetadata md, Instant received) {
        List<String> out = new ArrayList<>();
        if (Duration.between(md.endUtc(), received).compareTo(settings.maxUploadDelay()) > 0) {
            out.add("LATE_UPLOAD");
        }
        if (drift(md, received).compareTo(settings.maxClockDrift()) > 0) {
            out.add("CLOCK_DRIFT");
        }
        return out;
    }

    /** The largest clock error the metadata shows: device against station at docking, local against UTC, future. */
    private Duration drift(RecorderMetadata md, Instant received) {
        Duration d = Duration.ZERO;
        if (md.deviceClock() != null && md.stationClock() != null) {
            d = max(d, Duration.between(md.stationClock(), md.deviceClock()).abs());
        }
        Instant localAsUtc = md.startLocal().atZone(settings.zone()).toInstant();
        d = max(d, Duration.between(md.startUtc(), localAsUtc).abs());
        if (md.endUtc().isAfter(received)) {
            d = max(d, Duration.between(received, md.endUtc()));
        }
        return d;
    }

    private String alertText(String alert, RecorderMetadata md, Instant received) {
        if ("LATE_UPLOAD".equals(alert)) {
            return "录制结束于" + md.endUtc() + ",到达枢纽于" + received + ",超过" + settings.maxUploadDelay().toHours()
                    + "小时";
        }
        return "时钟偏差" + drift(md, received).toSeconds() + "秒,超过上限" + settings.maxClockDrift().toSeconds() + "秒";
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static List<String> alerts(MediaRow r) {
        return r.alerts == null || r.alerts.isBlank() ? List.of() : Arrays.asList(r.alerts.split(","));
    }

    // ------------------------------------------------------------------ quarantine

    private IngestOutcome quarantine(String channel, String sourceName, Result r, byte[] metadata, Path media)
            throws IOException {
        Instant at = now();
        QuarantineRow q = new QuarantineRow();
        q.channel = channel;
        q.sourceName = SafeNames.printable(sourceName);
        q.reasonCode = r.code;
        q.reason = clip(SafeNames.printable(r.reason), 1000);
        q.deviceSerial = r.metadata == null ? null : r.metadata.deviceSerial();
        q.caseNumber = r.metadata == null ? null : r.metadata.caseNumber();
        q.receivedAt = utc(at);
        q.status = "HELD";
        tx(m -> m.insertQuarantine(q));
        Path folder = settings.quarantineDir().resolve(Long.toString(q.id));
        Files.createDirectories(folder);
        if (metadata != null) {
            Files.write(folder.resolve("metadata.xml"), metadata);
        }
        boolean kept = false;
        if (media != null && Files.exists(media)) {
            Files.move(media, folder.resolve("media"));
            kept = true;
        }
        Files.writeString(folder.resolve("reason.txt"), "reason: " + q.reasonCode + "\n" + q.reason + "\nchannel: "
                + channel + "\nsource: " + q.sourceName + "\nreceived: " + at + "\nmedia kept: " + (kept ? "yes"
                : "no (采集站保留原文件,需重新交付)") + "\n", StandardCharsets.UTF_8);
        if (kept) {
            tx(m -> m.setQuarantineFolder(q.id, folder.toString()));
            q.folder = folder.toString();
        }
        delivery(channel, sourceName, "QUARANTINED", null, null, q.id, at);
        ledgerQuarantine(q.id, ACTOR);
        LOG.warn("音像记录已隔离 #{}: {} via {}: {} {}", q.id, q.sourceName, channel, q.reasonCode, q.reason);
        return IngestOutcome.quarantined(sourceName, q.reasonCode, q.reason, q.id, at);
    }

    @Override
    public QuarantineItem release(long id, String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("放行必须写明操作人");
        }
        QuarantineRow q = read(m -> m.findQuarantine(id));
        if (q == null || !"HELD".equals(q.status)) {
            throw new IllegalArgumentException("没有编号为" + id + "的隔离中记录");
        }
        Path folder = q.folder == null ? null : Path.of(q.folder);
        if (folder == null || !Files.isRegularFile(folder.resolve("media"))) {
            throw new IllegalArgumentException("隔离记录" + id + "未保留媒体文件(" + q.channel + "),请采集站重新交付");
        }
        try {
            byte[] metadata = Files.exists(folder.resolve("metadata.xml"))
                    ? Files.readAllBytes(folder.resolve("metadata.xml")) : null;
            Result r = process("release", q.sourceName, null, metadata, new Source(folder.resolve("media"), null));
            if (r.outcome == null) {
                String reason = clip(SafeNames.printable(r.reason), 1000);
                tx(m -> m.updateQuarantineReason(id, r.code, reason));
                ledgerQuarantine(id, actor);
                LOG.warn("隔离记录 #{} 放行未成功, still held: {} {}", id, r.code, reason);
            } else {
                String sha = r.outcome.sha256();
                if (tx(m -> m.releaseQuarantine(id, actor, utc(now()), sha)) == 1) {
                    ledgerQuarantine(id, actor);
                }
                Files.deleteIfExists(folder.resolve("media"));
                Files.writeString(folder.resolve("released.txt"), "released by " + actor + " at " + now() + ": "
                        + r.outcome.status() + " " + sha + "\n", StandardCharsets.UTF_8);
                LOG.info("隔离记录 #{} 已放行 by {}: {} {}", id, actor, r.outcome.status(), sha);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("隔离记录" + id + "读取失败", e);
        }
        return item(read(m -> m.findQuarantine(id)));
    }

    private void ledgerQuarantine(long id, String actor) {
        QuarantineRow q = read(m -> m.findQuarantine(id));
        intake.record(new LedgerAppend(KIND, SUBJECT + id, clip(actor.strip(), LedgerAppend.MAX_ACTOR_LENGTH),
                digest(q)));
    }

    static Sha256 digest(QuarantineRow q) {
        return Sha256.ofFields(q.id, q.channel, q.sourceName, q.reasonCode, q.reason, q.deviceSerial, q.caseNumber,
                q.folder, q.receivedAt, q.status, q.releasedBy, q.releasedAt, q.sha256);
    }

    @Override
    public Optional<Sha256> currentDigest(String subjectRef, String kind) {
        if (!KIND.equals(kind) || subjectRef == null || !subjectRef.startsWith(SUBJECT)) {
            throw new IllegalArgumentException("not a recorder-ingest subject: " + subjectRef);
        }
        long id = Long.parseLong(subjectRef.substring(SUBJECT.length()));
        QuarantineRow q = read(m -> m.findQuarantine(id));
        return q == null ? Optional.empty() : Optional.of(digest(q));
    }

    // ------------------------------------------------------------------ views

    @Override
    public List<IngestedMedia> media(int limit) {
        List<IngestedMedia> out = new ArrayList<>();
        for (MediaRow r : read(m -> m.recentMedia(Math.max(1, limit)))) {
            out.add(new IngestedMedia(r.id, r.sha256, r.sizeBytes, r.caseNumber, r.activity, r.officerId,
                    r.deviceSerial, r.stationFileId, r.fileName, instant(r.capturedStart), instant(r.receivedAt),
                    r.important, r.channel, r.deliveries, alerts(r)));
        }
        return out;
    }

    @Override
    public List<QuarantineItem> quarantine(boolean all, int limit) {
        List<QuarantineItem> out = new ArrayList<>();
        for (QuarantineRow q : read(m -> m.quarantine(all, Math.max(1, limit)))) {
            out.add(item(q));
        }
        return out;
    }

    @Override
    public List<IngestProgress> inFlight() {
        List<IngestProgress> out = new ArrayList<>();
        for (Live l : live.values()) {
            out.add(new IngestProgress(l.channel, l.sourceName, l.bytes.get(), l.declared, l.started));
        }
        out.sort((a, b) -> a.startedAt().compareTo(b.startedAt()));
        return out;
    }

    private static QuarantineItem item(QuarantineRow q) {
        return new QuarantineItem(q.id, q.channel, q.sourceName, q.reasonCode, q.reason, q.deviceSerial,
                q.caseNumber, q.folder, instant(q.receivedAt), q.status, q.releasedBy, instant(q.releasedAt),
                q.sha256);
    }

    // ------------------------------------------------------------------ helpers

    private void delivery(String channel, String sourceName, String outcome, String sha, Long mediaId,
                          Long quarantineId, Instant at) {
        DeliveryRow d = new DeliveryRow();
        d.channel = channel;
        d.sourceName = SafeNames.printable(sourceName);
        d.receivedAt = utc(at);
        d.outcome = outcome;
        d.sha256 = sha;
        d.mediaId = mediaId;
        d.quarantineId = quarantineId;
        tx(m -> m.insertDelivery(d));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private <T> T tx(Function<IngestMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(IngestMapper.class)));
    }

    private <T> T read(Function<IngestMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(IngestMapper.class)));
    }
}
