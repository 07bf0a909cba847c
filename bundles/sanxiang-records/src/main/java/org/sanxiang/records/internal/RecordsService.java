package org.sanxiang.records.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.IdType;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.AccessRecord;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.CaseEventListener;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.CaseSnapshot;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.CertificateRefusedException;
import org.sanxiang.api.records.DocumentGate;
import org.sanxiang.api.records.DocumentInfo;
import org.sanxiang.api.records.DocumentRefusedException;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.LegalHold;
import org.sanxiang.api.records.MediaLink;
import org.sanxiang.api.records.NewCase;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.Party;
import org.sanxiang.api.records.RecordClass;
import org.sanxiang.api.records.RecordNotFoundException;
import org.sanxiang.api.records.RecordsException;
import org.sanxiang.api.records.Retention;
import org.sanxiang.api.records.StageGate;
import org.sanxiang.api.records.Transition;
import org.sanxiang.api.records.TransitionRefusedException;
import org.sanxiang.api.records.Veto;
import org.sanxiang.records.internal.Rows.AccessRow;
import org.sanxiang.records.internal.Rows.CaseRow;
import org.sanxiang.records.internal.Rows.ConfigRow;
import org.sanxiang.records.internal.Rows.DeletionRow;
import org.sanxiang.records.internal.Rows.DocumentRow;
import org.sanxiang.records.internal.Rows.HoldRow;
import org.sanxiang.records.internal.Rows.MediaRow;
import org.sanxiang.records.internal.Rows.OfficerRow;
import org.sanxiang.records.internal.Rows.PartyRow;
import org.sanxiang.records.internal.Rows.TransitionRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-process record on the records tables: every service of the module in one place, without OSGi.
 * Business changes commit first, then go to the ledger, then to the {@link CaseEventListener}s; reads are
 * logged before they are answered. {@link DocumentGate}s are asked before a document is stored.
 */
final class RecordsService implements CaseRecords, OfficerRegistry, AccessLog, Retention, EvidenceStore,
        ContentVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(RecordsService.class);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{64}");

    private final ModuleStore store;
    private final FileEvidenceStore evidence;
    private final Supplier<RecordsSettings> settings;
    private final Supplier<List<NamedGate<StageGate>>> extraGates;
    private final Supplier<List<NamedGate<DocumentGate>>> documentGates;
    private final Supplier<List<CaseEventListener>> listeners;
    private final Supplier<RecordsLedger> ledger;
    private final Clock clock;
    private final List<NamedGate<StageGate>> builtIn;
    /** Serialises deletions with what could make them wrong: holds, links, documents on the same content. */
    private final Object retentionLock = new Object();

    RecordsService(ModuleStore store, FileEvidenceStore evidence, Supplier<RecordsSettings> settings,
                   Supplier<List<NamedGate<StageGate>>> extraGates,
                   Supplier<List<NamedGate<DocumentGate>>> documentGates,
                   Supplier<List<CaseEventListener>> listeners, Supplier<RecordsLedger> ledger, Clock clock) {
        this.store = store;
        this.evidence = evidence;
        this.settings = settings;
        this.extraGates = extraGates;
        this.documentGates = documentGates;
        this.listeners = listeners;
        this.ledger = ledger;
        this.clock = clock;
        this.builtIn = BuiltInGates.all(settings);
    }

    /** The expected-recording watch told of each link (null: none). */
    private volatile RecordingWatchService watch;

    void watch(RecordingWatchService w) {
        this.watch = w;
    }

    FileEvidenceStore evidence() {
        return evidence;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private <T> T tx(Function<RecordsMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(RecordsMapper.class)));
    }

    private <T> T read(Function<RecordsMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(RecordsMapper.class)));
    }

    private void ledger(String kind, String subject, String actor, Sha256 digest) {
        try {
            ledger.get().append(kind, subject, actor, digest);
        } catch (RuntimeException e) {
            LOG.error("Record event {} {} committed but not ledgered: {}", kind, subject, e.getMessage(), e);
        }
    }

    /**
     * Tells every {@link CaseEventListener} of a committed change, in this thread. A listener that fails is
     * logged; the change stands and the other listeners are still told.
     */
    private void tell(String event, Consumer<CaseEventListener> call) {
        for (CaseEventListener l : listeners.get()) {
            try {
                call.accept(l);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                LOG.error("Case event listener {} failed on {}; the change stands: {}", l, event, e.toString(), e);
            }
        }
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank() || actor.length() > 100 || !actor.equals(actor.strip())) {
            throw new RecordsException("操作人不能为空(最多100字,首尾不得有空白)");
        }
        return actor;
    }

    // ---------------------------------------------------------------- officers (执法人员)

    @Override
    public Officer save(Officer officer, String actor) {
        requireActor(actor);
        OfficerRow row = officerRow(officer, actor, now());
        try {
            tx(m -> m.updateOfficer(row) == 0 ? m.insertOfficer(row) : 1);
        } catch (PersistenceException e) {
            if (ModuleStore.isConstraintViolation(e)) {
                throw new RecordsException("执法证号" + officer.certificate().number() + "已登记给其他执法人员");
            }
            throw e;
        }
        return officer;
    }

    @Override
    public Optional<Officer> find(String officerId) {
        return Optional.ofNullable(read(m -> m.findOfficer(officerId))).map(RecordsService::officer);
    }

    @Override
    public List<Officer> list() {
        return read(RecordsMapper::listOfficers).stream().map(RecordsService::officer).collect(Collectors.toList());
    }

    @Override
    public Officer requireCertified(String officerId, EnforcementKind kind, String region, LocalDate day) {
        Officer o = find(officerId).orElseThrow(() -> new RecordNotFoundException("没有编号为" + officerId + "的执法人员"));
        o.certificationProblem(kind, region, day).ifPresent(p -> {
            throw new CertificateRefusedException(p);
        });
        return o;
    }

    private static OfficerRow officerRow(Officer o, String actor, LocalDateTime at) {
        OfficerRow r = new OfficerRow();
        r.officerId = o.id();
        r.name = o.name();
        r.unit = o.unit();
        r.post = o.post();
        Certificate c = o.certificate();
        r.certNumber = c.number();
        r.certKinds = c.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        r.certRegion = c.region();
        r.validFrom = c.validFrom();
        r.validTo = c.validTo();
        r.updatedBy = actor;
        r.updatedAt = at;
        return r;
    }

    private static Officer officer(OfficerRow r) {
        EnumSet<EnforcementKind> kinds = EnumSet.noneOf(EnforcementKind.class);
        for (String k : r.certKinds.split(",")) {
            kinds.add(EnforcementKind.valueOf(k));
        }
        return new Officer(r.officerId, r.name, r.unit, r.post,
                new Certificate(r.certNumber, kinds, r.certRegion, r.validFrom, r.validTo));
    }

    // ---------------------------------------------------------------- cases (案件)

    @Override
    public EnforcementCase file(NewCase nc, String actor) {
        requireActor(actor);
        LocalDate day = today();
        List<String> officerIds = new ArrayList<>();
        officerIds.add(actor);
        nc.officerIds().stream().filter(id -> !officerIds.contains(id)).forEach(officerIds::add);
        for (String id : officerIds) {
            requireCertified(id, nc.kind(), nc.region(), day);
        }
        LocalDateTime at = now();
        TransitionRow t = new TransitionRow();
        try {
            tx(m -> {
                CaseRow c = new CaseRow();
                c.caseNumber = nc.caseNumber();
                c.kind = nc.kind().name();
                c.item = nc.item();
                c.region = nc.region();
                c.stage = CaseStage.FILED.name();
                c.filedBy = actor;
                c.filedAt = at;
                c.updatedAt = at;
                m.insertCase(c);
                int seq = 0;
                for (Party p : nc.parties()) {
                    m.insertParty(partyRow(c.id, ++seq, p));
                }
                for (String id : officerIds) {
                    m.insertCaseOfficer(c.id, id, actor, at);
                }
                t.caseId = c.id;
                t.caseNumber = c.caseNumber;
                t.toStage = CaseStage.FILED.name();
                t.actor = actor;
                t.occurredAt = at;
                t.reason = "立案";
                m.insertTransition(t);
                return c;
            });
        } catch (PersistenceException e) {
            if (ModuleStore.isConstraintViolation(e)) {
                throw new RecordsException("案件编号" + nc.caseNumber() + "已存在");
            }
            throw e;
        }
        ledger(LedgerKinds.CASE_TRANSITION, Canonical.TRANSITION + t.id, actor, Canonical.transition(t));
        EnforcementCase filed = load(nc.caseNumber());
        Transition filing = transition(t);
        tell("立案 " + filed.caseNumber(), l -> l.transitioned(filed, filing));
        return filed;
    }

    @Override
    public EnforcementCase assignOfficer(String caseNumber, String officerId, String actor) {
        requireActor(actor);
        EnforcementCase c = load(caseNumber);
        requireActing(c, actor);
        if (c.stage().isTerminal()) {
            throw new RecordsException("案件" + caseNumber + "已归档,不能再指派执法人员");
        }
        requireCertified(officerId, c.kind(), c.region(), today());
        if (c.officerIds().contains(officerId)) {
            return c;
        }
        long id = caseRow(caseNumber).id;
        tx(m -> m.insertCaseOfficer(id, officerId, actor, now()));
        return load(caseNumber);
    }

    /** 持证上岗: the actor must be assigned to the case and certified for it today. */
    private Officer requireActing(EnforcementCase c, String actor) {
        if (!c.officerIds().contains(actor)) {
            throw new RecordsException("操作人" + actor + "不是案件" + c.caseNumber() + "的承办执法人员");
        }
        return requireCertified(actor, c.kind(), c.region(), today());
    }

    private CaseRow caseRow(String caseNumber) {
        CaseRow row = read(m -> m.findCase(caseNumber));
        if (row == null) {
            throw new RecordNotFoundException("没有案件" + caseNumber);
        }
        return row;
    }

    private EnforcementCase load(String caseNumber) {
        return read(m -> {
            CaseRow row = m.findCase(caseNumber);
            if (row == null) {
                throw new RecordNotFoundException("没有案件" + caseNumber);
            }
            return toCase(m, row);
        });
    }

    private static EnforcementCase toCase(RecordsMapper m, CaseRow row) {
        List<Party> parties = m.parties(row.id).stream().map(RecordsService::party).collect(Collectors.toList());
        return new EnforcementCase(row.caseNumber, EnforcementKind.valueOf(row.kind), row.item, row.region, parties,
                m.caseOfficers(row.id), CaseStage.valueOf(row.stage), row.filedBy, instant(row.filedAt),
                instant(row.updatedAt));
    }

    private static PartyRow partyRow(long caseId, int seq, Party p) {
        PartyRow r = new PartyRow();
        r.caseId = caseId;
        r.seq = seq;
        r.partyType = p.type().name();
        r.name = p.name();
        r.creditCode = p.creditCode();
        r.registrationNumber = p.registrationNumber();
        r.idType = p.idType() == null ? null : p.idType().name();
        r.idNumber = p.idNumber();
        return r;
    }

    private static Party party(PartyRow r) {
        return new Party(PartyType.valueOf(r.partyType), r.name, r.creditCode, r.registrationNumber,
                r.idType == null ? null : IdType.valueOf(r.idType), r.idNumber);
    }

    @Override
    public EnforcementCase get(String caseNumber, AccessRequest access) {
        EnforcementCase c = load(caseNumber);
        logAccess(access, "CASE", caseNumber);
        return c;
    }

    @Override
    public List<EnforcementCase> list(CaseStage stage, int limit, AccessRequest access) {
        List<EnforcementCase> out = read(m -> m.listCases(stage == null ? null : stage.name(),
                Math.max(0, Math.min(limit, 10_000))).stream().map(r -> toCase(m, r)).collect(Collectors.toList()));
        logAccess(access, "CASE_LIST", stage == null ? "*" : stage.name());
        return out;
    }

    // ---------------------------------------------------------------- stage machine (环节流转)

    @Override
    public Transition transition(String caseNumber, CaseStage target, String actor, String reason) {
        requireActor(actor);
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new RecordsException("环节流转必须说明理由(最多1000字)");
        }
        EnforcementCase c = load(caseNumber);
        CaseStage from = c.stage();
        if (!from.canMoveTo(target)) {
            throw new TransitionRefusedException(from, target, List.of(new Veto("环节顺序", "R-R1", "不允许从"
                    + from.chinese() + "转入" + target.chinese() + ",允许的下一环节: " + from.successors().stream()
                    .map(CaseStage::chinese).collect(Collectors.joining("、")))), List.of());
        }
        CaseSnapshot snapshot = snapshot(c, actor);
        List<NamedGate<StageGate>> gates = new ArrayList<>(builtIn);
        gates.addAll(extraGates.get());
        List<Veto> vetoes = BuiltInGates.vetoes(gates, snapshot, target);
        if (!vetoes.isEmpty()) {
            List<String> missing = target == CaseStage.ARCHIVED
                    ? BuiltInGates.missingDocuments(settings.get(), c, snapshot.documents()) : List.of();
            throw new TransitionRefusedException(from, target, vetoes, missing);
        }
        long caseId = caseRow(caseNumber).id;
        LocalDateTime at = now();
        TransitionRow t = new TransitionRow();
        t.caseId = caseId;
        t.caseNumber = caseNumber;
        t.fromStage = from.name();
        t.toStage = target.name();
        t.actor = actor;
        t.occurredAt = at;
        t.reason = reason.strip();
        tx(m -> {
            if (m.updateStage(caseId, from.name(), target.name(), at) != 1) {
                throw new RecordsException("案件" + caseNumber + "的环节已被他人同时变更,请重试");
            }
            return m.insertTransition(t);
        });
        ledger(LedgerKinds.CASE_TRANSITION, Canonical.TRANSITION + t.id, actor, Canonical.transition(t));
        Transition done = transition(t);
        EnforcementCase after = load(caseNumber);
        tell(from.chinese() + "→" + target.chinese() + " " + caseNumber, l -> l.transitioned(after, done));
        return done;
    }

    private CaseSnapshot snapshot(EnforcementCase c, String actor) {
        long id = caseRow(c.caseNumber()).id;
        List<Officer> officers = c.officerIds().stream().map(this::find).flatMap(Optional::stream)
                .collect(Collectors.toList());
        List<DocumentInfo> docs = read(m -> m.documents(id)).stream().map(RecordsService::document)
                .collect(Collectors.toList());
        List<MediaLink> media = read(m -> m.media(id)).stream().map(RecordsService::media).collect(Collectors.toList());
        return new CaseSnapshot(c, officers, docs, media, actor, today());
    }

    private static Transition transition(TransitionRow r) {
        return new Transition(r.id, r.caseNumber, r.fromStage == null ? null : CaseStage.valueOf(r.fromStage),
                CaseStage.valueOf(r.toStage), r.actor, instant(r.occurredAt), r.reason);
    }

    @Override
    public List<Transition> history(String caseNumber, AccessRequest access) {
        long id = caseRow(caseNumber).id;
        List<Transition> out = read(m -> m.transitions(id)).stream().map(RecordsService::transition)
                .collect(Collectors.toList());
        logAccess(access, "CASE", caseNumber);
        return out;
    }

    // ---------------------------------------------------------------- documents (执法文书)

    @Override
    public DocumentInfo addDocument(String caseNumber, String type, String title, InputStream content, String actor) {
        requireActor(actor);
        EnforcementCase c = load(caseNumber);
        requireActing(c, actor);
        if (c.stage() == CaseStage.ARCHIVED) {
            throw new RecordsException("案件" + caseNumber + "已归档,不能再添加文书");
        }
        if (!settings.get().documentTypes().containsKey(type)) {
            throw new RecordsException("未配置的文书类型: " + type + "(已配置: "
                    + String.join("、", settings.get().documentTypes().keySet()) + ")");
        }
        if (title == null || title.isBlank() || title.length() > 500) {
            throw new RecordsException("文书标题不能为空(最多500字)");
        }
        List<NamedGate<DocumentGate>> gates = documentGates.get();
        if (!gates.isEmpty()) {
            List<Veto> vetoes = documentVetoes(gates, snapshot(c, actor), type);
            if (!vetoes.isEmpty()) {
                throw new DocumentRefusedException(caseNumber, type, vetoes);
            }
        }
        Stored stored = evidence.put(content);
        DocumentRow r = new DocumentRow();
        r.caseId = caseRow(caseNumber).id;
        r.caseNumber = caseNumber;
        r.docType = type;
        r.stage = c.stage().name();
        r.title = title.strip();
        r.sha256 = stored.sha256();
        r.sizeBytes = stored.size();
        r.createdBy = actor;
        r.createdAt = now();
        synchronized (retentionLock) {
            if (!evidence.contains(r.sha256)) {
                throw new RecordsException("文书内容在保存时被同时删除,请重新提交");
            }
            tx(m -> m.insertDocument(r));
        }
        ledger(LedgerKinds.DOCUMENT, Canonical.DOCUMENT + r.id, actor, Canonical.document(r));
        DocumentInfo added = document(r);
        tell("文书 " + type + " " + caseNumber, l -> l.documentAdded(c, added));
        return added;
    }

    /** The vetoes of the document gates; a gate that fails refuses (it may be the legal review). */
    private static List<Veto> documentVetoes(List<NamedGate<DocumentGate>> gates, CaseSnapshot snapshot,
                                             String type) {
        List<Veto> out = new ArrayList<>();
        for (NamedGate<DocumentGate> g : gates) {
            if (g.gate() == null) {
                out.add(new Veto(g.name(), g.requirement(), BuiltInGates.UNAVAILABLE));
                continue;
            }
            try {
                g.gate().veto(snapshot, type).ifPresent(r -> out.add(new Veto(g.name(), g.requirement(), r)));
            } catch (RuntimeException e) {
                LOG.error("Document gate {} failed on {} of case {}: refused", g.name(), type,
                        snapshot.enforcementCase().caseNumber(), e);
                out.add(new Veto(g.name(), g.requirement(), "文书签发检查出错,暂不能添加" + type));
            }
        }
        return out;
    }

    private static DocumentInfo document(DocumentRow r) {
        return new DocumentInfo(r.id, r.caseNumber, r.docType, CaseStage.valueOf(r.stage), r.title, r.sha256,
                r.sizeBytes, r.createdBy, instant(r.createdAt));
    }

    @Override
    public List<DocumentInfo> documents(String caseNumber, AccessRequest access) {
        long id = caseRow(caseNumber).id;
        List<DocumentInfo> out = read(m -> m.documents(id)).stream().map(RecordsService::document)
                .collect(Collectors.toList());
        logAccess(access, "CASE", caseNumber);
        return out;
    }

    @Override
    public InputStream readDocument(long documentId, AccessRequest access) {
        DocumentRow r = read(m -> m.findDocument(documentId));
        if (r == null) {
            throw new RecordNotFoundException("没有编号为" + documentId + "的文书");
        }
        logAccess(access, "DOCUMENT", String.valueOf(documentId));
        return evidence.open(r.sha256);
    }

    @Override
    public List<String> missingDocuments(String caseNumber) {
        EnforcementCase c = load(caseNumber);
        long id = caseRow(caseNumber).id;
        List<DocumentInfo> docs = read(m -> m.documents(id)).stream().map(RecordsService::document)
                .collect(Collectors.toList());
        return BuiltInGates.missingDocuments(settings.get(), c, docs);
    }

    // ---------------------------------------------------------------- media (音像记录)

    @Override
    public Stored put(InputStream content) {
        return evidence.put(content);
    }

    @Override
    public boolean contains(String sha256) {
        return evidence.contains(sha256);
    }

    /** Re-hashes the evidence store; the objects documents and linked recordings refer to must all be there. */
    @Override
    public Verification verify(int sample) {
        return verify(sample, FileEvidenceStore.Progress.NONE);
    }

    /** {@link #verify(int)}, telling {@code progress} as the files are re-hashed. */
    Verification verify(int sample, FileEvidenceStore.Progress progress) {
        Set<String> referenced = new java.util.HashSet<>(read(RecordsMapper::referencedObjects));
        Verification v = evidence.verify(referenced, sample, progress);
        if (!v.intact()) {
            LOG.error("证据文件校验失败 / evidence store verification: {} changed, {} missing of {} objects: {}",
                    v.changed(), v.missing(), v.objects(), v.problems());
        }
        return v;
    }

    @Override
    public MediaLink linkMedia(String caseNumber, String sha256, Activity activity, String officerId,
                               boolean fullProcess, String fileName, String actor) {
        requireActor(actor);
        EnforcementCase c = load(caseNumber);
        requireActing(c, actor);
        if (!c.officerIds().contains(officerId)) {
            throw new RecordsException("录制人" + officerId + "不是案件" + caseNumber + "的承办执法人员");
        }
        if (!evidence.contains(sha256)) {
            throw new RecordsException("证据库中没有文件 " + sha256 + ",请先上传");
        }
        MediaRow r = new MediaRow();
        r.caseId = caseRow(caseNumber).id;
        r.caseNumber = caseNumber;
        r.activity = activity.name();
        r.sha256 = sha256;
        r.officerId = officerId;
        r.fullProcess = fullProcess;
        r.fileName = fileName == null || fileName.isBlank() ? sha256 : fileName.strip();
        r.linkedBy = actor;
        r.linkedAt = now();
        synchronized (retentionLock) {
            if (!evidence.contains(sha256)) {
                throw new RecordsException("证据库中没有文件 " + sha256 + ",请先上传");
            }
            tx(m -> m.insertMedia(r));
        }
        ledger(LedgerKinds.MEDIA_LINK, Canonical.MEDIA + r.id, actor, Canonical.media(r));
        RecordingWatchService w = watch;
        if (w != null) {
            try {
                w.recordingLinked(caseNumber, activity, fullProcess, r.fileName);
            } catch (RuntimeException e) {
                LOG.warn("Recording {} linked to case {}; its open recording alert is cleared at the next scan: {}",
                        r.fileName, caseNumber, e.toString());
            }
        }
        return media(r);
    }

    private static MediaLink media(MediaRow r) {
        return new MediaLink(r.id, r.caseNumber, Activity.valueOf(r.activity), r.sha256, r.officerId, r.fullProcess,
                r.fileName, r.linkedBy, instant(r.linkedAt));
    }

    @Override
    public List<MediaLink> media(String caseNumber, AccessRequest access) {
        long id = caseRow(caseNumber).id;
        List<MediaLink> out = read(m -> m.media(id)).stream().map(RecordsService::media).collect(Collectors.toList());
        logAccess(access, "CASE", caseNumber);
        return out;
    }

    @Override
    public InputStream openMedia(String sha256, AccessRequest access) {
        if (!evidence.contains(sha256)) {
            throw new RecordsException("证据库中没有文件 " + sha256);
        }
        logAccess(access, "MEDIA", sha256);
        return evidence.open(sha256);
    }

    // ---------------------------------------------------------------- access audit (调阅监督)

    @Override
    public void record(AccessRequest access, String subjectType, String subjectRef) {
        if (subjectType == null || subjectType.isBlank() || subjectType.length() > 16) {
            throw new RecordsException("调阅对象类型不能为空(最多16字符)");
        }
        if (subjectRef == null || subjectRef.isBlank() || subjectRef.length() > 100) {
            throw new RecordsException("调阅对象不能为空(最多100字符)");
        }
        logAccess(access, subjectType.strip(), subjectRef.strip());
    }

    private void logAccess(AccessRequest access, String type, String ref) {
        if (access == null) {
            throw new RecordsException("调阅记录必须说明调阅人和调阅事由");
        }
        AccessRow r = new AccessRow();
        r.accessedAt = now();
        r.who = access.who();
        r.purpose = access.purpose();
        r.subjectType = type;
        r.subjectRef = ref;
        tx(m -> m.insertAccess(r));
        ledger(LedgerKinds.ACCESS, Canonical.ACCESS + r.id, access.who(), Canonical.access(r));
    }

    @Override
    public List<AccessRecord> query(String who, String subjectRef, Instant from, Instant to, int limit) {
        return read(m -> m.queryAccess(who, subjectRef,
                from == null ? null : LocalDateTime.ofInstant(from, ZoneOffset.UTC),
                to == null ? null : LocalDateTime.ofInstant(to, ZoneOffset.UTC), Math.max(0, Math.min(limit, 10_000))))
                .stream().map(r -> new AccessRecord(r.id, instant(r.accessedAt), r.who, r.purpose, r.subjectType,
                        r.subjectRef)).collect(Collectors.toList());
    }

    // ---------------------------------------------------------------- retention and legal hold

    @Override
    public LegalHold placeHold(String subjectRef, String reason, String actor) {
        requireActor(actor);
        if (subjectRef == null || !subjectRef.matches("(case|media):.{1,90}")) {
            throw new RecordsException("冻结对象应为 case:<案件编号> 或 media:<SHA-256>: " + subjectRef);
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new RecordsException("冻结必须说明理由(最多1000字)");
        }
        String ref = subjectRef.strip();
        if (ref.startsWith("media:") && SHA.matcher(ref.substring(6)).matches()) {
            ref = "media:" + ref.substring(6).toLowerCase(Locale.ROOT);
        }
        HoldRow r = new HoldRow();
        r.subjectRef = ref;
        r.reason = reason.strip();
        r.placedBy = actor;
        r.placedAt = now();
        synchronized (retentionLock) {
            tx(m -> m.insertHold(r));
        }
        ledger(LedgerKinds.RETENTION, Canonical.HOLD + r.id, actor, Canonical.hold(r));
        return hold(r);
    }

    @Override
    public LegalHold releaseHold(long holdId, String actor) {
        requireActor(actor);
        if (tx(m -> m.releaseHold(holdId, actor, now())) != 1) {
            throw new RecordNotFoundException("没有编号为" + holdId + "的有效冻结");
        }
        HoldRow r = read(m -> m.findHold(holdId));
        ledger(LedgerKinds.RETENTION, Canonical.HOLD + r.id, actor, Canonical.hold(r));
        return hold(r);
    }

    @Override
    public List<LegalHold> activeHolds() {
        return read(m -> m.activeHolds(null)).stream().map(RecordsService::hold).collect(Collectors.toList());
    }

    private static LegalHold hold(HoldRow r) {
        return new LegalHold(r.id, r.subjectRef, r.reason, r.placedBy, instant(r.placedAt), r.releasedBy,
                instant(r.releasedAt));
    }

    /** One sentence per active hold on {@code subjectRef}, naming {@code what} is held and why. */
    private List<String> holdReasons(String subjectRef, String what) {
        return read(m -> m.activeHolds(subjectRef)).stream()
                .map(h -> what + "已被冻结(冻结编号" + h.id + ",冻结人" + h.placedBy + ",事由: " + h.reason + ")")
                .collect(Collectors.toList());
    }

    /**
     * Every reason {@code ref} may not be deleted: holds on it or on the case it belongs to (a hold on
     * {@code case:<number>} covers the case's documents and every recording linked to it), the link to a
     * case, the retention period; only unlinked media can be deleted at all.
     */
    @Override
    public Optional<String> deletionVeto(RecordClass recordClass, String ref) {
        if (recordClass == null || ref == null || ref.isBlank()) {
            return Optional.of("必须指明要删除的记录类别和记录");
        }
        List<String> reasons = new ArrayList<>();
        switch (recordClass) {
            case MEDIA:
                if (!evidence.contains(ref)) {
                    return Optional.of("证据库中没有文件 " + ref);
                }
                reasons.addAll(holdReasons("media:" + ref, "音像记录" + ref));
                List<String> cases = read(m -> m.casesOfContent(ref));
                for (String n : cases) {
                    reasons.addAll(holdReasons("case:" + n, "音像记录" + ref + "所属的案件" + n));
                }
                if (!cases.isEmpty()) {
                    reasons.add("音像记录" + ref + "已关联案件" + String.join("、", cases) + ",随案卷永久保存");
                }
                LocalDate until = retainedUntil(ref);
                if (today().isBefore(until)) {
                    reasons.add("音像记录" + ref + "在保存期限内(至" + until + ")");
                }
                break;
            case CASE_FILE:
                reasons.addAll(holdReasons("case:" + ref, "案件" + ref));
                reasons.add(archiveOnly(recordClass));
                break;
            case DOCUMENT:
                DocumentRow d = ref.matches("\\d{1,18}") ? read(m -> m.findDocument(Long.parseLong(ref))) : null;
                if (d != null) {
                    reasons.addAll(holdReasons("case:" + d.caseNumber, "文书" + ref + "所属的案件" + d.caseNumber));
                }
                reasons.add(archiveOnly(recordClass));
                break;
            default:
                reasons.add(archiveOnly(recordClass));
                break;
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    private static String archiveOnly(RecordClass recordClass) {
        return recordClass + "类记录不能通过本系统删除,到期处置按档案管理程序办理";
    }

    /** The last day of retention of a stored object: its storing day in China plus the MEDIA period. */
    private LocalDate retainedUntil(String sha256) {
        Instant stored;
        try {
            stored = java.nio.file.Files.getLastModifiedTime(evidence.path(sha256)).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LocalDate.ofInstant(stored, CHINA).plus(settings.get().retention(RecordClass.MEDIA));
    }

    /**
     * Deletes an unlinked recording past retention and not held (the checks and the deletion are one step
     * for this hub), records the deletion in {@code sx_rec_deletion} and ledgers it.
     */
    @Override
    public void delete(RecordClass recordClass, String ref, String actor) {
        requireActor(actor);
        DeletionRow r = new DeletionRow();
        synchronized (retentionLock) {
            Optional<String> veto = deletionVeto(recordClass, ref);
            if (veto.isPresent()) {
                throw new RecordsException("不能删除: " + veto.get());
            }
            r.recordClass = recordClass.name();
            r.ref = ref;
            r.retainedUntil = retainedUntil(ref);
            r.deletedBy = actor;
            r.deletedAt = now();
            tx(m -> {
                m.insertDeletion(r);
                if (!evidence.delete(ref)) {
                    throw new RecordsException("证据库中没有文件 " + ref);
                }
                return r;
            });
        }
        LOG.info("Evidence object {} deleted by {} after its retention period (until {})", ref, actor,
                r.retainedUntil);
        ledger(LedgerKinds.RETENTION, Canonical.DELETION + r.id, actor, Canonical.deletion(r));
    }

    // ---------------------------------------------------------------- configuration (PID org.sanxiang.records)

    /**
     * Records the effective settings when they differ from the last recorded ones (or none were recorded
     * yet) and ledgers them as a {@link LedgerKinds#CONFIG_CHANGE}; also ledgers the last recorded ones if an
     * earlier start recorded them while the ledger was absent.
     *
     * @return whether a new snapshot was recorded
     */
    boolean recordSettings(RecordsSettings applied, String actor) {
        String text = applied.canonicalText(evidence.root().toString());
        ConfigRow recorded = tx(m -> {
            ConfigRow last = m.lastConfig(RecordsComponent.PID);
            if (last != null && text.equals(last.settings)) {
                return null;
            }
            ConfigRow r = new ConfigRow();
            r.pid = RecordsComponent.PID;
            r.settings = text;
            r.settingsSha256 = Canonical.config(text).hex();
            r.appliedBy = actor;
            r.appliedAt = now();
            m.insertConfig(r);
            return r;
        });
        if (recorded != null) {
            LOG.info("Records configuration {} recorded as {}{}", RecordsComponent.PID, Canonical.CONFIG, recorded.id);
        }
        ledgerLastSettings();
        return recorded != null;
    }

    /** Ledgers the last recorded settings unless the ledger is absent or already holds them. */
    void ledgerLastSettings() {
        ConfigRow last = read(m -> m.lastConfig(RecordsComponent.PID));
        if (last == null) {
            return;
        }
        String subject = Canonical.CONFIG + last.id;
        try {
            RecordsLedger sink = ledger.get();
            if (sink.isPresent() && !sink.has(subject)) {
                sink.append(LedgerKinds.CONFIG_CHANGE, subject, last.appliedBy, Canonical.config(last.settings));
            }
        } catch (RuntimeException e) {
            LOG.error("Records configuration {} recorded but not ledgered: {}", subject, e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- ledger content verification

    /**
     * The current digest of a ledgered row. Subjects outside this module's namespaces ({@code records:} and
     * {@code config:org.sanxiang.records:}) are not this module's to judge: the verifier says so by throwing,
     * which the ledger counts as a content error, not as tampering.
     */
    @Override
    public Optional<Sha256> currentDigest(String subjectRef, String kind) {
        if (subjectRef.startsWith(Canonical.TRANSITION)) {
            long id = id(subjectRef, Canonical.TRANSITION);
            return Optional.ofNullable(read(m -> m.findTransition(id))).map(Canonical::transition);
        }
        if (subjectRef.startsWith(Canonical.DOCUMENT)) {
            long id = id(subjectRef, Canonical.DOCUMENT);
            return Optional.ofNullable(read(m -> m.findDocument(id))).map(Canonical::document);
        }
        if (subjectRef.startsWith(Canonical.MEDIA)) {
            long id = id(subjectRef, Canonical.MEDIA);
            return Optional.ofNullable(read(m -> m.findMedia(id))).map(Canonical::media);
        }
        if (subjectRef.startsWith(Canonical.ACCESS)) {
            long id = id(subjectRef, Canonical.ACCESS);
            return Optional.ofNullable(read(m -> m.findAccess(id))).map(Canonical::access);
        }
        if (subjectRef.startsWith(Canonical.HOLD)) {
            long id = id(subjectRef, Canonical.HOLD);
            return Optional.ofNullable(read(m -> m.findHold(id))).map(Canonical::hold);
        }
        if (subjectRef.startsWith(Canonical.DELETION)) {
            long id = id(subjectRef, Canonical.DELETION);
            return Optional.ofNullable(read(m -> m.findDeletion(id))).map(Canonical::deletion);
        }
        if (subjectRef.startsWith(Canonical.CONFIG)) {
            long id = id(subjectRef, Canonical.CONFIG);
            return Optional.ofNullable(read(m -> m.findConfig(id))).map(r -> Canonical.config(r.settings));
        }
        throw new IllegalArgumentException("not a records subject: " + subjectRef);
    }

    private static long id(String subjectRef, String prefix) {
        return Long.parseLong(subjectRef.substring(prefix.length()));
    }
}
