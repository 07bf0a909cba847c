package org.sanxiang.disclosure.internal;

import org.sanxiang.api.ledger.LedgerSink;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.sanxiang.api.disclosure.DeadlineAlert;
import org.sanxiang.api.disclosure.DeadlineAlertListener;
import org.sanxiang.api.disclosure.DeadlineMonitor;
import org.sanxiang.api.disclosure.DisclosureRules;
import org.sanxiang.api.disclosure.OutboxAction;
import org.sanxiang.api.disclosure.OutboxEntry;
import org.sanxiang.api.disclosure.PenaltyRecord;
import org.sanxiang.api.disclosure.PermitRecord;
import org.sanxiang.api.disclosure.Publication;
import org.sanxiang.api.disclosure.FieldNames;
import org.sanxiang.api.disclosure.PublicDecision;
import org.sanxiang.api.disclosure.PublicationRefusedException;
import org.sanxiang.api.disclosure.PublicationNotFoundException;
import org.sanxiang.api.disclosure.PublicationState;
import org.sanxiang.api.disclosure.PublicationVersion;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.api.disclosure.Severity;
import org.sanxiang.api.disclosure.Violation;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.disclosure.internal.Rows.AlertRow;
import org.sanxiang.disclosure.internal.Rows.EventRow;
import org.sanxiang.disclosure.internal.Rows.OutboxRow;
import org.sanxiang.disclosure.internal.Rows.PublicationRow;
import org.sanxiang.disclosure.internal.Rows.VersionRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publications through their lifecycle (R-D1, R-D5) and the deadline monitor, on the module's tables.
 * Each step runs in one database transaction that also writes its event row and, for publish / update /
 * revoke, its outbox entry; the event is ledgered and listeners told after the commit.
 */
final class PublicationsService implements Publications, DeadlineMonitor {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Version statuses. */
    static final String V_DRAFT = "DRAFT";
    static final String V_APPROVED = "APPROVED";
    static final String V_PUBLISHED = "PUBLISHED";
    static final String V_SUPERSEDED = "SUPERSEDED";
    static final String V_REVOKED = "REVOKED";

    private static final Logger LOG = LoggerFactory.getLogger(PublicationsService.class);

    private final ModuleStore store;
    private final DisclosureRules rules;
    private final WorkingDayCalendar calendar;
    private final LedgerSink ledger;
    private final Supplier<List<DeadlineAlertListener>> alertListeners;
    private final Clock clock;
    private volatile int nearBreachWorkingDays;
    private volatile boolean requireAcknowledgement;

    PublicationsService(ModuleStore store, DisclosureRules rules, WorkingDayCalendar calendar, LedgerSink ledger,
                        Supplier<List<DeadlineAlertListener>> alertListeners, Clock clock, int nearBreachWorkingDays) {
        this.store = store;
        this.rules = rules;
        this.calendar = calendar;
        this.ledger = ledger;
        this.alertListeners = alertListeners;
        this.clock = clock;
        setNearBreachWorkingDays(nearBreachWorkingDays);
    }

    /**
     * Whether a publication counts as out only once the national credit system acknowledged it (set when
     * the credit-publication adapter is installed), rather than once the hub published it.
     */
    void setRequireAcknowledgement(boolean require) {
        requireAcknowledgement = require;
    }

    void setNearBreachWorkingDays(int days) {
        if (days < 0 || days > 20) {
            throw new IllegalArgumentException("即将超期预警天数应在0至20个工作日之间: " + days);
        }
        nearBreachWorkingDays = days;
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    public Publication open(String caseNumber, EnforcementKind kind, String itemCode, LocalDate decisionDate,
                            String actor) {
        requireActor(actor);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decisionDate, "decisionDate");
        if (caseNumber != null) {
            Optional<Publication> existing = forCase(caseNumber);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        if (decisionDate.isAfter(today())) {
            throw new PublicationRefusedException("决定日期" + decisionDate + "不能晚于今天");
        }
        Deadline deadline = itemCode == null ? rules.deadline(kind, decisionDate)
                : rules.deadline(kind, itemCode, decisionDate);
        if (deadline.provisional()) {
            LOG.warn("Publication deadline {} of case {} is provisional: no holiday data for {}", deadline.due(),
                    caseNumber, deadline.missingYears());
        }
        LocalDateTime now = now();
        PublicationRow row = new PublicationRow();
        row.caseNumber = caseNumber;
        row.kind = kind.name();
        row.itemCode = itemCode;
        row.title = caseNumber == null ? kind.chinese() + "决定" : "案件" + caseNumber + "的" + kind.chinese() + "决定";
        row.decisionDate = decisionDate;
        row.dueDate = deadline.due();
        row.dueMissingYears = deadline.missingYears().isEmpty() ? null
                : deadline.missingYears().stream().map(String::valueOf).collect(Collectors.joining(","));
        row.state = PublicationState.AWAITING_CONTENT.name();
        row.createdBy = actor;
        row.createdAt = now;
        row.updatedAt = now;
        EventRow event;
        try {
            event = tx(m -> {
                m.insertPublication(row);
                return event(m, row.id, 0, "OPENED", null, actor, now, "公开期限" + deadline.due()
                        + (deadline.provisional() ? "(暂定,缺少" + deadline.missingYears() + "年节假日数据)" : ""));
            });
        } catch (RuntimeException e) {
            if (caseNumber != null && ModuleStore.isConstraintViolation(e)) {
                return forCase(caseNumber).orElseThrow(() -> e);
            }
            throw e;
        }
        ledger(event);
        LOG.info("Publication {} opened for case {} ({}), decided {}, due {}", row.id, caseNumber, kind,
                decisionDate, deadline.due());
        return toPublication(row);
    }

    @Override
    public PublicationVersion draftPenalty(long publicationId, PenaltyRecord record, Severity severity, String maker) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(severity, "severity");
        return draft(publicationId, ContentCodec.PENALTY, severity, ContentCodec.encode(record), maker);
    }

    @Override
    public PublicationVersion draftPermit(long publicationId, PermitRecord record, String maker) {
        Objects.requireNonNull(record, "record");
        return draft(publicationId, ContentCodec.PERMIT, null, ContentCodec.encode(record), maker);
    }

    private PublicationVersion draft(long publicationId, String recordType, Severity severity, String content,
                                     String maker) {
        requireActor(maker);
        LocalDateTime now = now();
        String sha = ContentCodec.digest(content).hex();
        Object[] result = tx(m -> {
            PublicationRow p = lock(m, publicationId);
            PublicationState state = PublicationState.valueOf(p.state);
            if (state.terminal()) {
                throw new PublicationRefusedException("公示" + publicationId + "已" + state.chinese() + ",不能再修改");
            }
            EnforcementKind kind = EnforcementKind.valueOf(p.kind);
            String expectedType = kind == EnforcementKind.PERMIT ? ContentCodec.PERMIT
                    : kind == EnforcementKind.PENALTY ? ContentCodec.PENALTY : null;
            if (!recordType.equals(expectedType)) {
                throw new PublicationRefusedException(kind.chinese() + "决定不能按"
                        + (ContentCodec.PENALTY.equals(recordType) ? "行政处罚" : "行政许可") + "信息公示");
            }
            for (VersionRow v : m.versions(publicationId)) {
                if (V_DRAFT.equals(v.status) || V_APPROVED.equals(v.status)) {
                    v.status = V_SUPERSEDED;
                    m.updateVersion(v);
                }
            }
            VersionRow v = new VersionRow();
            v.publicationId = publicationId;
            v.version = p.version + 1;
            v.recordType = recordType;
            v.severity = severity == null ? null : severity.name();
            v.contentText = content;
            v.contentSha256 = sha;
            v.status = V_DRAFT;
            v.maker = maker;
            v.madeAt = now;
            m.insertVersion(v);
            String expected = p.state;
            p.version = v.version;
            if (state != PublicationState.PUBLISHED) {
                p.state = PublicationState.DRAFT.name();
            }
            p.title = title(p, recordType, content);
            p.updatedAt = now;
            update(m, p, expected);
            EventRow e = event(m, publicationId, v.version, state == PublicationState.PUBLISHED ? "UPDATE_DRAFTED"
                    : "DRAFTED", sha, maker, now, null);
            return new Object[] {v, e};
        });
        ledger((EventRow) result[1]);
        return toVersion((VersionRow) result[0]);
    }

    @Override
    public PublicationVersion approve(long publicationId, String checker) {
        requireActor(checker);
        LocalDateTime now = now();
        LocalDate today = today();
        Object[] result = tx(m -> {
            PublicationRow p = lock(m, publicationId);
            VersionRow v = m.findVersion(publicationId, p.version);
            if (v == null || !V_DRAFT.equals(v.status)) {
                throw new PublicationRefusedException("公示" + publicationId + "没有待审核的草稿");
            }
            if (checker.equals(v.maker)) {
                throw new PublicationRefusedException("审核人不能是录入人(" + checker + "),须由另一人审核");
            }
            List<Violation> problems = validate(p, v, today);
            if (!problems.isEmpty()) {
                throw new PublicationRefusedException("公示信息校验未通过,不能审核通过", problems);
            }
            v.status = V_APPROVED;
            v.checker = checker;
            v.checkedAt = now;
            m.updateVersion(v);
            String expected = p.state;
            if (!PublicationState.PUBLISHED.name().equals(p.state)) {
                p.state = PublicationState.APPROVED.name();
            }
            p.updatedAt = now;
            update(m, p, expected);
            return new Object[] {v, event(m, publicationId, v.version, "APPROVED", v.contentSha256, checker, now, null)};
        });
        ledger((EventRow) result[1]);
        return toVersion((VersionRow) result[0]);
    }

    private List<Violation> validate(PublicationRow p, VersionRow v, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        LocalDate decisionDate;
        if (ContentCodec.PENALTY.equals(v.recordType)) {
            PenaltyRecord r = ContentCodec.penalty(v.contentText);
            problems.addAll(rules.validate(displayed(r, v), today));
            decisionDate = r.decisionDate();
            if (decisionDate != null && !decisionDate.equals(p.decisionDate)) {
                problems.add(new Violation("处罚决定日期", "与案件决定日期" + p.decisionDate + "不一致"));
            }
        } else {
            PermitRecord r = ContentCodec.permit(v.contentText);
            problems.addAll(rules.validate(r, today));
            decisionDate = r.decisionDate();
            if (decisionDate != null && !decisionDate.equals(p.decisionDate)) {
                problems.add(new Violation("许可决定日期", "与案件决定日期" + p.decisionDate + "不一致"));
            }
        }
        return problems;
    }

    /** The penalty with its 公示截止期 from the severity when the maker left it empty. */
    private PenaltyRecord displayed(PenaltyRecord r, VersionRow v) {
        if (r.displayUntil() != null || r.decisionDate() == null || v.severity == null) {
            return r;
        }
        return rules.displayUntil(Severity.valueOf(v.severity), r.decisionDate()).map(r::withDisplayUntil).orElse(r);
    }

    @Override
    public Publication publish(long publicationId, String actor) {
        requireActor(actor);
        LocalDateTime now = now();
        Object[] result = tx(m -> {
            PublicationRow p = lock(m, publicationId);
            VersionRow v = m.findVersion(publicationId, p.version);
            if (v == null || !V_APPROVED.equals(v.status)) {
                throw new PublicationRefusedException("公示" + publicationId + "没有已审核待发布的版本");
            }
            String expected = p.state;
            boolean update = PublicationState.PUBLISHED.name().equals(p.state);
            Map<String, String> fields;
            if (ContentCodec.PENALTY.equals(v.recordType)) {
                PenaltyRecord r = displayed(ContentCodec.penalty(v.contentText), v);
                if (r.displayUntil() == null && Severity.valueOf(v.severity).minimum().isZero()
                        && rules.displayUntil(Severity.valueOf(v.severity), r.decisionDate()).isEmpty()) {
                    v.status = V_PUBLISHED;
                    v.publishedBy = actor;
                    v.publishedAt = now;
                    m.updateVersion(v);
                    p.state = PublicationState.NOT_PUBLISHED.name();
                    p.updatedAt = now;
                    update(m, p, expected);
                    m.deletePublic(publicationId);
                    return new Object[] {p, event(m, publicationId, v.version, "NOT_PUBLISHED", v.contentSha256,
                            actor, now, "轻微失信行为,依规不公示")};
                }
                fields = r.publicFields();
                p.displayUntil = r.displayUntil();
                p.fineYuan = r.fineYuan();
                p.confiscatedYuan = r.confiscatedYuan();
            } else {
                PermitRecord r = ContentCodec.permit(v.contentText);
                fields = r.publicFields();
                p.displayUntil = null;
            }
            if (update) {
                VersionRow old = m.findVersion(publicationId, p.publishedVersion);
                old.status = V_SUPERSEDED;
                m.updateVersion(old);
            }
            v.status = V_PUBLISHED;
            v.publishedBy = actor;
            v.publishedAt = now;
            m.updateVersion(v);
            p.state = PublicationState.PUBLISHED.name();
            p.publishedVersion = v.version;
            if (p.publishedAt == null) {
                p.publishedAt = now;
            }
            p.updatedAt = now;
            update(m, p, expected);
            indexPublic(m, p, v.recordType, fields, now);
            OutboxAction action = update ? OutboxAction.UPDATE : OutboxAction.PUBLISH;
            outbox(m, p, v.version, action, v.recordType, fields, null, now);
            String note = null;
            if (!update && today().isAfter(p.dueDate)) {
                note = "逾期公示:公开期限为" + p.dueDate;
            }
            return new Object[] {p, event(m, publicationId, v.version, update ? "UPDATED" : "PUBLISHED",
                    v.contentSha256, actor, now, note)};
        });
        ledger((EventRow) result[1]);
        PublicationRow p = (PublicationRow) result[0];
        LOG.info("Publication {} version {} {}", publicationId, p.version, p.state);
        return toPublication(p);
    }

    @Override
    public Publication revoke(long publicationId, String reason, LocalDate trigger, String actor) {
        requireActor(actor);
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new PublicationRefusedException("撤销须写明公开的撤销理由(最多1000字)");
        }
        Objects.requireNonNull(trigger, "trigger");
        LocalDate today = today();
        if (trigger.isAfter(today)) {
            throw new PublicationRefusedException("撤销事由发生日期" + trigger + "不能晚于今天");
        }
        Deadline due = rules.revocationDeadline(trigger);
        LocalDateTime now = now();
        Object[] result = tx(m -> {
            PublicationRow p = lock(m, publicationId);
            if (!PublicationState.PUBLISHED.name().equals(p.state)) {
                throw new PublicationRefusedException("只能撤销已公示的信息,公示" + publicationId + "当前为"
                        + PublicationState.valueOf(p.state).chinese());
            }
            VersionRow v = m.findVersion(publicationId, p.publishedVersion);
            for (VersionRow other : m.versions(publicationId)) {
                if (V_DRAFT.equals(other.status) || V_APPROVED.equals(other.status)) {
                    other.status = V_SUPERSEDED;
                    m.updateVersion(other);
                }
            }
            v.status = V_REVOKED;
            m.updateVersion(v);
            String expected = p.state;
            p.state = PublicationState.REVOKED.name();
            p.revocationReason = reason;
            p.updatedAt = now;
            update(m, p, expected);
            m.revokePublic(publicationId, reason);
            Map<String, String> fields = ContentCodec.publicFields(v.recordType, v.contentText);
            outbox(m, p, v.version, OutboxAction.REVOKE, v.recordType, fields, reason, now);
            String note = "撤销理由:" + reason + ";事由发生" + trigger + ",撤销期限" + due.due()
                    + (today.isAfter(due.due()) ? "(逾期撤销)" : "");
            return new Object[] {p, event(m, publicationId, v.version, "REVOKED", v.contentSha256, actor, now, note)};
        });
        if (today.isAfter(due.due())) {
            LOG.warn("Publication {} revoked after its revocation deadline {} (trigger {})", publicationId, due.due(),
                    trigger);
        }
        ledger((EventRow) result[1]);
        return toPublication((PublicationRow) result[0]);
    }

    @Override
    public List<Publication> expire(LocalDate today) {
        List<Publication> expired = new ArrayList<>();
        for (PublicationRow candidate : read(m -> m.expiring(today))) {
            LocalDateTime now = now();
            Optional<Object[]> done = tx(m -> {
                PublicationRow p = lock(m, candidate.id);
                if (!PublicationState.PUBLISHED.name().equals(p.state) || p.displayUntil == null
                        || !p.displayUntil.isBefore(today)) {
                    return Optional.<Object[]>empty();
                }
                p.state = PublicationState.EXPIRED.name();
                p.updatedAt = now;
                update(m, p, PublicationState.PUBLISHED.name());
                m.deletePublic(p.id);
                return Optional.of(new Object[] {p, event(m, p.id, p.publishedVersion, "EXPIRED", null, "system", now,
                        "公示截止期" + p.displayUntil + "已满,撤出公开页面,存档保留")});
            });
            done.ifPresent(r -> {
                ledger((EventRow) r[1]);
                expired.add(toPublication((PublicationRow) r[0]));
            });
        }
        if (!expired.isEmpty()) {
            LOG.info("{} publication(s) reached their display end and left public view", expired.size());
        }
        return expired;
    }

    // ------------------------------------------------------------------ reads

    @Override
    public Optional<Publication> get(long publicationId) {
        return Optional.ofNullable(read(m -> m.findPublication(publicationId))).map(this::toPublication);
    }

    @Override
    public Optional<Publication> forCase(String caseNumber) {
        return Optional.ofNullable(read(m -> m.findByCase(caseNumber))).map(this::toPublication);
    }

    @Override
    public List<PublicationVersion> versions(long publicationId) {
        return read(m -> m.versions(publicationId)).stream().map(this::toVersion).toList();
    }

    /** Every step of a publication, oldest first: event, version, actor, time, note. */
    List<Rows.EventRow> events(long publicationId) {
        return read(m -> m.events(publicationId));
    }

    @Override
    public List<Publication> list(PublicationState state, boolean overdueOnly, LocalDate today, int limit) {
        return read(m -> m.listPublications(state == null ? null : state.name(), overdueOnly ? today : null,
                requireAcknowledgement, clamp(limit))).stream().map(this::toPublication).toList();
    }

    @Override
    public List<Publication> publicView(int limit) {
        return read(m -> m.publicView(clamp(limit))).stream().map(this::toPublication).toList();
    }

    @Override
    public PublicDecision.Page publicSearch(PublicDecision.Query query) {
        String name = query.name() == null || query.name().isBlank() ? null
                : "%" + query.name().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        PublicDecision.Query q = new PublicDecision.Query(blank(query.uscc()), null, blank(query.decisionNumber()),
                query.from(), query.to(), query.page(), query.size());
        LocalDate today = today();
        return read(m -> {
            long total = m.publicCount(q, name, today);
            List<PublicDecision> items = m.publicSearch(q, name, today, q.size(), (long) (q.page() - 1) * q.size())
                    .stream().map(PublicationsService::toPublic).toList();
            return new PublicDecision.Page(items, total, q.page(), q.size());
        });
    }

    @Override
    public List<PublicDecision> publicAfter(PublicDecision previous, int limit) {
        LocalDate today = today();
        return read(m -> m.publicAfter(previous == null ? null : previous.decisionDate(),
                previous == null ? 0 : previous.publicationId(), today, clamp(limit))).stream()
                .map(PublicationsService::toPublic).toList();
    }

    @Override
    public Optional<PublicDecision> publicDecision(long publicationId) {
        return Optional.ofNullable(read(m -> m.findPublic(publicationId, today()))).map(PublicationsService::toPublic);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Puts a published version in the public index (replacing the one it updates), in the caller's transaction. */
    private static void indexPublic(DisclosureMapper m, PublicationRow p, String recordType, Map<String, String> fields,
                                    LocalDateTime now) {
        Rows.PublicRow r = new Rows.PublicRow();
        r.publicationId = p.id;
        r.kind = p.kind;
        r.recordType = recordType;
        r.partyName = clip(fields.getOrDefault(FieldNames.PARTY_NAME, p.title), 200);
        r.uscc = blank(fields.get(FieldNames.USCC));
        r.decisionNumber = clip(blank(ContentCodec.PENALTY.equals(recordType)
                ? fields.get(FieldNames.PENALTY_DECISION_NUMBER) : fields.get(FieldNames.PERMIT_DOCUMENT_NUMBER)), 200);
        r.decisionDate = p.decisionDate;
        r.displayUntil = p.displayUntil;
        r.revoked = false;
        r.fieldsText = ContentCodec.orderedText(fields);
        r.publishedAt = p.publishedAt == null ? now : p.publishedAt;
        m.deletePublic(p.id);
        m.insertPublic(r);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static PublicDecision toPublic(Rows.PublicRow r) {
        return new PublicDecision(r.publicationId, EnforcementKind.valueOf(r.kind), r.recordType, r.partyName, r.uscc,
                r.decisionNumber, r.decisionDate, r.displayUntil, r.revoked, r.revocationReason,
                ContentCodec.parse(r.fieldsText), r.publishedAt.toInstant(ZoneOffset.UTC));
    }

    /**
     * Puts every publication in public view that the public index does not hold yet (published before the index
     * existed) into it; returns how many.
     */
    int indexUnindexed() {
        int n = 0;
        for (long id : read(DisclosureMapper::unindexedPublic)) {
            n += tx(m -> {
                PublicationRow p = m.findPublication(id);
                VersionRow v = m.findVersion(id, p.publishedVersion);
                if (v == null) {
                    return 0;
                }
                indexPublic(m, p, v.recordType, ContentCodec.publicFields(v.recordType, v.contentText), now());
                if (PublicationState.REVOKED.name().equals(p.state)) {
                    m.revokePublic(id, p.revocationReason);
                }
                return 1;
            });
        }
        if (n > 0) {
            LOG.info("{} publication(s) in public view added to the public index", n);
        }
        return n;
    }

    @Override
    public List<OutboxEntry> outbox(long afterId, int limit) {
        return read(m -> m.outboxAfter(afterId, clamp(limit))).stream().map(PublicationsService::toEntry).toList();
    }

    @Override
    public List<OutboxEntry> outboxOf(long publicationId) {
        return read(m -> m.outboxOf(publicationId)).stream().map(PublicationsService::toEntry).toList();
    }

    @Override
    public void acknowledged(long outboxEntryId, String receipt) {
        LocalDateTime now = now();
        tx(m -> {
            OutboxRow o = m.findOutbox(outboxEntryId);
            if (o == null) {
                throw new PublicationRefusedException("发件箱中没有编号为" + outboxEntryId + "的消息");
            }
            if (m.acknowledgeOutbox(outboxEntryId, now, receipt == null ? null
                    : receipt.substring(0, Math.min(500, receipt.length()))) == 0) {
                return null;
            }
            PublicationRow p = lock(m, o.publicationId);
            if (p.acknowledgedAt == null && OutboxAction.valueOf(o.action) == OutboxAction.PUBLISH) {
                p.acknowledgedAt = now;
                p.updatedAt = now;
                update(m, p, p.state);
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ deadline monitor

    @Override
    public List<DeadlineAlert> scan(LocalDate today) {
        List<AlertRow> raised = new ArrayList<>();
        for (PublicationRow p : read(m -> m.unpublished(requireAcknowledgement, 10_000))) {
            int left = calendar.workingDaysBetween(today, p.dueDate);
            DeadlineAlert.Level level = today.isAfter(p.dueDate) ? DeadlineAlert.Level.BREACH
                    : left <= nearBreachWorkingDays ? DeadlineAlert.Level.NEAR_BREACH : null;
            if (level == null) {
                continue;
            }
            AlertRow a = new AlertRow();
            a.publicationId = p.id;
            a.caseNumber = p.caseNumber;
            a.alertLevel = level.name();
            a.dueDate = p.dueDate;
            a.workingDaysLeft = left;
            a.raisedAt = now();
            try {
                boolean inserted = tx(m -> {
                    if (m.countAlert(a.publicationId, a.alertLevel, a.dueDate) > 0) {
                        return false;
                    }
                    m.insertAlert(a);
                    return true;
                });
                if (inserted) {
                    raised.add(a);
                }
            } catch (RuntimeException e) {
                if (!ModuleStore.isConstraintViolation(e)) {
                    throw e;
                }
            }
        }
        List<DeadlineAlert> alerts = raised.stream().map(PublicationsService::toAlert).toList();
        for (DeadlineAlert alert : alerts) {
            LOG.warn("公开期限预警 {}: 公示{} (案件{}) 公开期限{},剩余{}个工作日", alert.level().chinese(),
                    alert.publicationId(), alert.caseNumber(), alert.due(), alert.workingDaysLeft());
            for (DeadlineAlertListener l : alertListeners.get()) {
                try {
                    l.alert(alert);
                } catch (RuntimeException e) {
                    LOG.error("Deadline alert listener {} failed on alert {}: {}", l, alert.id(), e.getMessage(), e);
                }
            }
        }
        return alerts;
    }

    @Override
    public List<DeadlineAlert> alerts(int limit) {
        return read(m -> m.alerts(clamp(limit))).stream().map(PublicationsService::toAlert).toList();
    }

    @Override
    public List<Publication> pending(int limit) {
        return read(m -> m.unpublished(requireAcknowledgement, clamp(limit))).stream().map(this::toPublication).toList();
    }

    // ------------------------------------------------------------------ ledger verification

    Optional<Sha256> eventDigest(long eventId) {
        return Optional.ofNullable(read(m -> m.findEvent(eventId))).map(Canonical::event);
    }

    // ------------------------------------------------------------------ helpers

    private PublicationRow lock(DisclosureMapper m, long id) {
        PublicationRow p = m.lockPublication(id);
        if (p == null) {
            throw new PublicationNotFoundException("没有编号为" + id + "的公示");
        }
        return p;
    }

    private static void update(DisclosureMapper m, PublicationRow p, String expectedState) {
        if (m.updatePublication(p, expectedState) != 1) {
            throw new PublicationRefusedException("公示" + p.id + "已被他人同时修改,请刷新后重试");
        }
    }

    private void outbox(DisclosureMapper m, PublicationRow p, int version, OutboxAction action, String recordType,
                        Map<String, String> fields, String reason, LocalDateTime now) {
        OutboxRow o = new OutboxRow();
        o.publicationId = p.id;
        o.version = version;
        o.action = action.name();
        o.businessKey = "PUB-" + p.id + "-v" + version + "-" + action.name();
        o.payload = PayloadXml.render(p.id, version, action, o.businessKey, p.kind, p.caseNumber, recordType, fields,
                reason);
        o.createdAt = now;
        m.insertOutbox(o);
    }

    private static EventRow event(DisclosureMapper m, long publicationId, int version, String event, String sha,
                                  String actor, LocalDateTime at, String note) {
        EventRow e = new EventRow();
        e.publicationId = publicationId;
        e.version = version;
        e.event = event;
        e.contentSha256 = sha;
        e.actor = actor;
        e.occurredAt = at;
        e.note = note;
        m.insertEvent(e);
        return e;
    }

    private void ledger(EventRow e) {
        try {
            ledger.append(LedgerKinds.PUBLICATION, Canonical.EVENT + e.id, e.actor, Canonical.event(e));
        } catch (RuntimeException ex) {
            LOG.error("Publication event {} committed but not ledgered: {}", e.id, ex.getMessage(), ex);
        }
    }

    private static String title(PublicationRow p, String recordType, String content) {
        Map<String, String> fields = ContentCodec.publicFields(recordType, content);
        String party = fields.get(org.sanxiang.api.disclosure.FieldNames.PARTY_NAME);
        String number = ContentCodec.PENALTY.equals(recordType)
                ? fields.get(org.sanxiang.api.disclosure.FieldNames.PENALTY_DECISION_NUMBER)
                : fields.get(org.sanxiang.api.disclosure.FieldNames.PERMIT_DOCUMENT_NUMBER);
        String t = (party == null ? "" : party) + (number == null ? "" : " " + number);
        t = t.isBlank() ? p.title : t.strip();
        return t.length() > 500 ? t.substring(0, 500) : t;
    }

    Publication toPublication(PublicationRow r) {
        List<Integer> missing = r.dueMissingYears == null ? List.of()
                : Arrays.stream(r.dueMissingYears.split(",")).map(Integer::valueOf).toList();
        return new Publication(r.id, r.caseNumber, EnforcementKind.valueOf(r.kind), r.itemCode, r.title,
                r.decisionDate, new Deadline(r.dueDate, missing), PublicationState.valueOf(r.state), r.version,
                r.publishedVersion, r.displayUntil, instant(r.publishedAt), instant(r.acknowledgedAt),
                r.revocationReason);
    }

    private PublicationVersion toVersion(VersionRow v) {
        return new PublicationVersion(v.publicationId, v.version, v.recordType,
                v.severity == null ? null : Severity.valueOf(v.severity),
                publicFieldsSafely(v), v.contentSha256, v.status, v.maker, instant(v.madeAt), v.checker,
                instant(v.checkedAt), v.publishedBy, instant(v.publishedAt));
    }

    private static Map<String, String> publicFieldsSafely(VersionRow v) {
        try {
            Map<String, String> f = new java.util.LinkedHashMap<>(ContentCodec.publicFields(v.recordType, v.contentText));
            f.values().removeIf(Objects::isNull);
            return f;
        } catch (ArithmeticException e) {
            // an amount below 分 in a draft: shown in 元 until the maker corrects it
            Map<String, String> f = new java.util.LinkedHashMap<>();
            f.put("内容", "金额不能精确换算为万元,请更正");
            return f;
        }
    }

    private static OutboxEntry toEntry(OutboxRow o) {
        return new OutboxEntry(o.id, o.publicationId, o.version, OutboxAction.valueOf(o.action), o.businessKey,
                o.payload, instant(o.createdAt));
    }

    private static DeadlineAlert toAlert(AlertRow a) {
        return new DeadlineAlert(a.id, a.publicationId, a.caseNumber, DeadlineAlert.Level.valueOf(a.alertLevel),
                a.dueDate, a.workingDaysLeft, instant(a.raisedAt));
    }

    private <T> T tx(Function<DisclosureMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(DisclosureMapper.class)));
    }

    private <T> T read(Function<DisclosureMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(DisclosureMapper.class)));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, 10_000));
    }

    static String requireActor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 100 || !actor.equals(actor.strip())) {
            throw new PublicationRefusedException("操作人不能为空(最多100字,首尾不得有空白)");
        }
        return actor;
    }

    static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
