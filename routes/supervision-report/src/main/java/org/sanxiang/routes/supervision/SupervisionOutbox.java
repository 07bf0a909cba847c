package org.sanxiang.routes.supervision;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.disclosure.DeadlineAlert;
import org.sanxiang.api.disclosure.DeadlineAlertListener;
import org.sanxiang.api.disclosure.RegisterChangeListener;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.ledger.ConsistencyProof;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;
import org.sanxiang.api.records.CaseEventListener;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.RecordingAlert;
import org.sanxiang.api.records.Transition;
import org.sanxiang.api.review.ReviewAlert;
import org.sanxiang.contracts.supervision.v1.AnnualReport;
import org.sanxiang.contracts.supervision.v1.CaseStatus;
import org.sanxiang.contracts.supervision.v1.Checkpoint;
import org.sanxiang.contracts.supervision.v1.DeliverRequest;
import org.sanxiang.contracts.supervision.v1.Field;
import org.sanxiang.contracts.supervision.v1.MessageKind;
import org.sanxiang.contracts.supervision.v1.ObjectFactory;
import org.sanxiang.contracts.supervision.v1.RegisterChange;
import org.sanxiang.routes.delivery.OutboundEntry;
import org.sanxiang.routes.delivery.OutboxSource;
import org.sanxiang.routes.supervision.SupervisionMapper.CheckpointRow;
import org.sanxiang.routes.supervision.SupervisionMapper.MessageRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervision adapter's outbox (报送发件箱): every event the office must hear of becomes one
 * {@link DeliverRequest} row keyed by business key + version — case status changes in the supervision
 * codes (01..06, with 04 执行完毕 when execution ends), register changes, deadline alerts, ledger
 * checkpoints with the consistency proof from the previous checkpoint, annual reports. Writing the same
 * key and version twice keeps the first: re-pushing is idempotent here as at the office. The outbox is the
 * source of the shared delivery channel {@code supervision} ({@link OutboxSource}): a row is delivered under
 * the delivery key {@code <business key>#<version>} (the pair the office keys on), in the group of its
 * business key (versions of one key reach the office in order).
 */
public final class SupervisionOutbox implements CaseEventListener, RegisterChangeListener, DeadlineAlertListener,
        OutboxSource {

    static final List<String> MAPPERS = List.of("org/sanxiang/routes/supervision/SupervisionMapper.xml");
    private static final Logger LOG = LoggerFactory.getLogger(SupervisionOutbox.class);

    private final ModuleStore store;
    private final Ledger ledger;
    private final String bureau;
    private final Clock clock;
    private final JAXBContext jaxb;

    public SupervisionOutbox(ModuleStore store, Ledger ledger, String bureau) {
        this(store, ledger, bureau, Clock.systemUTC());
    }

    /** The adapter's tables on the hub's database (module {@code supervision}), migrated at start. */
    public static ModuleStore openStore(DataSource dataSource) throws SQLException {
        return ModuleStore.open(dataSource, "supervision", SupervisionOutbox.class.getClassLoader(), MAPPERS);
    }

    SupervisionOutbox(ModuleStore store, Ledger ledger, String bureau, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.bureau = bureau;
        this.clock = clock;
        try {
            this.jaxb = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("supervision contract classes not usable: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- events

    @Override
    public void transitioned(EnforcementCase after, Transition t) {
        String from = t.from() == null ? null : t.from().supervisionCode();
        List<String> codes = new ArrayList<>();
        if (t.from() == CaseStage.EXECUTION) {
            codes.add("04");
        }
        if (!t.to().supervisionCode().equals(from)) {
            codes.add(t.to().supervisionCode());
        }
        for (String code : codes) {
            CaseStatus s = new CaseStatus();
            s.setCaseNumber(after.caseNumber());
            s.setEnforcementKind(after.kind().name());
            s.setItem(after.item());
            s.setStatusCode(code);
            s.setStage(t.to().name());
            s.setChangedAt(SupervisionQueries.xml(t.at()));
            DeliverRequest r = request("CASE-" + after.caseNumber() + "-" + code, 1, MessageKind.CASE_STATUS);
            r.setCaseStatus(s);
            put(r, "案件" + after.caseNumber() + " 状态" + code);
        }
    }

    @Override
    public void changed(RegisterEntry entry) {
        RegisterChange c = new RegisterChange();
        c.setRegister(entry.type().name());
        c.setKey(entry.key());
        c.setEffectiveFrom(date(entry.effectiveFrom()));
        c.setWithdrawn(entry.withdrawn());
        for (Map.Entry<String, String> f : entry.fields().entrySet()) {
            Field field = new Field();
            field.setName(f.getKey());
            field.setValue(f.getValue());
            c.getField().add(field);
        }
        DeliverRequest r = request("REG-" + entry.type().name() + "-" + entry.key(), entry.version(),
                MessageKind.REGISTER_CHANGE);
        r.setRegisterChange(c);
        put(r, entry.type().chinese() + " " + entry.key() + " v" + entry.version());
    }

    @Override
    public void alert(DeadlineAlert alert) {
        org.sanxiang.contracts.supervision.v1.DeadlineAlert a = new org.sanxiang.contracts.supervision.v1.DeadlineAlert();
        a.setSubject("PUBLICATION");
        a.setReference(String.valueOf(alert.publicationId()));
        a.setCaseNumber(alert.caseNumber());
        a.setLevel(alert.level().name());
        a.setDue(date(alert.due()));
        a.setWorkingDaysLeft(alert.workingDaysLeft());
        DeliverRequest r = request("ALERT-PUB-" + alert.publicationId() + "-" + alert.level() + "-" + alert.due(), 1,
                MessageKind.DEADLINE_ALERT);
        r.setDeadlineAlert(a);
        put(r, "公示" + alert.publicationId() + " " + alert.level().chinese());
    }

    /**
     * Queues a legal review's deadline alert (subject {@code REVIEW}, level {@code BREACH} when overdue,
     * {@code NEAR_BREACH} near the deadline) under {@code review-alert:<request>:<kind>}, version = the day
     * ({@code yyyyMMdd}): once per request, kind and day.
     */
    public MessageRow reviewAlert(ReviewAlert alert, LocalDate day) {
        org.sanxiang.contracts.supervision.v1.DeadlineAlert a = new org.sanxiang.contracts.supervision.v1.DeadlineAlert();
        a.setSubject("REVIEW");
        a.setReference(String.valueOf(alert.requestId()));
        a.setCaseNumber(alert.caseNumber());
        a.setLevel(alert.kind() == ReviewAlert.Kind.OVERDUE ? DeadlineAlert.Level.BREACH.name()
                : DeadlineAlert.Level.NEAR_BREACH.name());
        a.setDue(date(alert.dueDate()));
        a.setWorkingDaysLeft(alert.workingDaysLeft());
        DeliverRequest r = request(reviewAlertKey(alert.requestId(), alert.kind()), dayVersion(day),
                MessageKind.DEADLINE_ALERT);
        r.setDeadlineAlert(a);
        return put(r, "法制审核" + alert.requestId() + " " + alert.kind().chinese() + " " + day
                + (alert.caseNumber() == null ? "" : " 案件" + alert.caseNumber()));
    }

    /**
     * An alert of the expected-recording watch (音像记录未按时上传) under {@code recording-alert:<id>}: version 1
     * (level {@code BREACH}) when raised, version 2 (level {@code CLEARED}) once the recording arrived or the case
     * left the stage. {@code due} is the day (China) the recording was due; {@code workingDaysLeft} is 0.
     */
    public MessageRow recordingAlert(RecordingAlert alert) {
        org.sanxiang.contracts.supervision.v1.DeadlineAlert a = new org.sanxiang.contracts.supervision.v1.DeadlineAlert();
        a.setSubject("RECORDING");
        a.setReference(alert.caseNumber() + ":" + alert.activity().name());
        a.setCaseNumber(alert.caseNumber());
        a.setLevel(alert.open() ? DeadlineAlert.Level.BREACH.name() : "CLEARED");
        a.setDue(date(LocalDate.ofInstant(alert.dueAt(), SupervisionOutboxRoutes.ZONE)));
        a.setWorkingDaysLeft(0);
        DeliverRequest r = request("recording-alert:" + alert.id(), alert.open() ? 1 : 2, MessageKind.DEADLINE_ALERT);
        r.setDeadlineAlert(a);
        return put(r, "音像记录" + (alert.open() ? "未按时上传" : "预警解除") + " 案件" + alert.caseNumber() + " "
                + alert.activity().chinese());
    }

    static String reviewAlertKey(long requestId, ReviewAlert.Kind kind) {
        return "review-alert:" + requestId + ":" + kind.name();
    }

    /** A day as a message version: {@code yyyyMMdd} (20260305), increasing from day to day. */
    static int dayVersion(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    /**
     * Signs the ledger's current head and queues it as a checkpoint with the consistency proof from the
     * previous checkpoint; nothing new when the ledger has not grown since.
     */
    public synchronized Optional<CheckpointRow> checkpoint() {
        SignedTreeHead head = ledger.signHead();
        CheckpointRow previous = read(SupervisionMapper::lastCheckpoint);
        if (previous != null && previous.treeSize == head.treeSize()
                && previous.rootHash.equals(head.rootHash().hex())) {
            return Optional.empty();
        }
        Checkpoint c = new Checkpoint();
        c.setTreeSize(head.treeSize());
        c.setRootHash(head.rootHash().hex());
        c.setTimestamp(SupervisionQueries.xml(head.timestamp()));
        c.setKeyId(head.keyId());
        c.setSignature(head.signature());
        c.setPublicKey(ledger.signingKey().getEncoded());
        if (previous != null && previous.treeSize > 0 && previous.treeSize <= head.treeSize()) {
            ConsistencyProof proof = ledger.consistencyProof(previous.treeSize, head.treeSize());
            c.setPreviousTreeSize(previous.treeSize);
            proof.path().forEach(h -> c.getConsistencyPath().add(h.hex()));
        }
        String key = "CP-" + head.treeSize() + "-" + head.rootHash().hex().substring(0, 16);
        DeliverRequest r = request(key, 1, MessageKind.CHECKPOINT);
        r.setCheckpoint(c);
        CheckpointRow row = new CheckpointRow();
        row.treeSize = head.treeSize();
        row.rootHash = head.rootHash().hex();
        row.signedAt = LocalDateTime.ofInstant(head.timestamp(), ZoneOffset.UTC);
        row.keyId = head.keyId();
        row.previousSize = c.getPreviousTreeSize();
        row.businessKey = key;
        row.createdAt = now();
        tx(m -> {
            m.insertCheckpoint(row);
            insert(m, r, "账本检查点 " + head.treeSize());
            return null;
        });
        LOG.info("Ledger checkpoint {} ({}) queued for the supervision office", head.treeSize(), row.rootHash);
        return Optional.of(row);
    }

    /** Queues an annual statistics report (a new version when the year's report was sent before). */
    public MessageRow annualReport(int year, String reportXml) {
        AnnualReport a = new AnnualReport();
        a.setYear(year);
        a.setReportXml(reportXml);
        a.setSha256(Sha256.digest(reportXml.getBytes(StandardCharsets.UTF_8)).hex());
        String key = "REPORT-" + year;
        Integer last = read(m -> m.lastVersion(key));
        DeliverRequest r = request(key, last == null ? 1 : last + 1, MessageKind.ANNUAL_REPORT);
        r.setAnnualReport(a);
        return put(r, year + "年行政执法统计年报");
    }

    /** Whether any version of the year's annual report was queued already. */
    public boolean annualReportQueued(int year) {
        return read(m -> m.lastVersion("REPORT-" + year)) != null;
    }

    // ---------------------------------------------------------------- reads for delivery and the console

    /** The delivery key of a message: business key and version, as the office keys on them. */
    public static String deliveryKey(String businessKey, int version) {
        return businessKey + "#" + version;
    }

    @Override
    public List<OutboundEntry> after(long position, int limit) {
        List<OutboundEntry> entries = new ArrayList<>();
        for (MessageRow row : read(m -> m.messagesAfter(position, limit))) {
            entries.add(new OutboundEntry(row.id, deliveryKey(row.businessKey, row.version), row.businessKey,
                    row.version, row.kind, row.summary, row.body));
        }
        return entries;
    }

    public List<CheckpointRow> checkpoints(int limit) {
        return read(m -> m.checkpoints(limit));
    }

    // ---------------------------------------------------------------- helpers

    private DeliverRequest request(String key, int version, MessageKind kind) {
        DeliverRequest r = new DeliverRequest();
        // at most 189 characters: the delivery key adds '#' and the version and has to stay within 200
        r.setBusinessKey(key.length() > 189 ? key.substring(0, 189) : key);
        r.setVersion(version);
        r.setKind(kind);
        r.setBureau(bureau);
        r.setSentAt(SupervisionQueries.xml(clock.instant()));
        return r;
    }

    private MessageRow put(DeliverRequest r, String summary) {
        MessageRow existing = read(m -> m.findMessage(r.getBusinessKey(), r.getVersion()));
        if (existing != null) {
            return existing;
        }
        try {
            return tx(m -> insert(m, r, summary));
        } catch (RuntimeException e) {
            if (ModuleStore.isConstraintViolation(e)) {
                return read(m -> m.findMessage(r.getBusinessKey(), r.getVersion()));
            }
            throw e;
        }
    }

    private MessageRow insert(SupervisionMapper m, DeliverRequest r, String summary) {
        MessageRow row = new MessageRow();
        row.businessKey = r.getBusinessKey();
        row.version = r.getVersion();
        row.kind = r.getKind().name();
        row.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        row.body = marshal(r);
        row.createdAt = now();
        m.insertMessage(row);
        return row;
    }

    private String marshal(DeliverRequest r) {
        try {
            Marshaller marshaller = jaxb.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            marshaller.marshal(r, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("supervision message " + r.getBusinessKey() + " not writable: "
                    + e.getMessage(), e);
        }
    }

    private static javax.xml.datatype.XMLGregorianCalendar date(LocalDate d) {
        try {
            return javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar(d.toString());
        } catch (javax.xml.datatype.DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private <T> T tx(Function<SupervisionMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(SupervisionMapper.class)));
    }

    private <T> T read(Function<SupervisionMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(SupervisionMapper.class)));
    }

    static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
