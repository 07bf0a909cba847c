package org.sanxiang.applications.internal;

import org.sanxiang.api.ledger.LedgerSink;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sanxiang.api.applications.ApplicationRefusedException;
import org.osgi.service.metatype.annotations.Designate;
import org.sanxiang.api.applications.Application;
import org.sanxiang.api.applications.ApplicationRead;
import org.sanxiang.api.applications.Decision;
import org.sanxiang.api.applications.NewApplication;
import org.sanxiang.api.applications.PermitApplications;
import org.sanxiang.api.applications.Progress;
import org.sanxiang.api.applications.StepKind;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.LedgerIntake;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.review.LegalReview;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PermitApplications} on the hub's database (module {@code applications}, tables {@code sx_app_*}),
 * configured by PID {@code org.sanxiang.applications}; also the {@link ContentVerifier} of the ledger entries
 * it appends (kind {@code APPLICATION}, and {@code ACCESS} under the subject prefix {@code applications:}).
 * Ledger events go through the durable {@link LedgerIntake}: a change made while the ledger is stopped is ledgered
 * when it is back.
 */
@Component(service = {PermitApplications.class, ContentVerifier.class},
        configurationPid = "org.sanxiang.applications", immediate = true,
        property = {
            ContentVerifier.KIND_PROPERTY + "=" + ApplicationsService.KIND,
            ContentVerifier.KIND_PROPERTY + "=" + LedgerKinds.ACCESS,
            ContentVerifier.SUBJECT_PREFIX_PROPERTY + "=applications:"})
@Designate(ocd = ApplicationsConfig.class)
public class ApplicationsComponent implements PermitApplications, ContentVerifier {

    static final List<String> MAPPERS = List.of("org/sanxiang/applications/internal/ApplicationsMapper.xml");
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationsComponent.class);

    private final ApplicationsService service;
    private final BundleContext context;
    /** Where ledger events go: kept in the database until the ledger appended them (also while it is stopped). */
    private final LedgerIntake intake;
    private volatile int defaultTimeLimit;
    /**
     * The officer registry (records module), dynamic: a decision recorded while it is away is refused (fail
     * closed), the other steps go on.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OfficerRegistry officers;

    /** The region (行政区划代码) of the permits decided here: a deciding officer's certificate must cover it. */
    private volatile String region;

    @Activate
    public ApplicationsComponent(@Reference(target = "(osgi.jndi.service.name=jdbc/sanxiang)") DataSource dataSource,
                                 @Reference WorkingDayCalendar calendar, @Reference Registers registers,
                                 @Reference LedgerIntake intake, ApplicationsConfig config, BundleContext context)
            throws SQLException {
        this.intake = intake;
        this.context = context;
        this.defaultTimeLimit = config.default_time_limit_days();
        ModuleStore store = ModuleStore.open(dataSource, "applications", ApplicationsComponent.class.getClassLoader(),
                MAPPERS);
        this.region = config.region();
        this.service = new ApplicationsService(store, calendar, registers, this::sink, () -> defaultTimeLimit,
                Clock.systemUTC(), this::requireCertified, receipt -> reviewBlocker(context, receipt));
        LOG.info("Permit applications ready on {} (schema v{})", store.databaseId(), store.schemaVersion());
    }

    private void requireCertified(String officerId, LocalDate day) {
        OfficerRegistry o = officers;
        if (o == null) {
            throw new ApplicationRefusedException("执法人员清单(sanxiang-records)未运行，暂不能登记审批结果，请稍后重试");
        }
        o.requireCertified(officerId, EnforcementKind.PERMIT, region, day);
    }

    /**
     * The legal review's gate for a permit decision (重大行政许可决定法制审核, R-L1): the same {@code decisionBlocker} the
     * records gates ask for a case's 决定. Looked up at each use (the review looks applications up too); while the
     * review is not running no permit decision is recorded (fail closed, like the shipped required gate 法制审核).
     */
    private static Optional<String> reviewBlocker(BundleContext context, String receipt) {
        ServiceReference<LegalReview> ref = context.getServiceReference(LegalReview.class);
        LegalReview review = ref == null ? null : context.getService(ref);
        if (review == null) {
            throw new ApplicationRefusedException("法制审核(sanxiang-review)未运行，暂不能登记审批结果，请稍后重试");
        }
        try {
            return review.decisionBlocker(receipt, EnforcementKind.PERMIT);
        } finally {
            context.ungetService(ref);
        }
    }

    @Modified
    void modified(ApplicationsConfig config) {
        defaultTimeLimit = config.default_time_limit_days();
        region = config.region();
    }


    private LedgerSink sink() {
        return LedgerSink.to(intake);
    }

    @Override
    public Application submit(NewApplication application, String actor) {
        return service.submit(application, actor);
    }

    @Override
    public Progress recordStep(String receiptNumber, StepKind kind, LocalDate occurredOn, Decision decision,
                               String note, String decidedBy, String actor) {
        return service.recordStep(receiptNumber, kind, occurredOn, decision, note, decidedBy, actor);
    }

    @Override
    public Progress progress(String receiptNumber, AccessRequest access) {
        Progress p = service.progress(receiptNumber, access);
        inTheAccessLog(access, receiptNumber);
        return p;
    }

    @Override
    public List<Application> list(int limit, AccessRequest access) {
        List<Application> out = service.list(limit, access);
        inTheAccessLog(access, "*");
        return out;
    }

    /**
     * The read also goes into the records module's one access log (调阅监督, R-R6: {@code sanxiang:access-log} shows the
     * reads of every channel), type {@code APPLICATION}. The read is already logged and ledgered here
     * ({@code sx_app_access}); when the records module is away it is only there, and a WARN says so.
     */
    private void inTheAccessLog(AccessRequest access, String subject) {
        ServiceReference<AccessLog> ref = context.getServiceReference(AccessLog.class);
        AccessLog log = ref == null ? null : context.getService(ref);
        if (log == null) {
            LOG.warn("Read of application {} by {} logged in sx_app_access only: the records access log is not running",
                    subject, access.who());
            return;
        }
        try {
            log.record(access, "APPLICATION", subject);
        } catch (RuntimeException e) {
            LOG.warn("Read of application {} by {} logged in sx_app_access only: {}", subject, access.who(),
                    e.getMessage());
        } finally {
            context.ungetService(ref);
        }
    }

    @Override
    public List<ApplicationRead> reads(String receiptNumber, int limit) {
        return service.reads(receiptNumber, limit);
    }

    @Override
    public Optional<Sha256> currentDigest(String subjectRef, String kind) {
        return service.currentDigest(subjectRef, kind);
    }
}
