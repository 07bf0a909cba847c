package org.sanxiang.applications.internal;

import org.sanxiang.api.ledger.LedgerSink;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.applications.Application;
import org.sanxiang.api.applications.ApplicationNotFoundException;
import org.sanxiang.api.applications.ApplicationRead;
import org.sanxiang.api.applications.ApplicationRefusedException;
import org.sanxiang.api.applications.ApplicationStep;
import org.sanxiang.api.applications.Decision;
import org.sanxiang.api.applications.NewApplication;
import org.sanxiang.api.applications.PermitApplications;
import org.sanxiang.api.applications.Progress;
import org.sanxiang.api.applications.StepKind;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.domain.IdType;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.domain.UnifiedSocialCreditCode;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.applications.internal.Rows.AccessRow;
import org.sanxiang.applications.internal.Rows.ApplicationRow;
import org.sanxiang.applications.internal.Rows.StepRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Permit applications on the hub's database: each change is committed, then ledgered (kind
 * {@value #KIND} for applications and steps, {@code ACCESS} for reads); the {@link ContentVerifier} of those
 * entries recomputes each row's digest. No Camel, no CXF: the hall-window adapter calls this service.
 */
final class ApplicationsService implements PermitApplications, ContentVerifier {

    /** The ledger kind of applications and their steps (行政许可申请与办理环节). */
    static final String KIND = "APPLICATION";
    static final String APPLICATION = "applications:application:";
    static final String STEP = "applications:step:";
    static final String ACCESS = "applications:access:";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationsService.class);
    private static final Pattern DAYS = Pattern.compile("(\\d{1,3})\\s*个?\\s*工作日");
    private static final Pattern RECEIPT = Pattern.compile("SQ\\d{14}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ModuleStore store;
    private final WorkingDayCalendar calendar;
    private final Registers registers;
    private final Supplier<LedgerSink> ledger;
    private final Supplier<Integer> defaultTimeLimit;
    private final Clock clock;

    /** The certificate check of a deciding officer (持证上岗): throws with a Chinese message when not certified. */
    @FunctionalInterface
    interface DeciderCheck {
        void requireCertified(String officerId, LocalDate day);
    }

    private final DeciderCheck deciders;

    /**
     * The legal review's decision gate (法制审核, R-L1) for a permit decision: why the application may not be decided
     * now (a major proposed decision without a passed review), or empty. Throws with a Chinese message when the review
     * cannot tell (not running: fail closed).
     */
    @FunctionalInterface
    interface ReviewCheck {
        Optional<String> blocker(String receiptNumber);
    }

    private final ReviewCheck reviews;

    ApplicationsService(ModuleStore store, WorkingDayCalendar calendar, Registers registers,
                        Supplier<LedgerSink> ledger, Supplier<Integer> defaultTimeLimit, Clock clock,
                        DeciderCheck deciders, ReviewCheck reviews) {
        this.deciders = deciders;
        this.reviews = reviews;
        this.store = store;
        this.calendar = calendar;
        this.registers = registers;
        this.ledger = ledger;
        this.defaultTimeLimit = defaultTimeLimit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- submission (申请)

    @Override
    public Application submit(NewApplication a, String actor) {
        requireText(actor, "经办人", 100);
        requireText(a.channel(), "接入系统", 100);
        if (a.clientRequestId() == null || !CODE.matcher(a.clientRequestId()).matches()) {
            throw new ApplicationRefusedException("请求编号应为1-64位字母、数字或 ._- : " + a.clientRequestId());
        }
        ApplicationRow existing = read(m -> m.findByRequest(a.channel(), a.clientRequestId()));
        if (existing != null) {
            return application(existing, true);
        }
        if (a.counterId() == null || !CODE.matcher(a.counterId()).matches()) {
            throw new ApplicationRefusedException("窗口编号应为1-64位字母、数字或 ._- : " + a.counterId());
        }
        checkApplicant(a);
        LocalDate today = today();
        Item item = item(a.itemKey(), today);
        ApplicationRow r = new ApplicationRow();
        r.channel = a.channel();
        r.clientRequestId = a.clientRequestId();
        r.counterId = a.counterId();
        r.itemKey = a.itemKey();
        r.itemName = item.name;
        r.timeLimitDays = item.timeLimitDays;
        r.applicantType = a.applicantType().name();
        r.applicantName = a.applicantName().strip();
        r.creditCode = blankToNull(a.creditCode());
        r.idType = a.idType() == null ? null : IdType.of(a.idType().strip()) == IdType.OTHER ? a.idType().strip()
                : IdType.of(a.idType().strip()).chinese();
        r.idNumber = blankToNull(a.idNumber());
        r.phone = blankToNull(a.phone());
        r.materials = String.join("\n", a.materials());
        if (r.materials.length() > 4000) {
            throw new ApplicationRefusedException("申请材料清单过长(最多4000字)");
        }
        r.note = blankToNull(a.note());
        r.state = StepKind.APPLIED.name();
        r.submittedBy = actor;
        r.submittedAt = now();
        StepRow step = new StepRow();
        try {
            tx(m -> {
                m.insertApplication(r);
                r.receiptNumber = "SQ" + DAY.format(today) + String.format("%06d", r.id % 1_000_000);
                m.setReceiptNumber(r.id, r.receiptNumber);
                step.applicationId = r.id;
                step.seq = 1;
                step.kind = StepKind.APPLIED.name();
                step.occurredOn = today;
                step.recordedBy = actor;
                step.recordedAt = r.submittedAt;
                m.insertStep(step);
                return null;
            });
        } catch (RuntimeException e) {
            if (ModuleStore.isConstraintViolation(e)) {
                ApplicationRow first = read(m -> m.findByRequest(a.channel(), a.clientRequestId()));
                if (first != null) {
                    return application(first, true);
                }
            }
            throw e;
        }
        ledger(APPLICATION + r.id, actor, Canonical.application(r));
        ledger(STEP + step.id, actor, Canonical.step(step));
        LOG.info("行政许可申请 {} taken in at counter {} for item {} by {}", r.receiptNumber, r.counterId, r.itemKey,
                actor);
        return application(r, false);
    }

    private static void checkApplicant(NewApplication a) {
        requireText(a.applicantName(), "申请人名称", 200);
        PartyType type = a.applicantType();
        if (type == PartyType.NATURAL_PERSON) {
            if (a.idType() == null || a.idType().isBlank() || a.idNumber() == null || a.idNumber().isBlank()) {
                throw new ApplicationRefusedException("自然人申请须填写证件类型和证件号码");
            }
            IdType.of(a.idType().strip());
        } else {
            String problem = a.creditCode() == null ? "未填写" : UnifiedSocialCreditCode.problem(a.creditCode());
            if (problem != null) {
                throw new ApplicationRefusedException(type.chinese() + "申请须填写有效的统一社会信用代码: " + problem);
            }
        }
    }

    private record Item(String name, int timeLimitDays) {
    }

    /** The item as in force today: the service guide first (it carries 办理时限), else the item list. */
    private Item item(String key, LocalDate today) {
        if (key == null || !CODE.matcher(key).matches()) {
            throw new ApplicationRefusedException("事项编码应为1-64位字母、数字或 ._- : " + key);
        }
        for (RegisterType type : List.of(RegisterType.SERVICE_GUIDE, RegisterType.ENFORCEMENT_ITEM)) {
            Optional<RegisterEntry> entry = registers.asOf(type, today).stream()
                    .filter(e -> e.key().equals(key)).findFirst();
            if (entry.isPresent()) {
                Map<String, String> f = entry.get().fields();
                String name = f.getOrDefault("事项名称", key);
                Matcher days = DAYS.matcher(f.getOrDefault("办理时限", ""));
                return new Item(name, days.find() ? Integer.parseInt(days.group(1)) : defaultTimeLimit.get());
            }
        }
        throw new ApplicationRefusedException("事项 " + key + " 不在服务指南或行政执法事项清单中，不能受理申请");
    }

    // ---------------------------------------------------------------- steps (办理环节)

    @Override
    public Progress recordStep(String receiptNumber, StepKind kind, LocalDate occurredOn, Decision decision,
                               String note, String decidedBy, String actor) {
        requireText(actor, "经办人", 100);
        String decider = blankToNull(decidedBy);
        if (kind == StepKind.DECIDED && decider == null) {
            throw new ApplicationRefusedException("登记审批结果须注明作出决定的执法人员(持证上岗)");
        }
        if (kind != StepKind.DECIDED && decider != null) {
            throw new ApplicationRefusedException("只有审批结果环节注明作出决定的执法人员");
        }
        if (kind == null || kind == StepKind.APPLIED) {
            throw new ApplicationRefusedException("申请环节由提交申请产生，不能另行登记");
        }
        if ((kind == StepKind.DECIDED) != (decision != null)) {
            throw new ApplicationRefusedException(kind == StepKind.DECIDED ? "登记审批结果须注明准予或不予许可"
                    : "只有审批结果环节可以注明准予或不予许可");
        }
        if (note != null && note.length() > 4000) {
            throw new ApplicationRefusedException("说明过长(最多4000字)");
        }
        ApplicationRow app = row(receiptNumber);
        List<StepRow> steps = read(m -> m.steps(app.id));
        StepRow last = steps.get(steps.size() - 1);
        StepKind current = StepKind.valueOf(last.kind);
        if (!current.successors().contains(kind)) {
            throw new ApplicationRefusedException("申请 " + receiptNumber + " 当前环节为" + current.chinese() + "，不能登记"
                    + kind.chinese() + successorsText(current));
        }
        if (kind == StepKind.CORRECTION_NOTICE && steps.stream().anyMatch(s -> s.kind.equals(kind.name()))) {
            throw new ApplicationRefusedException("补正告知应一次告知全部内容，申请 " + receiptNumber + " 已告知过补正");
        }
        LocalDate today = today();
        LocalDate on = occurredOn == null ? today : occurredOn;
        if (on.isAfter(today)) {
            throw new ApplicationRefusedException("环节日期 " + on + " 晚于今日");
        }
        if (on.isBefore(last.occurredOn)) {
            throw new ApplicationRefusedException("环节日期 " + on + " 早于上一环节(" + StepKind.valueOf(last.kind).chinese()
                    + " " + last.occurredOn + ")");
        }
        if (decider != null) {
            try {
                deciders.requireCertified(decider, on);
            } catch (ApplicationRefusedException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ApplicationRefusedException("持证上岗(R-D4): " + e.getMessage());
            }
        }
        if (kind == StepKind.DECIDED) {
            Optional<String> blocked;
            try {
                blocked = reviews.blocker(receiptNumber);
            } catch (ApplicationRefusedException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ApplicationRefusedException("重大执法决定法制审核(R-L1): " + e.getMessage());
            }
            if (blocked.isPresent()) {
                throw new ApplicationRefusedException("重大执法决定法制审核(R-L1): " + blocked.get());
            }
        }
        StepRow s = new StepRow();
        s.decidedBy = decider;
        s.applicationId = app.id;
        s.seq = last.seq + 1;
        s.kind = kind.name();
        s.occurredOn = on;
        s.decision = decision == null ? null : decision.name();
        s.note = blankToNull(note);
        s.recordedBy = actor;
        s.recordedAt = now();
        try {
            tx(m -> {
                m.insertStep(s);
                if (m.updateState(app.id, current.name(), kind.name()) != 1) {
                    throw new ApplicationRefusedException("申请 " + receiptNumber + " 正被他人同时办理，请刷新后重试");
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (ModuleStore.isConstraintViolation(e)) {
                throw new ApplicationRefusedException("申请 " + receiptNumber + " 正被他人同时办理，请刷新后重试");
            }
            throw e;
        }
        ledger(STEP + s.id, actor, Canonical.step(s));
        LOG.info("行政许可申请 {}: {} on {} recorded by {}", receiptNumber, kind.chinese(), on, actor);
        app.state = kind.name();
        List<StepRow> all = new ArrayList<>(steps);
        all.add(s);
        return progress(app, all, today);
    }

    private static String successorsText(StepKind current) {
        if (current.successors().isEmpty()) {
            return "(已办结)";
        }
        return "(可登记: " + current.successors().stream().map(StepKind::chinese).collect(Collectors.joining("、"))
                + ")";
    }

    // ---------------------------------------------------------------- reads (logged, R-R6)

    @Override
    public Progress progress(String receiptNumber, AccessRequest access) {
        ApplicationRow app = row(receiptNumber);
        List<StepRow> steps = read(m -> m.steps(app.id));
        logRead(access, app.receiptNumber);
        return progress(app, steps, today());
    }

    @Override
    public List<Application> list(int limit, AccessRequest access) {
        List<Application> out = read(m -> m.newest(Math.max(1, Math.min(limit, 1000)))).stream()
                .map(r -> application(r, false)).collect(Collectors.toList());
        logRead(access, "LIST");
        return out;
    }

    @Override
    public List<ApplicationRead> reads(String receiptNumber, int limit) {
        return read(m -> m.reads(receiptNumber, Math.max(1, Math.min(limit, 10_000)))).stream()
                .map(r -> new ApplicationRead(r.id, r.accessedAt.toInstant(ZoneOffset.UTC), r.who, r.purpose,
                        r.subjectRef))
                .collect(Collectors.toList());
    }

    private void logRead(AccessRequest access, String subject) {
        if (access == null) {
            throw new ApplicationRefusedException("调阅申请记录必须说明调阅人和调阅事由");
        }
        AccessRow r = new AccessRow();
        r.accessedAt = now();
        r.who = access.who();
        r.purpose = access.purpose();
        r.subjectRef = subject;
        tx(m -> m.insertAccess(r));
        ledgerAs(org.sanxiang.api.ledger.LedgerKinds.ACCESS, ACCESS + r.id, access.who(), Canonical.access(r));
    }

    // ---------------------------------------------------------------- the working-day clock (办理时限)

    Progress progress(ApplicationRow app, List<StepRow> rows, LocalDate today) {
        List<ApplicationStep> steps = rows.stream().map(ApplicationsService::step).collect(Collectors.toList());
        LocalDate acceptedOn = null;
        LocalDate pauseStart = null;
        int paused = 0;
        boolean decided = false;
        List<Integer> missing = new ArrayList<>();
        for (ApplicationStep s : steps) {
            switch (s.kind()) {
                case ACCEPTED:
                    acceptedOn = s.occurredOn();
                    break;
                case SPECIAL_PROCEDURE_START:
                    pauseStart = s.occurredOn();
                    break;
                case SPECIAL_PROCEDURE_END:
                    paused += calendar.workingDaysBetween(pauseStart, s.occurredOn());
                    pauseStart = null;
                    break;
                case DECIDED:
                    decided = true;
                    break;
                default:
                    break;
            }
        }
        boolean runningPause = pauseStart != null;
        if (runningPause) {
            paused += Math.max(0, calendar.workingDaysBetween(pauseStart, today));
        }
        LocalDate due = null;
        Integer remaining = null;
        if (acceptedOn != null) {
            Deadline d = calendar.addWorkingDays(acceptedOn, app.timeLimitDays + paused);
            due = d.due();
            missing.addAll(d.missingYears());
            if (!decided) {
                remaining = calendar.workingDaysBetween(today, due);
            }
        }
        return new Progress(application(app, false), steps, acceptedOn, paused, runningPause, due,
                !missing.isEmpty(), remaining);
    }

    // ---------------------------------------------------------------- ledger verification

    @Override
    public Optional<Sha256> currentDigest(String subjectRef, String kind) {
        if (subjectRef.startsWith(APPLICATION)) {
            long id = Long.parseLong(subjectRef.substring(APPLICATION.length()));
            return Optional.ofNullable(read(m -> m.findById(id))).map(Canonical::application);
        }
        if (subjectRef.startsWith(STEP)) {
            long id = Long.parseLong(subjectRef.substring(STEP.length()));
            return Optional.ofNullable(read(m -> m.findStep(id))).map(Canonical::step);
        }
        if (subjectRef.startsWith(ACCESS)) {
            long id = Long.parseLong(subjectRef.substring(ACCESS.length()));
            return Optional.ofNullable(read(m -> m.findAccess(id))).map(Canonical::access);
        }
        throw new IllegalArgumentException("not an applications subject: " + subjectRef);
    }

    // ---------------------------------------------------------------- helpers

    private ApplicationRow row(String receiptNumber) {
        if (receiptNumber == null || !RECEIPT.matcher(receiptNumber).matches()) {
            throw new ApplicationRefusedException("申请回执编号格式应为 SQ 加14位数字: " + receiptNumber);
        }
        ApplicationRow app = read(m -> m.findByReceipt(receiptNumber));
        if (app == null) {
            throw new ApplicationNotFoundException(receiptNumber);
        }
        return app;
    }

    private static Application application(ApplicationRow r, boolean repeated) {
        return new Application(r.receiptNumber, r.itemKey, r.itemName, r.counterId, r.applicantType, r.applicantName,
                r.timeLimitDays, StepKind.valueOf(r.state), r.submittedAt.toInstant(ZoneOffset.UTC), r.submittedBy,
                repeated);
    }

    private static ApplicationStep step(StepRow s) {
        return new ApplicationStep(s.seq, StepKind.valueOf(s.kind), s.occurredOn,
                s.decision == null ? null : Decision.valueOf(s.decision), s.note, s.recordedBy,
                s.recordedAt.toInstant(ZoneOffset.UTC), s.decidedBy);
    }

    private void ledger(String subject, String actor, Sha256 digest) {
        ledgerAs(KIND, subject, actor, digest);
    }

    private void ledgerAs(String kind, String subject, String actor, Sha256 digest) {
        try {
            ledger.get().append(kind, subject, actor, digest);
        } catch (RuntimeException e) {
            LOG.error("Application event {} {} committed but not ledgered: {}", kind, subject, e.getMessage(), e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(clock.millis()), ZoneOffset.UTC);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }

    private <T> T tx(Function<ApplicationsMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(ApplicationsMapper.class)));
    }

    private <T> T read(Function<ApplicationsMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(ApplicationsMapper.class)));
    }

    private static void requireText(String value, String what, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new ApplicationRefusedException(what + "不能为空(最多" + max + "字)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
