package org.sanxiang.records.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.IdType;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.AccessRecord;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.CaseEventListener;
import org.sanxiang.api.records.DocumentGate;
import org.sanxiang.api.records.DocumentInfo;
import org.sanxiang.api.records.DocumentRefusedException;
import org.sanxiang.api.records.LegalHold;
import org.sanxiang.api.records.Transition;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.NewCase;
import org.sanxiang.api.records.Party;
import org.sanxiang.api.records.RecordClass;
import org.sanxiang.api.records.RecordsException;
import org.sanxiang.api.records.StageGate;
import org.sanxiang.api.records.TransitionRefusedException;
import org.sanxiang.store.support.ModuleStore;

/** The records services on H2: a penalty case from 立案 to 归档, every gate, the audit, retention, ledger digests. */
class RecordsServiceTest {

    private static final AccessRequest READ = new AccessRequest("监督员王五", "案卷评查");

    @TempDir
    Path evidenceDir;

    private JdbcDataSource dataSource;
    private RecordsService records;
    private ModuleStore store;
    private final List<StageGate> extraGates = new CopyOnWriteArrayList<>();
    private final List<DocumentGate> documentGates = new CopyOnWriteArrayList<>();
    private final List<CaseEventListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Object[]> ledgered = new ArrayList<>();
    private volatile boolean ledgerPresent = true;
    private Clock clock = Clock.fixed(Instant.parse("2025-06-02T02:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:records-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store = ModuleStore.open(dataSource, "records", RecordsService.class.getClassLoader(),
                RecordsComponent.MAPPERS);
        RecordsSettings settings = Fixtures.settings();
        records = new RecordsService(store, new FileEvidenceStore(evidenceDir), () -> settings,
                () -> extraGates.stream().map(NamedGate::unnamed).toList(),
                () -> documentGates.stream().map(NamedGate::unnamed).toList(), () -> List.copyOf(listeners),
                () -> !ledgerPresent ? RecordsLedger.NONE : new RecordsLedger() {
                    @Override
                    public void append(String kind, String subject, String actor, Sha256 digest) {
                        ledgered.add(new Object[] {kind, subject, actor, digest});
                    }

                    @Override
                    public boolean has(String subject) {
                        return ledgered.stream().anyMatch(e -> e[1].equals(subject));
                    }
                },
                new Clock() {
                    @Override
                    public java.time.ZoneId getZone() {
                        return ZoneOffset.UTC;
                    }

                    @Override
                    public Clock withZone(java.time.ZoneId zone) {
                        return this;
                    }

                    @Override
                    public Instant instant() {
                        return clock.instant();
                    }
                });
        records.save(Fixtures.officer("A001", "张三", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1)), "admin");
        records.save(Fixtures.officer("A002", "李四", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1)), "admin");
        records.save(Fixtures.officer("A003", "赵六", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1)), "admin");
    }

    private NewCase penalty(String number, List<String> officers) {
        return new NewCase(number, EnforcementKind.PENALTY, "非法占用土地", Fixtures.REGION,
                List.of(Party.legalPerson("太原某建材有限公司", "91350100M000100Y43"),
                        Party.naturalPerson("钱七", IdType.RESIDENT_ID, "140105199001011234")), officers);
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private void record(String caseNumber, Activity activity, boolean full) {
        String sha = records.put(text("video of " + activity + " " + caseNumber)).sha256();
        records.linkMedia(caseNumber, sha, activity, "A002", full, activity + ".mp4", "A001");
    }

    @Test
    void aPenaltyCaseGoesFromFilingToArchivingThroughEveryGate() throws Exception {
        EnforcementCase c = records.file(penalty("晋并自然罚〔2025〕1号", List.of("A002")), "A001");
        assertEquals(CaseStage.FILED, c.stage());
        assertEquals(List.of("A001", "A002"), c.officerIds());
        assertEquals(2, records.get(c.caseNumber(), READ).parties().size());
        String n = c.caseNumber();
        records.addDocument(n, "立案审批表", "立案审批表", text("立案"), "A001");

        TransitionRefusedException illegal = assertThrows(TransitionRefusedException.class,
                () -> records.transition(n, CaseStage.DECISION, "A001", "跳过调查"));
        assertTrue(illegal.getMessage().contains("不允许从立案转入决定"), illegal.getMessage());
        assertEquals("环节顺序", illegal.vetoes().get(0).gate());

        records.transition(n, CaseStage.INVESTIGATION, "A001", "开展调查");
        records.addDocument(n, "询问笔录", "询问笔录(钱七)", text("问:…答:…"), "A002");
        TransitionRefusedException noVideo = assertThrows(TransitionRefusedException.class,
                () -> records.transition(n, CaseStage.EVIDENCE, "A001", "调查完毕"));
        assertTrue(noVideo.reasons().get(0).contains("现场检查"), noVideo.reasons().toString());
        assertEquals("音像记录", noVideo.vetoes().get(0).gate(), "the veto names the gate that refused");
        assertEquals("R-R3", noVideo.vetoes().get(0).requirement());
        record(n, Activity.ON_SITE_INSPECTION, false);
        records.transition(n, CaseStage.EVIDENCE, "A001", "调查完毕");
        record(n, Activity.INVESTIGATION, false);
        records.transition(n, CaseStage.EXAMINATION, "A001", "取证完毕");
        records.addDocument(n, "调查终结报告", "调查终结报告", text("报告"), "A001");
        records.addDocument(n, "告知书", "行政处罚告知书", text("告知"), "A001");

        extraGates.add((snapshot, target) -> target == CaseStage.DECISION
                ? Optional.of("未经法制审核,不得作出决定") : Optional.empty());
        TransitionRefusedException vetoed = assertThrows(TransitionRefusedException.class,
                () -> records.transition(n, CaseStage.DECISION, "A001", "拟作出处罚决定"));
        assertEquals(List.of("未经法制审核,不得作出决定"), vetoed.reasons());
        extraGates.clear();

        records.transition(n, CaseStage.DECISION, "A001", "法制审核通过");
        records.addDocument(n, "决定书", "行政处罚决定书", text("决定"), "A001");
        records.transition(n, CaseStage.SERVICE, "A001", "决定已作出");
        record(n, Activity.SERVICE, false);
        records.addDocument(n, "送达回证", "送达回证", text("回证"), "A002");
        records.transition(n, CaseStage.EXECUTION, "A001", "已送达");
        records.transition(n, CaseStage.CLOSED, "A001", "罚款已缴纳");

        TransitionRefusedException incomplete = assertThrows(TransitionRefusedException.class,
                () -> records.transition(n, CaseStage.ARCHIVED, "A001", "归档"));
        assertEquals(List.of("结案报告"), incomplete.missingDocuments());
        assertTrue(incomplete.getMessage().contains("缺少文书: 结案报告"), incomplete.getMessage());
        assertEquals(List.of("结案报告"), records.missingDocuments(n));

        records.addDocument(n, "结案报告", "结案报告", text("结案"), "A001");
        records.transition(n, CaseStage.ARCHIVED, "A001", "案卷完整");
        assertEquals(CaseStage.ARCHIVED, records.get(n, READ).stage());
        var history = records.history(n, READ);
        assertEquals(9, history.size());
        assertEquals(null, history.get(0).from());
        assertEquals("A001", history.get(8).actor());
        assertEquals("案卷完整", history.get(8).reason());
        assertThrows(RecordsException.class, () -> records.addDocument(n, "结案报告", "x", text("x"), "A001"));
    }

    /** R-R3, R-R4 (issue 20): a recording the list requires that never arrives raises one alert; it clears on link. */
    @Test
    void aRecordingThatNeverArrivesIsAlertedOnceAndClearedWhenLinked() {
        RecordsSettings settings = Fixtures.settings();
        RecordingWatchService watch = new RecordingWatchService(store, () -> settings, () -> java.time.Duration.ofHours(24),
                clock::instant);
        records.watch(watch);
        String n = records.file(penalty("罚-watch", List.of("A002")), "A001").caseNumber();
        records.transition(n, CaseStage.INVESTIGATION, "A001", "开展调查");
        Instant entered = clock.instant();
        assertEquals(List.of(), watch.scan(entered.plusSeconds(23 * 3600)), "within 24 h nothing is due yet");

        var raised = watch.scan(entered.plusSeconds(25 * 3600));
        assertEquals(1, raised.size(), raised.toString());
        assertEquals(n, raised.get(0).caseNumber());
        assertEquals(Activity.ON_SITE_INSPECTION, raised.get(0).activity());
        assertEquals(CaseStage.INVESTIGATION, raised.get(0).stage());
        assertEquals(entered.plusSeconds(24 * 3600), raised.get(0).dueAt());
        assertEquals(List.of(), watch.scan(entered.plusSeconds(26 * 3600)), "raised once, not at every scan");
        assertEquals(1, watch.alerts(true, 10).size());

        record(n, Activity.INVESTIGATION, false); // another activity's recording does not clear it
        assertEquals(1, watch.alerts(true, 10).size());
        record(n, Activity.ON_SITE_INSPECTION, false);
        assertEquals(List.of(), watch.alerts(true, 10), "cleared by the link of the recording");
        var all = watch.alerts(false, 10);
        assertEquals(1, all.size());
        assertTrue(all.get(0).clearedReason().contains("ON_SITE_INSPECTION.mp4"), all.get(0).clearedReason());
        assertEquals(List.of(), watch.scan(entered.plusSeconds(48 * 3600)), "a cleared alert is not raised again");
    }

    /** A case withdrawn while its recording was overdue: the alert clears with the stage it was about. */
    @Test
    void anAlertClearsWhenTheCaseLeavesTheStage() {
        RecordsSettings settings = Fixtures.settings();
        RecordingWatchService watch = new RecordingWatchService(store, () -> settings, () -> java.time.Duration.ofHours(1),
                clock::instant);
        String n = records.file(penalty("罚-watch-2", List.of("A002")), "A001").caseNumber();
        records.transition(n, CaseStage.INVESTIGATION, "A001", "开展调查");
        assertEquals(1, watch.scan(clock.instant().plusSeconds(7200)).size());
        records.transition(n, CaseStage.WITHDRAWN, "A001", "不予立案");
        watch.scan(clock.instant().plusSeconds(7300));
        var a = watch.alerts(false, 10).get(0);
        assertTrue(!a.open() && a.clearedReason().contains("撤销"), a.toString());
    }

    @Test
    void investigationNeedsTwoCertifiedOfficers() {
        String n = records.file(penalty("罚-2", List.of()), "A001").caseNumber();
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                () -> records.transition(n, CaseStage.INVESTIGATION, "A001", "调查"));
        assertTrue(e.getMessage().contains("至少2名"), e.getMessage());
        records.assignOfficer(n, "A002", "A001");
        records.transition(n, CaseStage.INVESTIGATION, "A001", "调查");
    }

    @Test
    void anOfficerWithAnExpiredCertificateCanNeitherBeAssignedNorAct() {
        RecordsException filing = assertThrows(RecordsException.class,
                () -> records.file(penalty("罚-3", List.of()), "A003"));
        assertEquals("执法人员赵六的执法证已于2025-01-01过期", filing.getMessage());
        String n = records.file(penalty("罚-4", List.of("A002")), "A001").caseNumber();
        RecordsException assign = assertThrows(RecordsException.class, () -> records.assignOfficer(n, "A003", "A001"));
        assertTrue(assign.getMessage().contains("过期"));
        RecordsException notAssigned = assertThrows(RecordsException.class,
                () -> records.addDocument(n, "询问笔录", "x", text("x"), "A003"));
        assertTrue(notAssigned.getMessage().contains("不是案件"));
    }

    @Test
    void aCertificateThatExpiresDuringTheCaseStopsTheOfficer() {
        String n = records.file(penalty("罚-5", List.of("A002")), "A001").caseNumber();
        clock = Clock.fixed(Instant.parse("2027-01-02T02:00:00Z"), ZoneOffset.UTC);
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                () -> records.transition(n, CaseStage.INVESTIGATION, "A001", "调查"));
        assertTrue(e.getMessage().contains("执法人员张三的执法证已于2027-01-01过期"), e.getMessage());
    }

    @Test
    void fullProcessActivitiesNeedAFullProcessRecording() {
        RecordsSettings s = RecordsSettings.of(Fixtures.config(Map.of("stage_activities",
                new String[] {"INVESTIGATION=听证"})));
        StageGate gate = BuiltInGates.recordings(() -> s);
        String n = records.file(penalty("罚-6", List.of("A002")), "A001").caseNumber();
        records.transition(n, CaseStage.INVESTIGATION, "A001", "调查");
        record(n, Activity.HEARING, false);
        EnforcementCase c = records.get(n, READ);
        var snap = new org.sanxiang.api.records.CaseSnapshot(c, List.of(), List.of(),
                records.media(n, READ), "A001", LocalDate.of(2025, 6, 2));
        assertTrue(gate.veto(snap, CaseStage.EVIDENCE).get().contains("听证(全过程音像记录)"));
        record(n, Activity.HEARING, true);
        var snap2 = new org.sanxiang.api.records.CaseSnapshot(c, List.of(), List.of(),
                records.media(n, READ), "A001", LocalDate.of(2025, 6, 2));
        assertTrue(gate.veto(snap2, CaseStage.EVIDENCE).isEmpty());
        assertTrue(gate.veto(snap, CaseStage.WITHDRAWN).isEmpty(), "withdrawing needs no recording");
    }

    @Test
    void everyReadIsLoggedWithWhoAndWhy() throws Exception {
        String n = records.file(penalty("罚-7", List.of("A002")), "A001").caseNumber();
        long doc = records.addDocument(n, "立案审批表", "立案审批表", text("立案内容"), "A001").id();
        records.get(n, READ);
        try (InputStream in = records.readDocument(doc, new AccessRequest("科长", "审批"))) {
            assertArrayEquals("立案内容".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
        List<AccessRecord> forCase = records.query(null, n, null, null, 10);
        assertEquals(1, forCase.size());
        assertEquals("监督员王五", forCase.get(0).who());
        assertEquals("案卷评查", forCase.get(0).purpose());
        List<AccessRecord> byChief = records.query("科长", null, null, null, 10);
        assertEquals("DOCUMENT", byChief.get(0).subjectType());
        assertEquals(String.valueOf(doc), byChief.get(0).subjectRef());
        assertThrows(IllegalArgumentException.class, () -> new AccessRequest("科长", " "));
    }

    @Test
    void ledgeredRowsAreVerifiableAndAnEditBehindTheHubsBackIsDetected() throws Exception {
        String n = records.file(penalty("罚-8", List.of("A002")), "A001").caseNumber();
        records.addDocument(n, "立案审批表", "立案审批表", text("立案"), "A001");
        records.get(n, READ);
        assertEquals(List.of(LedgerKinds.CASE_TRANSITION, LedgerKinds.DOCUMENT, LedgerKinds.ACCESS),
                ledgered.stream().map(e -> e[0]).toList());
        for (Object[] e : ledgered) {
            assertEquals(Optional.of(e[3]), records.currentDigest((String) e[1], (String) e[0]), (String) e[1]);
        }
        String transition = (String) ledgered.get(0)[1];
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE sx_rec_transition SET actor = 'A002'"));
        }
        assertNotEquals(Optional.of(ledgered.get(0)[3]), records.currentDigest(transition, LedgerKinds.CASE_TRANSITION));
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM sx_rec_access");
        }
        assertEquals(Optional.empty(), records.currentDigest((String) ledgered.get(2)[1], LedgerKinds.ACCESS));
        assertThrows(IllegalArgumentException.class,
                () -> records.currentDigest("case:someone-else", LedgerKinds.CASE_TRANSITION));
        Sha256 unused = (Sha256) ledgered.get(1)[3];
        assertTrue(unused.hex().length() == 64);
    }

    @Test
    void nothingHeldOrWithinRetentionCanBeDeleted() {
        String loose = records.put(text("unlinked recording")).sha256();
        assertTrue(records.deletionVeto(RecordClass.MEDIA, loose).get().contains("保存期限"));
        assertThrows(RecordsException.class, () -> records.delete(RecordClass.MEDIA, loose, "admin"));

        clock = Clock.fixed(Instant.now().plusSeconds(200L * 24 * 3600), ZoneOffset.UTC);
        var hold = records.placeHold("media:" + loose, "诉讼中", "admin");
        assertTrue(records.deletionVeto(RecordClass.MEDIA, loose).get().contains("冻结"));
        records.releaseHold(hold.id(), "admin");
        assertTrue(records.activeHolds().isEmpty());
        records.delete(RecordClass.MEDIA, loose, "admin");
        assertTrue(!records.contains(loose));

        clock = Clock.fixed(Instant.parse("2025-06-02T02:00:00Z"), ZoneOffset.UTC);
        String n = records.file(penalty("罚-9", List.of("A002")), "A001").caseNumber();
        String linked = records.put(text("linked recording")).sha256();
        records.linkMedia(n, linked, Activity.ON_SITE_INSPECTION, "A002", false, "x.mp4", "A001");
        clock = Clock.fixed(Instant.now().plusSeconds(400L * 24 * 3600), ZoneOffset.UTC);
        assertTrue(records.deletionVeto(RecordClass.MEDIA, linked).get().contains("关联案件"));
        assertTrue(records.deletionVeto(RecordClass.CASE_FILE, n).isPresent());
    }

    // ---------------------------------------------------------------- case event listeners, document gates

    private String committedStage(String caseNumber) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT stage FROM sx_rec_case WHERE case_number = ?")) {
            st.setString(1, caseNumber);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Object[]> ofKind(String kind) {
        return ledgered.stream().filter(e -> e[0].equals(kind)).toList();
    }

    @Test
    void listenersHearOfFilingTransitionsAndDocumentsAfterTheyCommittedAndCannotUndoThem() {
        List<String> heard = new ArrayList<>();
        listeners.add(new CaseEventListener() {
            @Override
            public void transitioned(EnforcementCase after, Transition t) {
                heard.add((t.from() == null ? "-" : t.from().name()) + ">" + t.to() + " " + after.stage()
                        + " committed:" + committedStage(after.caseNumber()));
            }

            @Override
            public void documentAdded(EnforcementCase c, DocumentInfo d) {
                heard.add("doc " + d.type() + " " + d.caseNumber() + " " + c.stage());
            }
        });
        listeners.add((after, t) -> {
            throw new IllegalStateException("supervision platform down");
        });

        String n = records.file(penalty("罚-L1", List.of("A002")), "A001").caseNumber();
        records.addDocument(n, "立案审批表", "立案审批表", text("立案"), "A001");
        records.transition(n, CaseStage.INVESTIGATION, "A001", "开展调查");
        assertThrows(TransitionRefusedException.class, () -> records.transition(n, CaseStage.EVIDENCE, "A001", "x"));

        assertEquals(List.of("->FILED FILED committed:FILED", "doc 立案审批表 " + n + " FILED",
                "FILED>INVESTIGATION INVESTIGATION committed:INVESTIGATION"), heard);
        assertEquals(CaseStage.INVESTIGATION, records.get(n, READ).stage(), "a failing listener undoes nothing");
        assertEquals(2, ofKind(LedgerKinds.CASE_TRANSITION).size());
    }

    @Test
    void whileARequiredGateIsNotRunningNoCaseMovesAndNoDocumentIsAdded() {
        // R-L1 fail closed: required.gates names the legal review; while it is away nothing may pass it
        RecordsSettings required = RecordsSettings.of(Fixtures.config(Map.of("required_gates", new String[] {"法制审核"})));
        Set<String> running = new HashSet<>();
        RequiredGates gate = new RequiredGates(() -> required, () -> Set.copyOf(running), () -> Set.copyOf(running));
        extraGates.add(gate);
        documentGates.add(gate);
        String n = records.file(penalty("罚-RG1", List.of("A002")), "A001").caseNumber();

        TransitionRefusedException moved = assertThrows(TransitionRefusedException.class,
                () -> records.transition(n, CaseStage.INVESTIGATION, "A001", "开展调查"));
        assertEquals(1, moved.reasons().size(), moved.reasons().toString());
        assertTrue(moved.reasons().get(0).contains("必需的关卡“法制审核”未运行"), moved.reasons().toString());
        DocumentRefusedException doc = assertThrows(DocumentRefusedException.class,
                () -> records.addDocument(n, "立案审批表", "立案审批表", text("立案"), "A001"));
        assertTrue(doc.getMessage().contains("“法制审核”未运行"), doc.getMessage());
        assertEquals(CaseStage.FILED, records.get(n, READ).stage());
        assertTrue(records.documents(n, READ).isEmpty());

        running.add("法制审核");
        records.addDocument(n, "立案审批表", "立案审批表", text("立案"), "A001");
        records.transition(n, CaseStage.INVESTIGATION, "A001", "开展调查");
        assertEquals(CaseStage.INVESTIGATION, records.get(n, READ).stage());
        assertTrue(required.canonicalText("/e").contains("required.gates=法制审核\n"));
        assertTrue(!Fixtures.settings().canonicalText("/e").contains("required.gates"),
                "an empty list leaves the recorded settings text as it was");
    }

    @Test
    void aDocumentGateVetoRefusesWithItsReasonAndStoresNothing() {
        String n = records.file(penalty("罚-G1", List.of("A002")), "A001").caseNumber();
        List<String> asked = new ArrayList<>();
        documentGates.add((snapshot, type) -> {
            asked.add(snapshot.enforcementCase().caseNumber() + " " + type + " by " + snapshot.actor());
            return type.equals("决定书") ? Optional.of("重大执法决定未经法制审核,不得签发决定书") : Optional.empty();
        });
        List<String> heard = new ArrayList<>();
        listeners.add(new CaseEventListener() {
            @Override
            public void transitioned(EnforcementCase after, Transition t) {
            }

            @Override
            public void documentAdded(EnforcementCase c, DocumentInfo d) {
                heard.add(d.type());
            }
        });
        byte[] decision = "行政处罚决定书 正文".getBytes(StandardCharsets.UTF_8);
        int ledgerBefore = ledgered.size();

        DocumentRefusedException e = assertThrows(DocumentRefusedException.class,
                () -> records.addDocument(n, "决定书", "行政处罚决定书", new ByteArrayInputStream(decision), "A001"));
        assertEquals(List.of("重大执法决定未经法制审核,不得签发决定书"), e.reasons());
        assertTrue(e.getMessage().contains("重大执法决定未经法制审核"), e.getMessage());
        assertEquals(List.of(n + " 决定书 by A001"), asked);
        assertTrue(records.documents(n, READ).isEmpty());
        assertTrue(!records.contains(Sha256.digest(decision).hex()), "the content was not stored either");
        assertEquals(ledgerBefore, ledgered.stream().filter(x -> !x[0].equals(LedgerKinds.ACCESS)).count());
        assertTrue(heard.isEmpty());

        records.addDocument(n, "立案审批表", "立案审批表", text("立案"), "A001");
        assertEquals(List.of("立案审批表"), heard);

        documentGates.add((snapshot, type) -> {
            throw new IllegalStateException("review service unreachable");
        });
        DocumentRefusedException broken = assertThrows(DocumentRefusedException.class,
                () -> records.addDocument(n, "询问笔录", "询问笔录", text("问答"), "A001"));
        assertTrue(broken.getMessage().contains("文书签发检查出错"), broken.getMessage());
        assertEquals(1, records.documents(n, READ).size());
    }

    // ---------------------------------------------------------------- retention: holds, deletions, ledger

    @Test
    void holdsAndDeletionsAreLedgeredAndVerifiable() throws Exception {
        String loose = records.put(text("unlinked recording for the ledger")).sha256();
        LegalHold hold = records.placeHold("media:" + loose, "信访复查中", "admin");
        records.releaseHold(hold.id(), "admin");
        clock = Clock.fixed(Instant.now().plusSeconds(200L * 24 * 3600), ZoneOffset.UTC);
        records.delete(RecordClass.MEDIA, loose, "admin");

        List<Object[]> retention = ofKind(LedgerKinds.RETENTION);
        assertEquals(List.of("records:hold:" + hold.id(), "records:hold:" + hold.id(), "records:deletion:1"),
                retention.stream().map(e -> e[1]).toList());
        assertNotEquals(retention.get(0)[3], retention.get(1)[3], "the release is a new state of the hold");
        assertEquals(Optional.of(retention.get(1)[3]),
                records.currentDigest("records:hold:" + hold.id(), LedgerKinds.RETENTION));
        assertEquals(Optional.of(retention.get(2)[3]), records.currentDigest("records:deletion:1", LedgerKinds.RETENTION));

        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE sx_rec_hold SET released_at = NULL"));
            assertEquals(1, st.executeUpdate("DELETE FROM sx_rec_deletion"));
        }
        assertNotEquals(Optional.of(retention.get(1)[3]),
                records.currentDigest("records:hold:" + hold.id(), LedgerKinds.RETENTION));
        assertEquals(Optional.empty(), records.currentDigest("records:deletion:1", LedgerKinds.RETENTION));
    }

    @Test
    void aHoldOnACaseBlocksDeletingItsRecordingsAndDocumentsWithTheHoldsReason() {
        String n = records.file(penalty("罚-H1", List.of("A002")), "A001").caseNumber();
        String linked = records.put(text("on-site video of 罚-H1")).sha256();
        records.linkMedia(n, linked, Activity.ON_SITE_INSPECTION, "A002", false, "现场.mp4", "A001");
        long doc = records.addDocument(n, "立案审批表", "立案审批表", text("罚-H1 立案"), "A001").id();
        LegalHold hold = records.placeHold("case:" + n, "当事人提起行政诉讼", "法制科");
        clock = Clock.fixed(Instant.now().plusSeconds(400L * 24 * 3600), ZoneOffset.UTC);

        String veto = records.deletionVeto(RecordClass.MEDIA, linked).get();
        assertTrue(veto.contains("所属的案件" + n + "已被冻结"), veto);
        assertTrue(veto.contains("冻结编号" + hold.id()) && veto.contains("事由: 当事人提起行政诉讼"), veto);
        RecordsException refused = assertThrows(RecordsException.class,
                () -> records.delete(RecordClass.MEDIA, linked, "admin"));
        assertTrue(refused.getMessage().startsWith("不能删除: "), refused.getMessage());
        assertTrue(refused.getMessage().contains("当事人提起行政诉讼"), refused.getMessage());
        assertTrue(records.contains(linked));
        assertTrue(records.deletionVeto(RecordClass.CASE_FILE, n).get().contains("案件" + n + "已被冻结"));
        assertTrue(records.deletionVeto(RecordClass.DOCUMENT, String.valueOf(doc)).get()
                .contains("文书" + doc + "所属的案件" + n + "已被冻结"));

        records.releaseHold(hold.id(), "法制科");
        String after = records.deletionVeto(RecordClass.MEDIA, linked).get();
        assertTrue(!after.contains("冻结") && after.contains("已关联案件" + n), after);
        assertTrue(ofKind(LedgerKinds.RETENTION).stream().noneMatch(e -> ((String) e[1]).startsWith("records:deletion:")));
    }

    @Test
    void anUnlinkedRecordingIsDeletedOnlyOnceReleasedAndPastRetention() {
        String loose = records.put(text("stray recording")).sha256();
        LegalHold hold = records.placeHold("media:" + loose.toUpperCase(java.util.Locale.ROOT), "纪检调阅", "admin");
        assertEquals("media:" + loose, hold.subjectRef(), "a hold on a SHA-256 matches however it was typed");
        RecordsException early = assertThrows(RecordsException.class,
                () -> records.delete(RecordClass.MEDIA, loose, "admin"));
        assertTrue(early.getMessage().contains("已被冻结") && early.getMessage().contains("保存期限"), early.getMessage());

        clock = Clock.fixed(Instant.now().plusSeconds(200L * 24 * 3600), ZoneOffset.UTC);
        RecordsException held = assertThrows(RecordsException.class,
                () -> records.delete(RecordClass.MEDIA, loose, "admin"));
        assertTrue(held.getMessage().contains("事由: 纪检调阅") && !held.getMessage().contains("保存期限"),
                held.getMessage());
        records.releaseHold(hold.id(), "admin");
        records.delete(RecordClass.MEDIA, loose, "admin");
        assertTrue(!records.contains(loose));
        RecordsException again = assertThrows(RecordsException.class,
                () -> records.delete(RecordClass.MEDIA, loose, "admin"));
        assertTrue(again.getMessage().contains("证据库中没有文件"), again.getMessage());
        assertEquals("admin", ofKind(LedgerKinds.RETENTION).get(2)[2]);
    }

    // ---------------------------------------------------------------- configuration changes

    @Test
    void onlyAChangeOfTheEffectiveSettingsIsRecordedAndLedgered() throws Exception {
        assertTrue(records.recordSettings(Fixtures.settings(), "configadmin"), "the first activation is recorded");
        assertTrue(!records.recordSettings(Fixtures.settings(), "configadmin"), "a restart with the same settings");
        RecordsSettings sameWrittenOtherwise = RecordsSettings.of(Fixtures.config(Map.of(
                "recording_requirements", new String[] {"ON_SITE_INSPECTION=REQUIRED", "随机抽查 = REQUIRED",
                    "INVESTIGATION=REQUIRED", "证据保全=REQUIRED", "HEARING=FULL_PROCESS", "行政强制=FULL_PROCESS",
                    "送达=REQUIRED", "SERVICE=REQUIRED"},
                "retention", new String[] {"CASE_FILE=P30Y", "DOCUMENT=P360M", "MEDIA=P0Y6M", "ACCESS_LOG=P10Y"})));
        assertTrue(!records.recordSettings(sameWrittenOtherwise, "configadmin"));
        RecordsSettings longerMedia = RecordsSettings.of(Fixtures.config(Map.of("retention",
                new String[] {"CASE_FILE=P30Y", "DOCUMENT=P30Y", "MEDIA=P1Y", "ACCESS_LOG=P10Y"})));
        assertTrue(records.recordSettings(longerMedia, "configadmin"));

        List<Object[]> changes = ofKind(LedgerKinds.CONFIG_CHANGE);
        assertEquals(List.of("config:org.sanxiang.records:1", "config:org.sanxiang.records:2"),
                changes.stream().map(e -> e[1]).toList());
        assertEquals("configadmin", changes.get(0)[2]);
        for (Object[] e : changes) {
            assertEquals(Optional.of(e[3]), records.currentDigest((String) e[1], LedgerKinds.CONFIG_CHANGE));
        }
        String text = longerMedia.canonicalText(evidenceDir.toString());
        assertTrue(text.contains("retention=CASE_FILE=P30Y,DOCUMENT=P30Y,MEDIA=P1Y,ACCESS_LOG=P10Y\n"), text);
        assertEquals(Sha256.digest(text.getBytes(StandardCharsets.UTF_8)), changes.get(1)[3]);

        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE sx_rec_config SET settings = REPLACE(settings, 'MEDIA=P1Y',"
                    + " 'MEDIA=P1M') WHERE id = 2"));
        }
        assertNotEquals(Optional.of(changes.get(1)[3]),
                records.currentDigest("config:org.sanxiang.records:2", LedgerKinds.CONFIG_CHANGE));
        assertThrows(IllegalArgumentException.class,
                () -> records.currentDigest("config:org.sanxiang.review:1", LedgerKinds.CONFIG_CHANGE));
    }

    @Test
    void settingsRecordedBeforeTheLedgerCameAreLedgeredWhenItComes() {
        ledgerPresent = false;
        assertTrue(records.recordSettings(Fixtures.settings(), "configadmin"));
        assertTrue(ofKind(LedgerKinds.CONFIG_CHANGE).isEmpty());
        ledgerPresent = true;
        records.ledgerLastSettings();
        records.ledgerLastSettings();
        assertTrue(!records.recordSettings(Fixtures.settings(), "configadmin"));
        assertEquals(List.of("config:org.sanxiang.records:1"),
                ofKind(LedgerKinds.CONFIG_CHANGE).stream().map(e -> e[1]).toList());
    }
}
