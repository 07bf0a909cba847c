package org.sanxiang.records.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.annotation.bundle.Capability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.health.HealthStatus;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerIntake;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.CaseEventListener;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.DocumentGate;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.Retention;
import org.sanxiang.api.records.StageGate;
import org.sanxiang.store.support.ConfigValues;
import org.sanxiang.store.support.ModuleStore;
import org.sanxiang.store.support.Registrations;
import org.sanxiang.store.support.StoredConfiguration;
import java.util.Map;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sanxiang.api.records.RecordingAlert;
import org.sanxiang.api.records.IntegrityRun;
import org.sanxiang.api.records.IntegrityWatch;
import org.sanxiang.api.records.RecordingWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records services ({@link CaseRecords}, {@link OfficerRegistry}, {@link AccessLog}, {@link Retention},
 * {@link EvidenceStore}) on the hub's database, configured by PID {@value #PID}; also the
 * {@link ContentVerifier} of the ledger kinds it appends. The {@link RecordsService} built at activation is itself
 * registered under those interfaces ({@link Registrations}). Ledger events go through the durable {@link LedgerIntake}:
 * an event of a change made while the ledger is stopped is ledgered when it is back. Extra {@link StageGate}s, {@link DocumentGate}s and
 * {@link CaseEventListener}s are looked up in the service registry at each use; the gates named in
 * {@code required.gates} must be among them (fail closed, {@link RequiredGates}). Every change of the effective configuration (and the
 * first one) is recorded in {@code sx_rec_config} and ledgered as {@link LedgerKinds#CONFIG_CHANGE}.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.sanxiang.api.records.CaseRecords,org.sanxiang.api.records.OfficerRegistry,org.sanxiang.api.records.AccessLog,org.sanxiang.api.records.Retention,org.sanxiang.api.records.EvidenceStore,org.sanxiang.api.ledger.ContentVerifier\"",
        uses = {CaseRecords.class, ContentVerifier.class})
@Component(service = {HealthCheck.class, RecordingWatch.class, IntegrityWatch.class},
        configurationPid = RecordsComponent.PID, immediate = true)
@Designate(ocd = RecordsConfig.class)
public class RecordsComponent implements HealthCheck, RecordingWatch, IntegrityWatch {

    static final String PID = "org.sanxiang.records";
    static final List<String> MAPPERS = List.of("org/sanxiang/records/internal/RecordsMapper.xml");

    private static final Logger LOG = LoggerFactory.getLogger(RecordsComponent.class);

    /** The ledger actor of configuration changes: ConfigAdmin does not say who edited the file. */
    static final String CONFIG_ACTOR = "configadmin";

    private final TrackedServices<StageGate> gates;
    private final TrackedServices<DocumentGate> documentGates;
    private final TrackedServices<CaseEventListener> listeners;
    private final Path evidenceRoot;
    private volatile Ledger ledger;
    /** Where ledger events go: kept in the database until the ledger appended them (also while it is stopped). */
    private final LedgerIntake intake;
    private volatile RecordsSettings settings;
    private volatile String watchDelay;
    private final BundleContext context;
    private final RecordingWatchService watch;
    private final IntegrityWatchService integrity;
    private final RecordsService records;
    private final Registrations registrations;

    @Activate
    public RecordsComponent(@Reference(target = "(osgi.jndi.service.name=jdbc/sanxiang)") DataSource dataSource,
                            @Reference LedgerIntake intake, RecordsConfig config, BundleContext context)
            throws SQLException {
        this.intake = intake;
        this.settings = RecordsSettings.of(config);
        ModuleStore store = ModuleStore.open(dataSource, "records", RecordsComponent.class.getClassLoader(), MAPPERS);
        this.evidenceRoot = resolve(config.evidence_root());
        FileEvidenceStore evidence = new FileEvidenceStore(evidenceRoot);
        this.gates = new TrackedServices<>(context, StageGate.class);
        this.documentGates = new TrackedServices<>(context, DocumentGate.class);
        this.listeners = new TrackedServices<>(context, CaseEventListener.class);
        RequiredGates required = new RequiredGates(() -> settings, () -> gates.names(StageGate.NAME_PROPERTY),
                () -> documentGates.names(StageGate.NAME_PROPERTY));
        NamedGate<StageGate> requiredStage = new NamedGate<>("必需关卡", "R-L1", required);
        NamedGate<DocumentGate> requiredDocument = new NamedGate<>("必需关卡", "R-L1", required);
        this.records = new RecordsService(store, evidence, () -> settings,
                () -> withFirst(requiredStage, gates.named(StageGate.NAME_PROPERTY, StageGate.REQUIREMENT_PROPERTY)),
                () -> withFirst(requiredDocument,
                        documentGates.named(StageGate.NAME_PROPERTY, StageGate.REQUIREMENT_PROPERTY)),
                listeners::services, this::sink, Clock.systemUTC());
        this.context = context;
        this.watchDelay = config.recording_watch_delay();
        this.watch = new RecordingWatchService(store, () -> settings, this::delay, Instant::now);
        records.watch(watch);
        this.integrity = new IntegrityWatchService(records::verify, () -> ledger);
        configureIntegrity(config);
        recordSettings();
        this.registrations = new Registrations(context)
                .add(records, Map.of(ContentVerifier.KIND_PROPERTY, new String[] {LedgerKinds.CASE_TRANSITION,
                        LedgerKinds.DOCUMENT, LedgerKinds.MEDIA_LINK, LedgerKinds.ACCESS, LedgerKinds.RETENTION,
                        LedgerKinds.CONFIG_CHANGE},
                        ContentVerifier.SUBJECT_PREFIX_PROPERTY, new String[] {"records:", "config:" + PID + ":"}),
                        CaseRecords.class, OfficerRegistry.class, AccessLog.class, Retention.class, EvidenceStore.class,
                        ContentVerifier.class)
                .add(integrity.health(), HealthCheck.class);
        LOG.info("Records ready on {} (schema v{}), evidence store {}", store.databaseId(), store.schemaVersion(),
                evidence.root());
    }

    @Modified
    void modified(RecordsConfig config) {
        RecordsSettings parsed;
        try {
            parsed = RecordsSettings.of(config);
        } catch (IllegalArgumentException e) {
            LOG.error("Records configuration {} NOT applied, the previous one stays in use: {}", PID, e.getMessage());
            return;
        }
        try {
            Path root = resolve(config.evidence_root());
            if (!root.equals(evidenceRoot)) {
                LOG.warn("evidence.root {} takes effect at the next start of sanxiang-records; the evidence store "
                        + "stays at {} until then", root, evidenceRoot);
            }
        } catch (IllegalStateException e) {
            LOG.warn("{}; the evidence store stays at {}", e.getMessage(), evidenceRoot);
        }
        Set<String> dropped = new TreeSet<>(settings.requiredGates());
        dropped.removeAll(parsed.requiredGates());
        if (!dropped.isEmpty()) {
            LOG.warn("必需关卡已关闭 / required gate(s) switched off by configuration: {} — stage changes and "
                    + "documents no longer wait for them (recorded and ledgered as a configuration change)", dropped);
        }
        settings = parsed;
        watchDelay = config.recording_watch_delay();
        configureIntegrity(config);
        LOG.info("Records configuration {} reloaded", PID);
        recordSettings();
    }

    private void recordSettings() {
        try {
            records.recordSettings(settings, CONFIG_ACTOR);
        } catch (RuntimeException e) {
            LOG.error("Records configuration {} applied but not recorded: {}", PID, e.getMessage(), e);
        }
    }

    private void configureIntegrity(RecordsConfig config) {
        String problem = integrity.configure(config.integrity_verify_interval(), config.integrity_verify_sample());
        if (problem != null) {
            LOG.warn(problem);
        }
    }

    // ---------------------------------------------------------------- integrity verification

    @Override
    public boolean start(boolean quick, String actor) {
        return integrity.start(quick, actor);
    }

    @Override
    public Optional<IntegrityRun> running() {
        return integrity.running();
    }

    @Override
    public Optional<IntegrityRun> last() {
        return integrity.last();
    }

    @Override
    public Optional<Instant> nextScheduled() {
        return integrity.nextScheduled();
    }

    // ---------------------------------------------------------------- expected-recording watch

    /** The recording intake's PID, whose {@code upload.max.delay.hours} the watch applies unless set here. */
    static final String INGEST_PID = "org.sanxiang.ingest";
    static final Duration DEFAULT_WATCH_DELAY = Duration.ofHours(24);

    @Override
    public Duration delay() {
        String own = watchDelay;
        if (own != null && !own.isBlank()) {
            try {
                Duration d = Duration.parse(own.strip());
                if (!d.isNegative() && !d.isZero()) {
                    return d;
                }
            } catch (java.time.format.DateTimeParseException e) {
                // reported below, the recorder's limit applies
            }
            LOG.warn("recording.watch.delay '{}' is not a positive ISO-8601 duration (e.g. PT24H); the recorder's "
                    + "upload.max.delay.hours applies", own);
        }
        return recorderDelay().orElse(DEFAULT_WATCH_DELAY);
    }

    private Optional<Duration> recorderDelay() {
        String v = StoredConfiguration.of(context, INGEST_PID).get("upload.max.delay.hours");
        try {
            long hours = v == null ? 0 : Long.parseLong(v.strip());
            return hours > 0 ? Optional.of(Duration.ofHours(hours)) : Optional.empty();
        } catch (NumberFormatException e) {
            LOG.debug("upload.max.delay.hours of {} not readable: {}", INGEST_PID, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public List<RecordingAlert> scan(Instant asOf) {
        return watch.scan(asOf);
    }

    @Override
    public List<RecordingAlert> alerts(boolean openOnly, int limit) {
        return watch.alerts(openOnly, limit);
    }

    // ---------------------------------------------------------------- health: the required gates

    @Override
    public String component() {
        return "gates";
    }

    /** DOWN while a gate named in {@code required.gates} is not running: no case moves meanwhile. */
    @Override
    public HealthStatus check() {
        long t0 = System.nanoTime();
        Set<String> required = new TreeSet<>(settings.requiredGates());
        Set<String> running = new TreeSet<>(gates.names(StageGate.NAME_PROPERTY));
        running.retainAll(documentGates.names(StageGate.NAME_PROPERTY));
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(running);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (!missing.isEmpty()) {
            return HealthStatus.down(component(), "必需关卡未运行 " + missing + ": 环节变更和文书被拒绝", ms);
        }
        return HealthStatus.up(component(), required.isEmpty() ? "no required gates (required.gates empty)"
                : "required " + required + " running", ms);
    }

    private static <T> List<T> withFirst(T first, List<T> rest) {
        List<T> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    @Deactivate
    void deactivate() {
        registrations.close();
        integrity.close();
        gates.close();
        documentGates.close();
        listeners.close();
    }

    @Reference(service = Ledger.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindLedger(Ledger l) {
        ledger = l;
        RecordsService s = records;
        if (s != null) {
            // the settings recorded at activation may have come before the ledger; ledgered on another thread,
            // because this bind runs while the ledger's component is still being created (taking the intake here
            // would ask the framework for that component again: a circular reference SCR reports as an ERROR)
            CompletableFuture.runAsync(s::ledgerLastSettings);
        }
    }

    void unbindLedger(Ledger l) {
        if (ledger == l) {
            ledger = null;
        }
    }

    private RecordsLedger sink() {
        Ledger l = ledger;
        LedgerIntake i = intake;
        return new RecordsLedger() {
            @Override
            public void append(String kind, String subjectRef, String actor, Sha256 digest) {
                i.record(new LedgerAppend(kind, subjectRef, actor, digest));
            }

            @Override
            public boolean has(String subjectRef) {
                return l != null && !l.entriesFor(subjectRef).isEmpty();
            }

            @Override
            public boolean isPresent() {
                return l != null;
            }
        };
    }

    static Path resolve(String configured) {
        return ConfigValues.path(PID, "evidence.root", configured);
    }
}
