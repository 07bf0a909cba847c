package org.sanxiang.review.internal;

import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.LedgerSink;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.review.CatalogueResult;
import org.sanxiang.api.review.CatalogueRule;
import org.sanxiang.api.review.CheckItem;
import org.sanxiang.api.review.CollectiveDiscussion;
import org.sanxiang.api.review.Consultation;
import org.sanxiang.api.review.DiscussionConclusion;
import org.sanxiang.api.review.HearingStatus;
import org.sanxiang.api.review.ItemFinding;
import org.sanxiang.api.review.ItemResult;
import org.sanxiang.api.review.LegalReview;
import org.sanxiang.api.review.Material;
import org.sanxiang.api.review.MaterialType;
import org.sanxiang.api.review.Measure;
import org.sanxiang.api.review.MeasureType;
import org.sanxiang.api.review.Opinion;
import org.sanxiang.api.review.OpinionDraft;
import org.sanxiang.api.review.Outcome;
import org.sanxiang.api.review.ProposalVersion;
import org.sanxiang.api.review.ProposedDecision;
import org.sanxiang.api.review.ReviewAlert;
import org.sanxiang.api.review.ReviewException;
import org.sanxiang.api.review.ReviewNotFoundException;
import org.sanxiang.api.review.ReviewRequest;
import org.sanxiang.api.review.ReviewState;
import org.sanxiang.api.review.Reviewer;
import org.sanxiang.api.review.ReviewerRegistry;
import org.sanxiang.api.review.ReviewerRole;
import org.sanxiang.api.review.RuleHit;
import org.sanxiang.api.review.SupplementRequest;
import org.sanxiang.review.internal.Rows.ConsultationRow;
import org.sanxiang.review.internal.Rows.DiscussionRow;
import org.sanxiang.review.internal.Rows.FindingRow;
import org.sanxiang.review.internal.Rows.MaterialRow;
import org.sanxiang.review.internal.Rows.MeasureRow;
import org.sanxiang.review.internal.Rows.OpinionRow;
import org.sanxiang.review.internal.Rows.ProposalRow;
import org.sanxiang.review.internal.Rows.RequestRow;
import org.sanxiang.review.internal.Rows.ReviewerRow;
import org.sanxiang.review.internal.Rows.SupplementRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The legal review on the review tables, without OSGi: proposals, requests, materials and time limits,
 * reviewers, opinions, collective discussion, alerts and the decision clearance. Changes are serialised in this
 * instance and commit first, then go to the ledger.
 */
final class ReviewService implements LegalReview, ReviewerRegistry, ContentVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewService.class);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    /** Stages from which a proposal may no longer be registered or revised. */
    static final Set<CaseStage> PAST_DECISION = EnumSet.of(CaseStage.SERVICE, CaseStage.EXECUTION,
            CaseStage.CLOSED, CaseStage.ARCHIVED, CaseStage.WITHDRAWN);
    /** Materials every request needs; {@link MaterialType#HEARING_RECORD} too when a hearing was requested or held. */
    static final List<MaterialType> REQUIRED = List.of(MaterialType.APPLICATION_FORM,
            MaterialType.INVESTIGATION_REPORT, MaterialType.DRAFT_DECISION, MaterialType.EVIDENCE_LIST,
            MaterialType.DISCRETION_NOTE);

    private final ModuleStore store;
    private final Supplier<ReviewSettings> settings;
    private final Catalogue catalogue;
    private final WorkingDayCalendar calendar;
    private final CaseLookup cases;
    private final Supplier<LedgerSink> ledger;
    private final Clock clock;
    private final Object lock = new Object();

    ReviewService(ModuleStore store, Supplier<ReviewSettings> settings, WorkingDayCalendar calendar, CaseLookup cases,
                  Supplier<LedgerSink> ledger, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.catalogue = new Catalogue(settings);
        this.calendar = calendar;
        this.cases = cases;
        this.ledger = ledger;
        this.clock = clock;
    }

    Catalogue catalogue() {
        return catalogue;
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

    private <T> T tx(Function<ReviewMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(ReviewMapper.class)));
    }

    private <T> T read(Function<ReviewMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(ReviewMapper.class)));
    }

    private void ledger(String subject, String actor, Sha256 digest) {
        try {
            ledger.get().append(LedgerKinds.REVIEW, subject, actor, digest);
        } catch (RuntimeException e) {
            LOG.error("Review event {} committed but not ledgered: {}", subject, e.getMessage(), e);
        }
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 100 || !actor.equals(actor.strip())) {
            throw new ReviewException("操作人不能为空(最多100字,首尾不得有空白)");
        }
        return actor;
    }

    private static String requireText(String text, int max, String what) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw new ReviewException(what + "不能为空(最多" + max + "字)");
        }
        return text.strip();
    }

    // ---------------------------------------------------------------- reviewers (法制审核人员)

    @Override
    public Reviewer save(Reviewer reviewer, String actor) {
        requireActor(actor);
        ReviewerRow r = new ReviewerRow();
        r.officerId = reviewer.officerId();
        r.name = reviewer.name().strip();
        r.unit = reviewer.unit().strip();
        r.reviewerRole = reviewer.role().name();
        r.legalQualification = reviewer.legalQualification();
        r.updatedBy = actor;
        r.updatedAt = now();
        synchronized (lock) {
            tx(m -> m.updateReviewer(r) == 0 ? m.insertReviewer(r) : 1);
        }
        ledger(Canonical.REVIEWER + r.officerId, actor, Canonical.reviewer(r));
        return reviewer(r);
    }

    private static Reviewer reviewer(ReviewerRow r) {
        return new Reviewer(r.officerId, r.name, r.unit, ReviewerRole.valueOf(r.reviewerRole), r.legalQualification);
    }

    @Override
    public Optional<Reviewer> findReviewer(String officerId) {
        return Optional.ofNullable(read(m -> m.findReviewer(officerId))).map(ReviewService::reviewer);
    }

    @Override
    public List<Reviewer> reviewers() {
        return read(ReviewMapper::listReviewers).stream().map(ReviewService::reviewer).collect(Collectors.toList());
    }

    @Override
    public Optional<String> signingProblem(String officerId) {
        Optional<Reviewer> found = findReviewer(officerId);
        if (found.isEmpty()) {
            return Optional.of("没有编号为" + officerId + "的法制审核人员");
        }
        Reviewer r = found.get();
        Optional<String> office = officeProblem(r);
        if (office.isPresent()) {
            return office;
        }
        if (!r.legalQualification()) {
            return Optional.of(r.name() + "未取得法律职业资格,不能签署法制审核意见");
        }
        return Optional.empty();
    }

    /** Why {@code r} is not a reviewer of the legal office, or empty. */
    private Optional<String> officeProblem(Reviewer r) {
        if (r.role() != ReviewerRole.REVIEWER) {
            return Optional.of(r.name() + "是" + r.role().chinese() + ",只能提供咨询意见,不能审核");
        }
        String office = settings.get().legalOffice();
        if (!office.equals(r.unit())) {
            return Optional.of(r.name() + "所在单位" + r.unit() + "不是法制机构(" + office + ")");
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- proposals (拟作出决定)

    @Override
    public ProposalVersion propose(ProposedDecision d, String actor) {
        requireActor(actor);
        CaseLookup.Subject c = cases.find(d.caseNumber(), actor);
        String what = c.kind() == EnforcementKind.PERMIT ? "行政许可申请" : "案件";
        if (c.decidedAs() != null) {
            throw new ReviewException(what + d.caseNumber() + "已处于" + c.decidedAs() + "环节,不能再登记或修改拟作出决定");
        }
        CaseLookup.SubjectParty party = c.parties().stream().filter(p -> p.name().equals(d.partyName().strip()))
                .findFirst().orElseThrow(() -> new ReviewException(d.partyName() + "不是" + what + d.caseNumber()
                        + "的当事人(当事人: " + c.parties().stream().map(CaseLookup.SubjectParty::name)
                        .collect(Collectors.joining("、")) + ")"));
        CatalogueResult evaluation = catalogue.evaluate(d, party.type());
        ProposalRow row = new ProposalRow();
        row.caseNumber = c.number();
        row.caseKind = c.kind().name();
        row.partyName = party.name();
        row.partyType = party.type().name();
        row.hearing = d.hearing().name();
        row.beyondDiscretion = d.beyondDiscretion();
        row.discretionNote = d.discretionNote();
        row.suspectedCrime = d.suspectedCrime();
        row.manualReferral = d.manualReferral();
        row.summary = d.summary().strip();
        row.legalBasis = d.legalBasis().strip();
        List<MeasureRow> measures = new ArrayList<>();
        for (Measure x : d.measures()) {
            MeasureRow mr = new MeasureRow();
            mr.seq = measures.size() + 1;
            mr.measureType = x.type().name();
            mr.amount = x.amount() == null ? null : x.amount().setScale(2);
            mr.detail = x.detail();
            measures.add(mr);
        }
        row.contentSha256 = Canonical.content(row, measures);
        row.evaluation = evaluationText(evaluation);
        row.major = evaluation.major();
        row.proposedBy = actor;
        row.proposedAt = now();
        List<RequestRow> superseded = new ArrayList<>();
        synchronized (lock) {
            tx(m -> {
                ProposalRow current = m.currentProposal(row.caseNumber);
                if (current != null && current.contentSha256.equals(row.contentSha256)) {
                    throw new ReviewException("拟作出决定与现行第" + current.version + "版内容相同,无需修改");
                }
                row.version = current == null ? 1 : current.version + 1;
                m.insertProposal(row);
                for (MeasureRow mr : measures) {
                    mr.proposalId = row.id;
                    m.insertMeasure(mr);
                }
                for (RequestRow r : m.requestsOfCase(row.caseNumber)) {
                    if (ReviewState.valueOf(r.state).open()) {
                        r.state = ReviewState.SUPERSEDED.name();
                        r.updatedBy = actor;
                        r.updatedAt = row.proposedAt;
                        m.updateRequest(r);
                        superseded.add(r);
                    }
                }
                return null;
            });
        }
        ledger(Canonical.PROPOSAL + row.id, actor, Canonical.proposal(row, measures));
        for (RequestRow r : superseded) {
            LOG.info("Review request {} of case {} superseded by proposal version {}", r.id, r.caseNumber, row.version);
            ledger(Canonical.REQUEST + r.id, actor, Canonical.request(r));
        }
        return proposal(row, measures);
    }

    private static String evaluationText(CatalogueResult r) {
        return r.hits().stream().map(h -> h.rule().name() + "\t" + h.reason()).collect(Collectors.joining("\n"));
    }

    private static CatalogueResult evaluation(String text) {
        List<RuleHit> hits = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                hits.add(new RuleHit(CatalogueRule.valueOf(line.substring(0, tab)), line.substring(tab + 1)));
            }
        }
        return new CatalogueResult(hits);
    }

    private static ProposedDecision decision(ProposalRow p, List<MeasureRow> measures) {
        List<Measure> ms = measures.stream().map(m -> new Measure(MeasureType.valueOf(m.measureType), m.amount,
                m.detail)).collect(Collectors.toList());
        return new ProposedDecision(p.caseNumber, p.partyName, ms, HearingStatus.valueOf(p.hearing),
                p.beyondDiscretion, p.discretionNote, p.suspectedCrime, p.manualReferral, p.summary, p.legalBasis);
    }

    private static ProposalVersion proposal(ProposalRow p, List<MeasureRow> measures) {
        return new ProposalVersion(p.id, p.caseNumber, p.version, EnforcementKind.valueOf(p.caseKind),
                PartyType.valueOf(p.partyType), decision(p, measures), p.contentSha256, evaluation(p.evaluation),
                p.proposedBy, instant(p.proposedAt));
    }

    @Override
    public Optional<ProposalVersion> currentProposal(String caseNumber) {
        return read(m -> Optional.ofNullable(m.currentProposal(caseNumber)).map(p -> proposal(p, m.measures(p.id))));
    }

    @Override
    public List<ProposalVersion> proposals(String caseNumber) {
        return read(m -> m.proposals(caseNumber).stream().map(p -> proposal(p, m.measures(p.id)))
                .collect(Collectors.toList()));
    }

    // ---------------------------------------------------------------- requests (送审)

    @Override
    public ReviewRequest submit(String caseNumber, String submittingUnit, String objection, String actor) {
        requireActor(actor);
        String unit = requireText(submittingUnit, 200, "送审单位");
        String statement = objection == null || objection.isBlank() ? null : objection.strip();
        if (statement != null && statement.length() > 2000) {
            throw new ReviewException("修改或异议说明最多2000字");
        }
        RequestRow r = new RequestRow();
        synchronized (lock) {
            tx(m -> {
                ProposalRow current = m.currentProposal(caseNumber);
                if (current == null) {
                    throw new ReviewException("案件" + caseNumber + "尚未登记拟作出决定,不能送审");
                }
                ProposalVersion pv = proposal(current, m.measures(current.id));
                if (!catalogue.evaluate(pv.decision(), pv.partyType()).major()) {
                    throw new ReviewException("案件" + caseNumber + "的拟作出决定(第" + pv.version()
                            + "版)未触发法制审核目录清单,不属于重大执法决定;确需审核的,请在拟作出决定中写明人工提交审核的理由");
                }
                List<RequestRow> all = m.requestsOfCase(caseNumber);
                for (RequestRow x : all) {
                    if (ReviewState.valueOf(x.state).open()) {
                        throw new ReviewException("案件" + caseNumber + "已有未办结的法制审核申请(编号" + x.id + ","
                                + ReviewState.valueOf(x.state).chinese() + ")");
                    }
                }
                if (passed(m, current)) {
                    throw new ReviewException("拟作出决定第" + current.version + "版已通过法制审核,无需再次送审");
                }
                for (DiscussionRow dr : m.discussions(caseNumber)) {
                    if (dr.conclusion == null) {
                        throw new ReviewException("案件" + caseNumber + "的集体讨论(编号" + dr.id + ")尚未作出结论");
                    }
                }
                RequestRow last = lastCompleted(all);
                OpinionRow lastOpinion = last == null ? null : m.opinionOfRequest(last.id);
                if (lastOpinion != null && !Outcome.APPROVE.name().equals(lastOpinion.outcome)) {
                    if (statement == null) {
                        throw new ReviewException("上次审核意见为" + Outcome.valueOf(lastOpinion.outcome).chinese()
                                + ",重新送审须说明修改情况或坚持原意见的理由");
                    }
                    r.resubmissionOf = last.id;
                }
                r.caseNumber = caseNumber;
                r.proposalId = current.id;
                r.proposalVersion = current.version;
                r.proposalSha256 = current.contentSha256;
                r.submittingUnit = unit;
                r.submittedBy = actor;
                r.submittedAt = now();
                r.objection = statement;
                r.state = ReviewState.AWAITING_MATERIALS.name();
                r.limitDays = settings.get().timeLimitDays();
                r.updatedBy = actor;
                r.updatedAt = r.submittedAt;
                return m.insertRequest(r);
            });
        }
        ledger(Canonical.REQUEST + r.id, actor, Canonical.request(r));
        return requireRequest(r.id);
    }

    private static RequestRow lastCompleted(List<RequestRow> requests) {
        RequestRow last = null;
        for (RequestRow x : requests) {
            if (ReviewState.COMPLETED.name().equals(x.state)) {
                last = x;
            }
        }
        return last;
    }

    /** Whether this exact proposal version (and content) passed: 同意, or a 集体讨论 conclusion to proceed. */
    private static boolean passed(ReviewMapper m, ProposalRow p) {
        for (RequestRow x : m.requestsOfCase(p.caseNumber)) {
            if (x.proposalVersion == p.version && x.proposalSha256.equals(p.contentSha256)
                    && ReviewState.COMPLETED.name().equals(x.state)) {
                OpinionRow o = m.opinionOfRequest(x.id);
                if (o != null && Outcome.APPROVE.name().equals(o.outcome)) {
                    return true;
                }
            }
        }
        for (DiscussionRow d : m.discussions(p.caseNumber)) {
            if (d.proposalVersion == p.version && d.proposalSha256.equals(p.contentSha256)
                    && DiscussionConclusion.PROCEED.name().equals(d.conclusion)) {
                return true;
            }
        }
        return false;
    }

    private RequestRow locked(ReviewMapper m, long requestId) {
        RequestRow r = m.lockRequest(requestId);
        if (r == null) {
            throw new ReviewNotFoundException("没有编号为" + requestId + "的法制审核申请");
        }
        return r;
    }

    private static void requireOpen(RequestRow r, String what) {
        ReviewState s = ReviewState.valueOf(r.state);
        if (!s.open()) {
            throw new ReviewException("法制审核申请" + r.id + s.chinese() + ",不能" + what);
        }
    }

    private List<MaterialType> missing(ReviewMapper m, RequestRow r) {
        ProposalRow p = m.findProposal(r.proposalId);
        Set<MaterialType> need = new LinkedHashSet<>(REQUIRED);
        if (!HearingStatus.NONE.name().equals(p.hearing)) {
            need.add(MaterialType.HEARING_RECORD);
        }
        for (MaterialRow x : m.materials(r.id)) {
            need.remove(MaterialType.valueOf(x.materialType));
        }
        return List.copyOf(need);
    }

    @Override
    public ReviewRequest addMaterial(long requestId, MaterialType type, String title, String sha256, String actor) {
        requireActor(actor);
        if (type == null) {
            throw new ReviewException("送审材料类型不能为空");
        }
        String sha = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        if (!SHA.matcher(sha).matches()) {
            throw new ReviewException("送审材料的SHA-256应为64位十六进制: " + sha256);
        }
        MaterialRow mr = new MaterialRow();
        mr.requestId = requestId;
        mr.materialType = type.name();
        mr.title = requireText(title, 500, "材料名称");
        mr.sha256 = sha;
        mr.submittedBy = actor;
        mr.submittedAt = now();
        boolean[] started = {false};
        RequestRow r = synchronizedTx(m -> {
            RequestRow row = locked(m, requestId);
            requireOpen(row, "补充材料");
            m.insertMaterial(mr);
            if (ReviewState.AWAITING_MATERIALS.name().equals(row.state) && missing(m, row).isEmpty()) {
                LocalDate day = today();
                row.materialsCompleteOn = day;
                row.segmentStart = day;
                row.usedDays = 0;
                setDue(row, calendar.addWorkingDays(day, row.limitDays));
                row.state = ReviewState.IN_REVIEW.name();
                row.updatedBy = actor;
                row.updatedAt = mr.submittedAt;
                m.updateRequest(row);
                started[0] = true;
            }
            return row;
        });
        ledger(Canonical.MATERIAL + mr.id, actor, Canonical.material(mr));
        if (started[0]) {
            LOG.info("Review request {} of case {}: materials complete on {}, due {}", r.id, r.caseNumber,
                    r.materialsCompleteOn, r.dueDate);
            ledger(Canonical.REQUEST + r.id, actor, Canonical.request(r));
        }
        return requireRequest(requestId);
    }

    private static void setDue(RequestRow r, Deadline d) {
        r.dueDate = d.due();
        r.dueProvisional = d.provisional();
    }

    private <T> T synchronizedTx(Function<ReviewMapper, T> work) {
        synchronized (lock) {
            return tx(work);
        }
    }

    private Reviewer requireOfficeReviewer(String reviewerId) {
        Reviewer rv = findReviewer(reviewerId)
                .orElseThrow(() -> new ReviewNotFoundException("没有编号为" + reviewerId + "的法制审核人员"));
        officeProblem(rv).ifPresent(p -> {
            throw new ReviewException(p);
        });
        return rv;
    }

    @Override
    public ReviewRequest requestSupplement(long requestId, String reviewerId, String reason) {
        Reviewer rv = requireOfficeReviewer(reviewerId);
        SupplementRow s = new SupplementRow();
        s.requestId = requestId;
        s.reason = requireText(reason, 1000, "补充材料的理由");
        s.requestedBy = rv.officerId();
        RequestRow r = synchronizedTx(m -> {
            RequestRow row = locked(m, requestId);
            if (!ReviewState.IN_REVIEW.name().equals(row.state)) {
                throw new ReviewException("法制审核申请" + requestId + ReviewState.valueOf(row.state).chinese()
                        + ",不能通知补充材料");
            }
            LocalDate day = today();
            s.requestedOn = day;
            row.usedDays += calendar.workingDaysBetween(row.segmentStart, day);
            row.segmentStart = null;
            row.pausedSince = day;
            row.state = ReviewState.SUPPLEMENT_REQUESTED.name();
            row.updatedBy = rv.officerId();
            row.updatedAt = now();
            m.insertSupplement(s);
            m.updateRequest(row);
            return row;
        });
        ledger(Canonical.SUPPLEMENT + s.id, rv.officerId(), Canonical.supplement(s));
        ledger(Canonical.REQUEST + r.id, rv.officerId(), Canonical.request(r));
        return requireRequest(requestId);
    }

    @Override
    public ReviewRequest supplementProvided(long requestId, String actor) {
        requireActor(actor);
        SupplementRow[] resumed = {null};
        RequestRow r = synchronizedTx(m -> {
            RequestRow row = locked(m, requestId);
            if (!ReviewState.SUPPLEMENT_REQUESTED.name().equals(row.state)) {
                throw new ReviewException("法制审核申请" + requestId + "未处于补充材料中");
            }
            List<MaterialType> missing = missing(m, row);
            if (!missing.isEmpty()) {
                throw new ReviewException("送审材料仍不齐全,缺少: " + names(missing));
            }
            LocalDate day = today();
            for (SupplementRow s : m.supplements(requestId)) {
                if (s.resumedOn == null) {
                    m.resumeSupplement(s.id, day, actor);
                    resumed[0] = m.findSupplement(s.id);
                }
            }
            row.segmentStart = day;
            row.pausedSince = null;
            int remaining = row.limitDays - row.usedDays;
            if (remaining > 0) {
                setDue(row, calendar.addWorkingDays(day, remaining));
            }
            row.state = ReviewState.IN_REVIEW.name();
            row.updatedBy = actor;
            row.updatedAt = now();
            m.updateRequest(row);
            return row;
        });
        if (resumed[0] != null) {
            ledger(Canonical.SUPPLEMENT + resumed[0].id, actor, Canonical.supplement(resumed[0]));
        }
        ledger(Canonical.REQUEST + r.id, actor, Canonical.request(r));
        return requireRequest(requestId);
    }

    private static String names(List<MaterialType> types) {
        return types.stream().map(MaterialType::chinese).collect(Collectors.joining("、"));
    }

    @Override
    public ReviewRequest extend(long requestId, String approvedBy, String reason) {
        String approver = requireActor(approvedBy);
        String why = requireText(reason, 500, "延长审核期限的理由");
        RequestRow r = synchronizedTx(m -> {
            RequestRow row = locked(m, requestId);
            requireOpen(row, "延长审核期限");
            if (row.extended) {
                throw new ReviewException("审核期限只能延长一次,已经" + row.extensionBy + "批准延长");
            }
            row.limitDays += settings.get().extensionDays();
            row.extended = true;
            row.extensionBy = approver;
            row.extensionReason = why;
            if (ReviewState.IN_REVIEW.name().equals(row.state) && row.limitDays > row.usedDays) {
                setDue(row, calendar.addWorkingDays(row.segmentStart, row.limitDays - row.usedDays));
            }
            row.updatedBy = approver;
            row.updatedAt = now();
            m.updateRequest(row);
            return row;
        });
        ledger(Canonical.REQUEST + r.id, approver, Canonical.request(r));
        return requireRequest(requestId);
    }

    @Override
    public Consultation consult(long requestId, String adviserId, String opinion, String actor) {
        requireActor(actor);
        Reviewer adviser = findReviewer(adviserId)
                .orElseThrow(() -> new ReviewNotFoundException("没有编号为" + adviserId + "的法律顾问或公职律师"));
        if (adviser.role() == ReviewerRole.REVIEWER) {
            throw new ReviewException(adviser.name() + "是法制审核人员,不是法律顾问或公职律师");
        }
        ConsultationRow c = new ConsultationRow();
        c.requestId = requestId;
        c.adviserId = adviser.officerId();
        c.adviserName = adviser.name();
        c.adviserRole = adviser.role().name();
        c.opinion = requireText(opinion, 2000, "咨询意见");
        c.recordedBy = actor;
        c.recordedAt = now();
        synchronizedTx(m -> {
            requireOpen(locked(m, requestId), "记录咨询意见");
            return m.insertConsultation(c);
        });
        ledger(Canonical.CONSULTATION + c.id, actor, Canonical.consultation(c));
        return consultation(c);
    }

    // ---------------------------------------------------------------- opinions (审核意见)

    /** Why the findings and outcome of a draft do not make a complete, consistent opinion, or empty. */
    static Optional<String> checklistProblem(OpinionDraft d) {
        Set<CheckItem> seen = EnumSet.noneOf(CheckItem.class);
        for (ItemFinding f : d.findings()) {
            if (!seen.add(f.item())) {
                return Optional.of("审核事项“" + f.item().chinese() + "”重复");
            }
        }
        List<String> unanswered = new ArrayList<>();
        for (CheckItem i : CheckItem.values()) {
            if (!seen.contains(i)) {
                unanswered.add(i.chinese());
            }
        }
        if (!unanswered.isEmpty()) {
            return Optional.of("审核意见未答复以下事项: " + String.join("、", unanswered));
        }
        List<String> problems = d.findings().stream().filter(f -> f.result() == ItemResult.PROBLEM)
                .map(f -> f.item().chinese()).collect(Collectors.toList());
        boolean crime = d.findings().stream().anyMatch(f -> f.item() == CheckItem.CRIMINAL_TRANSFER
                && f.result() == ItemResult.PROBLEM);
        if (d.outcome() == Outcome.APPROVE && !problems.isEmpty()) {
            return Optional.of("审核结论为同意时各事项均应通过,存在问题的事项: " + String.join("、", problems));
        }
        if (d.outcome() != Outcome.APPROVE && problems.isEmpty()) {
            return Optional.of("审核结论为" + d.outcome().chinese() + "时,应至少指出一项存在问题的审核事项");
        }
        if (d.outcome() == Outcome.TRANSFER && !crime) {
            return Optional.of("建议移送的,“是否涉嫌犯罪需移送司法机关”一项应为存在问题");
        }
        if (crime && d.outcome() != Outcome.TRANSFER) {
            return Optional.of("涉嫌犯罪需移送司法机关的,审核结论应为建议移送");
        }
        return Optional.empty();
    }

    @Override
    public Opinion sign(long requestId, OpinionDraft draft) {
        signingProblem(draft.reviewerId()).ifPresent(p -> {
            throw new ReviewException(p);
        });
        checklistProblem(draft).ifPresent(p -> {
            throw new ReviewException(p);
        });
        Reviewer rv = findReviewer(draft.reviewerId()).orElseThrow();
        OpinionRow o = new OpinionRow();
        o.requestId = requestId;
        o.outcome = draft.outcome().name();
        o.remarks = draft.remarks();
        o.reviewerId = rv.officerId();
        o.reviewerName = rv.name();
        o.signedAt = now();
        List<FindingRow> findings = new ArrayList<>();
        RequestRow r = synchronizedTx(m -> {
            RequestRow row = locked(m, requestId);
            if (!ReviewState.IN_REVIEW.name().equals(row.state)) {
                ReviewState s = ReviewState.valueOf(row.state);
                throw new ReviewException("法制审核申请" + requestId + s.chinese() + ",不能出具审核意见"
                        + (s == ReviewState.AWAITING_MATERIALS ? "(缺少: " + names(missing(m, row)) + ")" : ""));
            }
            m.insertOpinion(o);
            for (ItemFinding f : draft.findings()) {
                FindingRow fr = new FindingRow();
                fr.opinionId = o.id;
                fr.item = f.item().name();
                fr.itemResult = f.result().name();
                fr.commentText = f.comment();
                m.insertFinding(fr);
            }
            findings.addAll(m.findings(o.id));
            row.state = ReviewState.COMPLETED.name();
            row.updatedBy = rv.officerId();
            row.updatedAt = o.signedAt;
            m.updateRequest(row);
            return row;
        });
        ledger(Canonical.OPINION + o.id, rv.officerId(), Canonical.opinion(o, findings));
        ledger(Canonical.REQUEST + r.id, rv.officerId(), Canonical.request(r));
        LOG.info("Review request {} of case {} (proposal v{}): opinion {} signed by {}", r.id, r.caseNumber,
                r.proposalVersion, draft.outcome(), rv.name());
        return opinion(o, findings);
    }

    // ---------------------------------------------------------------- collective discussion (集体讨论)

    @Override
    public CollectiveDiscussion openDiscussion(String caseNumber, String reason, String actor) {
        requireActor(actor);
        DiscussionRow d = new DiscussionRow();
        d.reason = requireText(reason, 1000, "提请集体讨论的理由");
        synchronizedTx(m -> {
            ProposalRow current = m.currentProposal(caseNumber);
            if (current == null) {
                throw new ReviewException("案件" + caseNumber + "尚未登记拟作出决定");
            }
            List<RequestRow> all = m.requestsOfCase(caseNumber);
            if (all.stream().anyMatch(x -> ReviewState.valueOf(x.state).open())) {
                throw new ReviewException("案件" + caseNumber + "尚有未办结的法制审核申请,不能提请集体讨论");
            }
            RequestRow last = lastCompleted(all);
            OpinionRow o = last == null ? null : m.opinionOfRequest(last.id);
            if (last == null || last.resubmissionOf == null || o == null || Outcome.APPROVE.name().equals(o.outcome)
                    || last.proposalVersion != current.version) {
                throw new ReviewException("只有重新送审后审核意见与承办单位意见仍不一致的,才能提请集体讨论");
            }
            for (DiscussionRow x : m.discussions(caseNumber)) {
                if (x.conclusion == null) {
                    throw new ReviewException("案件" + caseNumber + "的集体讨论(编号" + x.id + ")尚未作出结论");
                }
                if (x.proposalVersion == current.version && x.proposalSha256.equals(current.contentSha256)) {
                    throw new ReviewException("拟作出决定第" + current.version + "版已经集体讨论并作出结论");
                }
            }
            d.caseNumber = caseNumber;
            d.proposalId = current.id;
            d.proposalVersion = current.version;
            d.proposalSha256 = current.contentSha256;
            d.openedBy = actor;
            d.openedAt = now();
            return m.insertDiscussion(d);
        });
        ledger(Canonical.DISCUSSION + d.id, actor, Canonical.discussion(d, List.of()));
        return discussion(d, List.of());
    }

    @Override
    public CollectiveDiscussion concludeDiscussion(long discussionId, List<String> attendees, String chairedBy,
                                                   DiscussionConclusion conclusion, String conclusionText,
                                                   String actor) {
        requireActor(actor);
        if (conclusion == null) {
            throw new ReviewException("集体讨论结论不能为空");
        }
        List<String> names = new ArrayList<>(new LinkedHashSet<>(attendees == null ? List.<String>of()
                : attendees.stream().filter(a -> a != null && !a.isBlank()).map(String::strip)
                .collect(Collectors.toList())));
        if (names.size() < 3) {
            throw new ReviewException("集体讨论应记录参加人员,至少3人");
        }
        if (names.stream().anyMatch(n -> n.length() > 200)) {
            throw new ReviewException("参加人员姓名最多200字");
        }
        String chair = requireText(chairedBy, 100, "主持人");
        if (!names.contains(chair)) {
            throw new ReviewException("主持人" + chair + "应在参加人员之中");
        }
        String text = requireText(conclusionText, 2000, "集体讨论结论");
        DiscussionRow d = synchronizedTx(m -> {
            if (m.findDiscussion(discussionId) == null) {
                throw new ReviewNotFoundException("没有编号为" + discussionId + "的集体讨论");
            }
            if (m.concludeDiscussion(discussionId, chair, conclusion.name(), text, actor, now()) != 1) {
                throw new ReviewException("集体讨论" + discussionId + "已作出结论,结论不能更改");
            }
            for (int i = 0; i < names.size(); i++) {
                m.insertAttendee(discussionId, i + 1, names.get(i));
            }
            return m.findDiscussion(discussionId);
        });
        ledger(Canonical.DISCUSSION + d.id, actor, Canonical.discussion(d, names));
        LOG.info("Collective discussion {} of case {} (proposal v{}) concluded: {}", d.id, d.caseNumber,
                d.proposalVersion, conclusion);
        return discussion(d, names);
    }

    // ---------------------------------------------------------------- reads

    private ReviewRequest requireRequest(long id) {
        return request(id).orElseThrow(() -> new ReviewNotFoundException("没有编号为" + id + "的法制审核申请"));
    }

    @Override
    public Optional<ReviewRequest> request(long requestId) {
        return read(m -> Optional.ofNullable(m.findRequest(requestId)).map(r -> toRequest(m, r)));
    }

    @Override
    public List<ReviewRequest> requests(String caseNumber) {
        return read(m -> m.requestsOfCase(caseNumber).stream().map(r -> toRequest(m, r)).collect(Collectors.toList()));
    }

    @Override
    public List<ReviewRequest> list(ReviewState state, int limit) {
        int n = Math.max(0, Math.min(limit, 10_000));
        return read(m -> m.listRequests(state == null ? null : state.name(), n).stream().map(r -> toRequest(m, r))
                .collect(Collectors.toList()));
    }

    @Override
    public List<CollectiveDiscussion> discussions(String caseNumber) {
        return read(m -> m.discussions(caseNumber).stream().map(d -> discussion(d, m.attendees(d.id)))
                .collect(Collectors.toList()));
    }

    private ReviewRequest toRequest(ReviewMapper m, RequestRow r) {
        List<Material> materials = m.materials(r.id).stream().map(x -> new Material(x.id, x.requestId,
                MaterialType.valueOf(x.materialType), x.title, x.sha256, x.submittedBy, instant(x.submittedAt)))
                .collect(Collectors.toList());
        List<SupplementRequest> supplements = m.supplements(r.id).stream().map(s -> new SupplementRequest(s.id,
                s.requestId, s.requestedOn, s.reason, s.requestedBy, s.resumedOn, s.resumedBy))
                .collect(Collectors.toList());
        List<Consultation> consultations = m.consultations(r.id).stream().map(ReviewService::consultation)
                .collect(Collectors.toList());
        OpinionRow o = m.opinionOfRequest(r.id);
        Opinion opinion = o == null ? null : opinion(o, m.findings(o.id));
        return new ReviewRequest(r.id, r.caseNumber, r.proposalVersion, r.proposalSha256, r.submittingUnit,
                r.submittedBy, instant(r.submittedAt), r.objection, r.resubmissionOf, ReviewState.valueOf(r.state),
                r.materialsCompleteOn, r.limitDays, r.usedDays, r.extended, r.extensionBy, r.extensionReason,
                r.pausedSince, r.dueDate, r.dueProvisional, materials, missing(m, r), supplements, consultations,
                opinion);
    }

    private static Consultation consultation(ConsultationRow c) {
        return new Consultation(c.id, c.requestId, c.adviserId, c.adviserName, ReviewerRole.valueOf(c.adviserRole),
                c.opinion, c.recordedBy, instant(c.recordedAt));
    }

    private static Opinion opinion(OpinionRow o, List<FindingRow> findings) {
        List<ItemFinding> fs = findings.stream().map(f -> new ItemFinding(CheckItem.valueOf(f.item),
                ItemResult.valueOf(f.itemResult), f.commentText))
                .sorted(Comparator.comparing(ItemFinding::item)).collect(Collectors.toList());
        return new Opinion(o.id, o.requestId, fs, Outcome.valueOf(o.outcome), o.remarks, o.reviewerId, o.reviewerName,
                instant(o.signedAt));
    }

    private static CollectiveDiscussion discussion(DiscussionRow d, List<String> attendees) {
        return new CollectiveDiscussion(d.id, d.caseNumber, d.proposalVersion, d.proposalSha256, d.reason, d.openedBy,
                instant(d.openedAt), attendees, d.chairedBy,
                d.conclusion == null ? null : DiscussionConclusion.valueOf(d.conclusion), d.conclusionText,
                d.concludedBy, instant(d.concludedAt));
    }

    // ---------------------------------------------------------------- alerts (审核期限预警)

    @Override
    public List<ReviewAlert> alerts(LocalDate day) {
        int near = settings.get().nearDeadlineDays();
        List<ReviewAlert> out = new ArrayList<>();
        for (RequestRow r : read(m -> m.requestsInState(ReviewState.IN_REVIEW.name()))) {
            if (r.dueDate == null) {
                continue;
            }
            int left = calendar.workingDaysBetween(day, r.dueDate);
            if (day.isAfter(r.dueDate)) {
                out.add(new ReviewAlert(r.id, r.caseNumber, ReviewAlert.Kind.OVERDUE, r.dueDate, left,
                        r.dueProvisional));
            } else if (left <= near) {
                out.add(new ReviewAlert(r.id, r.caseNumber, ReviewAlert.Kind.NEAR_DEADLINE, r.dueDate, left,
                        r.dueProvisional));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- the decision gate (R-L1)

    @Override
    public Optional<String> decisionBlocker(String caseNumber, EnforcementKind kind) {
        String what = kind == EnforcementKind.PERMIT ? "行政许可申请" : "案件";
        return read(m -> {
            ProposalRow current = m.currentProposal(caseNumber);
            if (current == null) {
                return settings.get().proposalRequiredKinds().contains(kind)
                        ? Optional.of(what + caseNumber + "尚未登记拟作出决定,无法按法制审核目录判断是否属于重大执法决定:"
                        + "请先登记拟作出决定")
                        : Optional.empty();
            }
            List<MeasureRow> measures = m.measures(current.id);
            if (!Canonical.content(current, measures).equals(current.contentSha256)) {
                return Optional.of(what + caseNumber + "的拟作出决定第" + current.version
                        + "版记录与登记时不一致(内容校验值不符),不得作出决定");
            }
            ProposalVersion pv = proposal(current, measures);
            CatalogueResult eval = catalogue.evaluate(pv.decision(), pv.partyType());
            if (!eval.major() || passed(m, current)) {
                return Optional.empty();
            }
            String head = what + caseNumber + "的拟作出决定(第" + current.version + "版)属于重大执法决定("
                    + eval.hits().stream().map(h -> h.rule().chinese()).collect(Collectors.joining("、"))
                    + "),未经法制审核或者审核未通过的,不得作出决定";
            return Optional.of(head + ": " + status(m, current));
        });
    }

    /** Where the review of {@code current} stands, in Chinese, for the gate's refusal. */
    private static String status(ReviewMapper m, ProposalRow current) {
        List<RequestRow> all = m.requestsOfCase(current.caseNumber);
        for (DiscussionRow d : m.discussions(current.caseNumber)) {
            if (d.proposalVersion == current.version && d.conclusion != null) {
                return "集体讨论结论为" + DiscussionConclusion.valueOf(d.conclusion).chinese();
            }
            if (d.conclusion == null) {
                return "集体讨论(编号" + d.id + ")尚未作出结论";
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            RequestRow r = all.get(i);
            if (r.proposalVersion != current.version) {
                OpinionRow o = m.opinionOfRequest(r.id);
                if (o != null && Outcome.APPROVE.name().equals(o.outcome)) {
                    return "第" + r.proposalVersion + "版已通过审核,但拟作出决定已修改为第" + current.version + "版,须重新审核";
                }
                continue;
            }
            ReviewState s = ReviewState.valueOf(r.state);
            if (s.open()) {
                return "法制审核申请" + r.id + s.chinese();
            }
            OpinionRow o = m.opinionOfRequest(r.id);
            if (o != null) {
                return "审核意见为" + Outcome.valueOf(o.outcome).chinese() + "(审核人" + o.reviewerName + ")";
            }
        }
        return "尚未送法制审核";
    }

    // ---------------------------------------------------------------- ledger content verification

    /**
     * The current digest of a ledgered review row. Subjects outside {@code review:} are not this module's: the
     * verifier says so by throwing, which the ledger counts as a content error, not as tampering.
     */
    @Override
    public Optional<Sha256> currentDigest(String subjectRef, String kind) {
        return read(m -> {
            if (subjectRef.startsWith(Canonical.REVIEWER)) {
                return Optional.ofNullable(m.findReviewer(subjectRef.substring(Canonical.REVIEWER.length())))
                        .map(Canonical::reviewer);
            }
            if (subjectRef.startsWith(Canonical.PROPOSAL)) {
                long id = id(subjectRef, Canonical.PROPOSAL);
                return Optional.ofNullable(m.findProposal(id)).map(p -> Canonical.proposal(p, m.measures(id)));
            }
            if (subjectRef.startsWith(Canonical.REQUEST)) {
                return Optional.ofNullable(m.findRequest(id(subjectRef, Canonical.REQUEST))).map(Canonical::request);
            }
            if (subjectRef.startsWith(Canonical.MATERIAL)) {
                return Optional.ofNullable(m.findMaterial(id(subjectRef, Canonical.MATERIAL))).map(Canonical::material);
            }
            if (subjectRef.startsWith(Canonical.SUPPLEMENT)) {
                return Optional.ofNullable(m.findSupplement(id(subjectRef, Canonical.SUPPLEMENT)))
                        .map(Canonical::supplement);
            }
            if (subjectRef.startsWith(Canonical.CONSULTATION)) {
                return Optional.ofNullable(m.findConsultation(id(subjectRef, Canonical.CONSULTATION)))
                        .map(Canonical::consultation);
            }
            if (subjectRef.startsWith(Canonical.OPINION)) {
                long id = id(subjectRef, Canonical.OPINION);
                return Optional.ofNullable(m.findOpinion(id)).map(o -> Canonical.opinion(o, m.findings(id)));
            }
            if (subjectRef.startsWith(Canonical.DISCUSSION)) {
                long id = id(subjectRef, Canonical.DISCUSSION);
                return Optional.ofNullable(m.findDiscussion(id)).map(d -> Canonical.discussion(d, m.attendees(id)));
            }
            throw new IllegalArgumentException("not a review subject: " + subjectRef);
        });
    }

    private static long id(String subjectRef, String prefix) {
        return Long.parseLong(subjectRef.substring(prefix.length()));
    }
}
