package org.sanxiang.review.internal;

import org.sanxiang.api.ledger.LedgerSink;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.sanxiang.api.applications.Application;
import org.sanxiang.api.applications.ApplicationNotFoundException;
import org.sanxiang.api.applications.PermitApplications;
import org.sanxiang.api.applications.Progress;
import org.sanxiang.api.applications.StepKind;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.LedgerIntake;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.CaseSnapshot;
import org.sanxiang.api.records.DocumentGate;
import org.sanxiang.api.records.RecordNotFoundException;
import org.sanxiang.api.records.RecordsException;
import org.sanxiang.api.records.StageGate;
import org.sanxiang.api.review.CatalogueResult;
import org.sanxiang.api.review.CollectiveDiscussion;
import org.sanxiang.api.review.Consultation;
import org.sanxiang.api.review.DiscussionConclusion;
import org.sanxiang.api.review.LegalReview;
import org.sanxiang.api.review.MaterialType;
import org.sanxiang.api.review.Opinion;
import org.sanxiang.api.review.OpinionDraft;
import org.sanxiang.api.review.ProposalVersion;
import org.sanxiang.api.review.ProposedDecision;
import org.sanxiang.api.review.ReviewAlert;
import org.sanxiang.api.review.ReviewCatalogue;
import org.sanxiang.api.review.ReviewException;
import org.sanxiang.api.review.ReviewRequest;
import org.sanxiang.api.review.ReviewState;
import org.sanxiang.api.review.Reviewer;
import org.sanxiang.api.review.ReviewerRegistry;
import org.sanxiang.store.support.ModuleStore;
import org.sanxiang.store.support.Registrations;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The legal review services ({@link LegalReview}, {@link ReviewCatalogue}, {@link ReviewerRegistry}) on the hub's
 * database, configured by PID {@value #PID}; also the records' {@link StageGate} (veto 决定) and
 * {@link DocumentGate} (veto 决定书) of R-L1, and the {@link ContentVerifier} of the {@code review:} subjects of
 * kind {@link LedgerKinds#REVIEW}. Overdue and near-deadline reviews are logged as WARN every
 * {@code alert.scan.minutes}. The objects that do the work are registered themselves ({@link Registrations}):
 * {@link ReviewService} (review, reviewers, ledger verification), its {@link Catalogue} and {@link DecisionGates}
 * (the gates).
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.sanxiang.api.review.LegalReview,org.sanxiang.api.review.ReviewerRegistry,org.sanxiang.api.ledger.ContentVerifier\"",
        uses = {LegalReview.class, ContentVerifier.class})
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.sanxiang.api.review.ReviewCatalogue\"",
        uses = {ReviewCatalogue.class})
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.sanxiang.api.records.StageGate,org.sanxiang.api.records.DocumentGate\"",
        uses = {StageGate.class})
@Component(service = {}, configurationPid = ReviewComponent.PID, immediate = true)
@Designate(ocd = ReviewConfig.class)
public class ReviewComponent {

    static final String PID = "org.sanxiang.review";
    static final List<String> MAPPERS = List.of("org/sanxiang/review/internal/ReviewMapper.xml");
    /** The purpose logged when the review reads a case (调阅事由). */
    static final String READ_PURPOSE = "法制审核:登记拟作出决定";

    private static final Logger LOG = LoggerFactory.getLogger(ReviewComponent.class);

    private final ReviewService service;
    private final DecisionGates gates;
    private final ScheduledExecutorService scheduler;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private volatile ReviewSettings settings;
    /** Where ledger events go: kept in the database until the ledger appended them (also while it is stopped). */
    private final LedgerIntake intake;
    private ScheduledFuture<?> scan;
    private final Registrations registrations;

    @Activate
    public ReviewComponent(@Reference(target = "(osgi.jndi.service.name=jdbc/sanxiang)") DataSource dataSource,
                           @Reference WorkingDayCalendar calendar, @Reference CaseRecords records,
                           @Reference LedgerIntake intake, ReviewConfig config, BundleContext context)
            throws SQLException {
        this.intake = intake;
        this.settings = ReviewSettings.of(config);
        ModuleStore store = ModuleStore.open(dataSource, "review", ReviewComponent.class.getClassLoader(), MAPPERS);
        this.service = new ReviewService(store, () -> settings, calendar, (number, actor) -> {
            try {
                org.sanxiang.api.records.EnforcementCase c = records.get(number, new AccessRequest(actor, READ_PURPOSE));
                return CaseLookup.Subject.of(c, ReviewService.PAST_DECISION.contains(c.stage()));
            } catch (RecordNotFoundException e) {
                return application(context, number, actor).orElseThrow(() -> new ReviewException(e.getMessage()));
            } catch (RecordsException e) {
                throw new ReviewException(e.getMessage());
            }
        }, this::sink, Clock.systemUTC());
        this.gates = new DecisionGates(() -> settings, service);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sanxiang-review-alerts");
            t.setDaemon(true);
            return t;
        });
        schedule();
        this.registrations = new Registrations(context)
                .add(service, Map.of(ContentVerifier.KIND_PROPERTY, LedgerKinds.REVIEW,
                        ContentVerifier.SUBJECT_PREFIX_PROPERTY, Canonical.PREFIX),
                        LegalReview.class, ReviewerRegistry.class, ContentVerifier.class)
                .add(service.catalogue(), ReviewCatalogue.class)
                .add(gates, Map.of(StageGate.NAME_PROPERTY, "法制审核", StageGate.REQUIREMENT_PROPERTY, "R-L1"),
                        StageGate.class, DocumentGate.class);
        LOG.info("Legal review ready on {} (schema v{}), catalogue: {}", store.databaseId(), store.schemaVersion(),
                service.catalogue().describe());
    }

    /**
     * A permit application (行政许可申请) of that receipt number, when the applications module runs and knows it: its
     * 审批结果 may be a major decision too (重大行政许可决定), proposed and reviewed like a case's. Looked up at each use,
     * not bound: the applications module consults this one before a decision.
     */
    private static Optional<CaseLookup.Subject> application(BundleContext context, String receipt, String actor) {
        ServiceReference<PermitApplications> ref = context.getServiceReference(PermitApplications.class);
        PermitApplications apps = ref == null ? null : context.getService(ref);
        if (apps == null) {
            return Optional.empty();
        }
        try {
            Progress p = apps.progress(receipt, new AccessRequest(actor, READ_PURPOSE));
            boolean decided = p.steps().stream().anyMatch(s -> s.kind() == StepKind.DECIDED);
            Application a = p.application();
            return Optional.of(new CaseLookup.Subject(a.receiptNumber(), EnforcementKind.PERMIT,
                    decided ? StepKind.DECIDED.chinese() : null,
                    List.of(new CaseLookup.SubjectParty(a.applicantName(), PartyType.valueOf(a.applicantType())))));
        } catch (ApplicationNotFoundException e) {
            return Optional.empty();
        } finally {
            context.ungetService(ref);
        }
    }

    @Modified
    void modified(ReviewConfig config) {
        try {
            settings = ReviewSettings.of(config);
        } catch (IllegalArgumentException e) {
            LOG.error("Review configuration {} NOT applied, the previous one stays in use: {}", PID, e.getMessage());
            return;
        }
        LOG.info("Review configuration {} reloaded, catalogue: {}", PID, service.catalogue().describe());
        schedule();
    }

    @Deactivate
    void deactivate() {
        registrations.close();
        scheduler.shutdownNow();
    }

    private synchronized void schedule() {
        if (scan != null) {
            scan.cancel(false);
        }
        int minutes = settings.alertScanMinutes();
        scan = scheduler.scheduleWithFixedDelay(this::scanAlerts, 1, minutes * 60L, TimeUnit.SECONDS);
    }

    /** Logs each alert once per day and kind as WARN (审核期限预警). */
    void scanAlerts() {
        try {
            LocalDate today = service.today();
            warned.removeIf(k -> !k.startsWith(today + "/"));
            for (ReviewAlert a : service.alerts(today)) {
                if (warned.add(today + "/" + a.requestId() + "/" + a.kind())) {
                    LOG.warn("法制审核{}: 申请{} 案件{} 期限{}{},剩余{}个工作日", a.kind().chinese(), a.requestId(),
                            a.caseNumber(), a.dueDate(), a.provisional() ? "(暂定)" : "", a.workingDaysLeft());
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Review alert scan failed: {}", e.getMessage(), e);
        }
    }


    private LedgerSink sink() {
        return LedgerSink.to(intake);
    }
}
