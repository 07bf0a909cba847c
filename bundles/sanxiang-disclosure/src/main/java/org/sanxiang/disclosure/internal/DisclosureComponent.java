package org.sanxiang.disclosure.internal;

import org.sanxiang.api.ledger.LedgerSink;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.sanxiang.api.disclosure.DeadlineAlertListener;
import org.sanxiang.api.disclosure.DeadlineMonitor;
import org.sanxiang.api.disclosure.DisclosureRules;
import org.sanxiang.api.disclosure.Inspections;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.api.disclosure.RegisterChangeListener;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerIntake;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.CaseEventListener;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.Transition;
import org.sanxiang.store.support.ModuleStore;
import org.sanxiang.store.support.Registrations;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disclosure services on the hub's database: {@link Publications} with its outbox, the
 * {@link DeadlineMonitor} and the {@link Registers}; the {@link ContentVerifier} of the ledger kinds they
 * append; and the {@link CaseEventListener} that opens a publication when a case reaches 决定. A
 * scheduler moves expired items out of public view, scans deadlines and keeps the personnel list in step
 * with the officers. Configured by PID {@value DisclosureRulesComponent#PID}, shared with the rules. The three
 * services built at activation are registered themselves ({@link Registrations}): {@link PublicationsService},
 * {@link RegistersService}, {@link InspectionsService}.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.sanxiang.api.disclosure.Publications,org.sanxiang.api.disclosure.DeadlineMonitor\"",
        uses = {Publications.class})
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.sanxiang.api.disclosure.Registers\"",
        uses = {Registers.class})
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.sanxiang.api.disclosure.Inspections\"",
        uses = {Inspections.class})
@Component(service = {ContentVerifier.class, CaseEventListener.class},
        configurationPid = DisclosureRulesComponent.PID, immediate = true,
        property = {
            ContentVerifier.KIND_PROPERTY + "=" + LedgerKinds.PUBLICATION,
            ContentVerifier.KIND_PROPERTY + "=" + LedgerKinds.REGISTER,
            ContentVerifier.KIND_PROPERTY + "=" + LedgerKinds.INSPECTION_DRAW,
            ContentVerifier.SUBJECT_PREFIX_PROPERTY + "=disclosure:"})
public class DisclosureComponent implements ContentVerifier, CaseEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(DisclosureComponent.class);
    static final List<String> MAPPERS = List.of("org/sanxiang/disclosure/internal/DisclosureMapper.xml");

    @ObjectClassDefinition(name = "Sanxiang disclosure monitor (公示期限监控)")
    public @interface Config {

        @AttributeDefinition(description = "Working days before the deadline from which an unpublished decision"
                + " raises a near-breach alert (即将超期).")
        int near_breach_working_days() default 2;

        @AttributeDefinition(description = "Minutes between two runs of the monitor (expiry, deadlines, personnel"
                + " list); 0 turns the schedule off.")
        int monitor_interval_minutes() default 60;

        @AttributeDefinition(description = "Count a publication as out only when the national credit system"
                + " acknowledged it (turn on with the credit-publication adapter).")
        boolean deadline_requires_acknowledgement() default false;

        @AttributeDefinition(description = "Keep the personnel list (行政执法人员清单) in step with the officers.")
        boolean personnel_sync() default true;
    }

    private final List<DeadlineAlertListener> alertListeners = new CopyOnWriteArrayList<>();
    private final List<RegisterChangeListener> registerListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler;
    /** Where ledger events go: kept in the database until the ledger appended them (also while it is stopped). */
    private final LedgerIntake intake;
    private volatile OfficerRegistry officers;
    private volatile boolean personnelSync;
    private final PublicationsService publications;
    private final RegistersService registers;
    private final InspectionsService inspections;
    private final Registrations registrations;

    @Activate
    public DisclosureComponent(@Reference(target = "(osgi.jndi.service.name=jdbc/sanxiang)") DataSource dataSource,
                               @Reference DisclosureRules rules, @Reference WorkingDayCalendar calendar,
                               @Reference LedgerIntake intake, Config config, BundleContext context)
            throws SQLException {
        this.intake = intake;
        ModuleStore store = ModuleStore.open(dataSource, "disclosure", DisclosureComponent.class.getClassLoader(),
                MAPPERS);
        LedgerSink sink = this::append;
        this.publications = new PublicationsService(store, rules, calendar, sink,
                () -> List.copyOf(alertListeners), Clock.systemUTC(), config.near_breach_working_days());
        this.registers = new RegistersService(store, sink, () -> Optional.ofNullable(officers),
                () -> List.copyOf(registerListeners), Clock.systemUTC());
        publications.setRequireAcknowledgement(config.deadline_requires_acknowledgement());
        publications.indexUnindexed();
        this.inspections = new InspectionsService(store, rules, sink, () -> Optional.ofNullable(officers),
                Clock.systemUTC());
        personnelSync = config.personnel_sync();
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sanxiang-disclosure-monitor");
            t.setDaemon(true);
            return t;
        });
        if (config.monitor_interval_minutes() > 0) {
            scheduler.scheduleWithFixedDelay(this::runMonitor, 1, config.monitor_interval_minutes() * 60L,
                    TimeUnit.SECONDS);
        }
        this.registrations = new Registrations(context)
                .add(publications, Publications.class, DeadlineMonitor.class)
                .add(registers, Registers.class)
                .add(inspections, Inspections.class);
        LOG.info("Disclosure ready on {} (schema v{}), monitor every {} min", store.databaseId(),
                store.schemaVersion(), config.monitor_interval_minutes());
    }

    @Modified
    void modified(Config config) {
        try {
            publications.setNearBreachWorkingDays(config.near_breach_working_days());
            publications.setRequireAcknowledgement(config.deadline_requires_acknowledgement());
            personnelSync = config.personnel_sync();
        } catch (IllegalArgumentException e) {
            LOG.error("Disclosure monitor NOT reconfigured, the settings in use stay: {}", e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        registrations.close();
        scheduler.shutdownNow();
    }

    /** One monitor run (also what {@code sanxiang:deadline-list --scan} triggers through the services). */
    void runMonitor() {
        try {
            LocalDate today = publications.today();
            publications.expire(today);
            publications.scan(today);
            if (personnelSync && officers != null) {
                registers.syncPersonnel(today, "system");
            }
        } catch (RuntimeException e) {
            LOG.error("Disclosure monitor run failed, next run as scheduled: {}", e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- CaseEventListener

    @Override
    public void transitioned(EnforcementCase after, Transition transition) {
        if (transition.to() != CaseStage.DECISION) {
            return;
        }
        LocalDate decided = LocalDateTime.ofInstant(transition.at(), PublicationsService.CHINA).toLocalDate();
        String item = after.item() != null && after.item().length() <= 64 ? after.item() : null;
        publications.open(after.caseNumber(), after.kind(), item, decided, transition.actor());
    }

    // ---------------------------------------------------------------- ContentVerifier

    @Override
    public Optional<Sha256> currentDigest(String subjectRef, String kind) {
        if (subjectRef.startsWith(Canonical.EVENT)) {
            return publications.eventDigest(Long.parseLong(subjectRef.substring(Canonical.EVENT.length())));
        }
        if (subjectRef.startsWith(Canonical.DRAW) || subjectRef.startsWith(Canonical.DRAW_RESULTS)) {
            return inspections.digest(subjectRef);
        }
        if (subjectRef.startsWith(Canonical.REGISTER)) {
            return registers.registerDigest(Long.parseLong(subjectRef.substring(Canonical.REGISTER.length())));
        }
        throw new IllegalArgumentException("not a disclosure subject: " + subjectRef);
    }

    // ---------------------------------------------------------------- references

    private void append(String kind, String subject, String actor, Sha256 digest) {
        intake.record(new LedgerAppend(kind, subject, actor, digest));
    }


    @Reference(service = OfficerRegistry.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindOfficers(OfficerRegistry r) {
        officers = r;
    }

    void unbindOfficers(OfficerRegistry r) {
        if (officers == r) {
            officers = null;
        }
    }

    @Reference(service = DeadlineAlertListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void bindAlertListener(DeadlineAlertListener l) {
        alertListeners.add(l);
    }

    void unbindAlertListener(DeadlineAlertListener l) {
        alertListeners.remove(l);
    }

    @Reference(service = RegisterChangeListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void bindRegisterListener(RegisterChangeListener l) {
        registerListeners.add(l);
    }

    void unbindRegisterListener(RegisterChangeListener l) {
        registerListeners.remove(l);
    }
}
