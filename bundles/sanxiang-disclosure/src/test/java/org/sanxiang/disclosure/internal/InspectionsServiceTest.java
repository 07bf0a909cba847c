package org.sanxiang.disclosure.internal;

import org.sanxiang.api.ledger.LedgerSink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.disclosure.DrawResult;
import org.sanxiang.api.disclosure.InspectionDraw;
import org.sanxiang.api.disclosure.InspectionItem;
import org.sanxiang.api.disclosure.InspectionResult;
import org.sanxiang.api.disclosure.InspectionSubject;
import org.sanxiang.api.disclosure.Inspector;
import org.sanxiang.api.disclosure.OutboxAction;
import org.sanxiang.api.disclosure.OutboxEntry;
import org.sanxiang.api.disclosure.PublicationRefusedException;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.store.support.ModuleStore;

/** Recorded 双随机一公开 draws: replayable from the stored seed, results per subject, published once (R-D6). */
class InspectionsServiceTest {

    private JdbcDataSource dataSource;
    private InspectionsService draws;
    private PublicationsService publications;
    private final List<String> ledgered = new ArrayList<>();
    private final Officers registry = new Officers();

    private static final InspectionItem ITEM = new InspectionItem("SJ-001", "土地利用情况检查", "土地",
            new BigDecimal("0.5"));

    @BeforeEach
    void setUp() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:draws-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ModuleStore store = ModuleStore.open(dataSource, "disclosure", InspectionsService.class.getClassLoader(),
                DisclosureComponent.MAPPERS);
        Clock clock = Clock.fixed(Instant.parse("2025-10-20T02:00:00Z"), ZoneOffset.UTC);
        DisclosureRulesComponent rules = new DisclosureRulesComponent(new FakeCalendar(),
                DisclosureRulesComponentTest.config("P0M", "P3M", "P1Y"));
        LedgerSink sink = (kind, subject, actor, digest) -> ledgered.add(kind + " " + subject);
        draws = new InspectionsService(store, rules, sink, () -> Optional.of(registry), clock);
        publications = new PublicationsService(store, rules, new FakeCalendar(), sink, List::of, clock, 2);
    }

    private static List<InspectionSubject> subjects() {
        List<InspectionSubject> s = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            s.add(new InspectionSubject("S" + i, "企业" + i, null));
        }
        return s;
    }

    private static List<Inspector> inspectors() {
        return List.of(new Inspector("I1", "检查员一", Set.of("土地"), Set.of("S1")),
                new Inspector("I2", "检查员二", Set.of("土地"), Set.of()),
                new Inspector("I3", "检查员三", Set.of("土地", "矿产"), Set.of()),
                new Inspector("I4", "检查员四", Set.of("矿产"), Set.of()));
    }

    /** The officer registry as the records module keeps it: I1…I4 certified for 行政检查 on the draw date. */
    static final class Officers implements OfficerRegistry {
        final Map<String, Officer> officers = new LinkedHashMap<>();

        Officers() {
            for (Inspector i : inspectors()) {
                add(i.id(), i.name(), EnumSet.of(EnforcementKind.INSPECTION), LocalDate.of(2025, 12, 31));
            }
        }

        void add(String id, String name, Set<EnforcementKind> kinds, LocalDate validTo) {
            officers.put(id, new Officer(id, name, "长治市自然资源局", "执法监察科", new Certificate("C-" + id, kinds,
                    "140400", LocalDate.of(2024, 1, 1), validTo)));
        }

        @Override
        public Officer save(Officer officer, String actor) {
            officers.put(officer.id(), officer);
            return officer;
        }

        @Override
        public Optional<Officer> find(String officerId) {
            return Optional.ofNullable(officers.get(officerId));
        }

        @Override
        public List<Officer> list() {
            return List.copyOf(officers.values());
        }

        @Override
        public Officer requireCertified(String officerId, EnforcementKind kind, String region, LocalDate day) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void inspectorsWithoutAValidCertificateForInspectionAreLeftOutAndTheReasonIsRecorded() {
        registry.add("I5", "过期的检查员", EnumSet.of(EnforcementKind.INSPECTION), LocalDate.of(2025, 10, 19));
        registry.add("I6", "处罚证的检查员", EnumSet.of(EnforcementKind.PENALTY), LocalDate.of(2026, 12, 31));
        List<Inspector> offered = new ArrayList<>();
        inspectors().forEach(i -> offered.add(new Inspector(i.id(), "调用方所称的姓名", i.certifiedCategories(),
                i.conflictSubjectIds())));
        offered.add(new Inspector("I5", "过期", Set.of("土地"), Set.of()));
        offered.add(new Inspector("I6", "处罚", Set.of("土地"), Set.of()));
        offered.add(new Inspector("I9", "未登记", Set.of("土地"), Set.of()));
        InspectionDraw d = draws.draw(ITEM, subjects(), offered, "种子-持证", "科长");
        assertEquals(Set.of("I5", "I6", "I9"), d.excluded().keySet());
        assertTrue(d.excluded().get("I5").contains("已于2025-10-19过期"), d.excluded().toString());
        assertTrue(d.excluded().get("I6").contains("不含执法类别行政检查"), d.excluded().toString());
        assertTrue(d.excluded().get("I9").contains("没有编号为I9"), d.excluded().toString());
        for (DrawResult.Assignment a : d.result().assignments()) {
            for (Inspector i : a.inspectors()) {
                assertFalse(d.excluded().containsKey(i.id()), "an excluded inspector was drawn: " + i);
                assertEquals(registry.find(i.id()).orElseThrow().name(), i.name(), "the registry's name stands");
            }
        }
        assertEquals(d.excluded(), draws.findDraw(d.id()).orElseThrow().excluded(), "recorded with the draw");
        assertTrue(draws.replay(d.id()), "the recorded inputs replay to the same draw");
    }

    @Test
    void withoutTheOfficerRegistryNoDrawIsMade() throws Exception {
        ModuleStore store = ModuleStore.open(dataSource, "disclosure", InspectionsService.class.getClassLoader(),
                DisclosureComponent.MAPPERS);
        InspectionsService blind = new InspectionsService(store, new DisclosureRulesComponent(new FakeCalendar(),
                DisclosureRulesComponentTest.config("P0M", "P3M", "P1Y")), (k, s, a, d) -> { }, Optional::empty,
                Clock.systemUTC());
        PublicationRefusedException e = assertThrows(PublicationRefusedException.class,
                () -> blind.draw(ITEM, subjects(), inspectors(), "x", "科长"));
        assertTrue(e.getMessage().contains("持证上岗"), e.getMessage());
    }

    @Test
    void aRecordedDrawReplaysToTheSameResultAndATamperedOneDoesNot() throws Exception {
        InspectionDraw d = draws.draw(ITEM, subjects(), inspectors(), "2025年第4季度-公开种子", "科长");
        assertEquals(3, d.result().assignments().size(), "50% of 6");
        assertEquals(d.result(), draws.findDraw(d.id()).orElseThrow().result(), "stored and read back whole");
        assertTrue(draws.replay(d.id()));
        DrawResult direct = RandomDraw.draw(ITEM, subjects(), inspectors(), "2025年第4季度-公开种子");
        assertEquals(direct, d.result(), "anyone running the algorithm with the seed gets the same draw");
        for (DrawResult.Assignment a : d.result().assignments()) {
            assertFalse(a.inspectors().stream().anyMatch(i -> i.id().equals("I4")), "I4 is not certified for 土地");
            if (a.subject().id().equals("S1")) {
                assertFalse(a.inspectors().stream().anyMatch(i -> i.id().equals("I1")), "I1 has a conflict with S1");
            }
        }
        assertEquals(1, ledgered.size());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sx_dis_draw SET seed = 'another seed' WHERE id = " + d.id());
        }
        assertFalse(draws.replay(d.id()), "a changed seed no longer gives the recorded draw");
        assertNotNull(draws.draw(ITEM, subjects(), inspectors(), null, "科长").result().seed(),
                "a draw without a seed records a fresh random one");
    }

    @Test
    void resultsCoverEveryDrawnSubjectAndArePublishedOnceWithADeadline() {
        InspectionDraw d = draws.draw(ITEM, subjects(), inspectors(), "seed-1", "科长");
        Map<String, InspectionResult> results = new LinkedHashMap<>();
        List<DrawResult.Assignment> drawn = d.result().assignments();
        results.put(drawn.get(0).subject().id(), InspectionResult.NO_PROBLEM_FOUND);
        PublicationRefusedException incomplete = assertThrows(PublicationRefusedException.class,
                () -> draws.recordResults(d.id(), results, LocalDate.parse("2025-10-20"), "科长"));
        assertTrue(incomplete.getMessage().contains("缺少"), incomplete.getMessage());
        assertThrows(PublicationRefusedException.class, () -> draws.publishResults(d.id(), "科长"),
                "nothing recorded, nothing to publish");
        results.put(drawn.get(1).subject().id(), InspectionResult.PROBLEM_FOUND_RECTIFICATION_ORDERED);
        results.put(drawn.get(2).subject().id(), InspectionResult.UNREACHABLE_AT_REGISTERED_ADDRESS);
        assertThrows(PublicationRefusedException.class,
                () -> draws.recordResults(d.id(), results, LocalDate.parse("2025-10-21"), "科长"),
                "an inspection cannot end in the future");

        InspectionDraw recorded = draws.recordResults(d.id(), results, LocalDate.parse("2025-10-20"), "科长");
        assertEquals(LocalDate.parse("2025-11-17"), recorded.resultsDue().due(), "20 working days");
        InspectionDraw published = draws.publishResults(d.id(), "科长");
        assertNotNull(published.resultsPublishedAt());
        assertThrows(PublicationRefusedException.class, () -> draws.publishResults(d.id(), "科长"), "only once");
        List<OutboxEntry> outbox = publications.outbox(0, 10);
        assertEquals(1, outbox.size());
        assertEquals(OutboxAction.INSPECTION_RESULT, outbox.get(0).action());
        assertTrue(outbox.get(0).payload().contains("发现问题已责令改正"), outbox.get(0).payload());
        assertTrue(draws.digest(Canonical.DRAW_RESULTS + d.id()).isPresent());
    }
}
