package org.sanxiang.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.api.disclosure.DrawImpossibleException;
import org.sanxiang.api.disclosure.DrawResult;
import org.sanxiang.api.disclosure.InspectionItem;
import org.sanxiang.api.disclosure.InspectionResult;
import org.sanxiang.api.disclosure.InspectionSubject;
import org.sanxiang.api.disclosure.Inspector;

/** The 双随机一公开 draw: ratio, eligibility, reproducibility from the seed, impossible draws. */
class RandomDrawTest {

    private static final String CATEGORY = "自然资源";
    private static final InspectionItem ITEM = new InspectionItem("SJ-001", "土地利用情况检查", CATEGORY,
            new BigDecimal("0.25"));

    private static List<InspectionSubject> subjects(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new InspectionSubject("S" + i, "企业" + i, null)).toList();
    }

    private static List<Inspector> inspectors() {
        List<Inspector> list = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            list.add(new Inspector("I" + i, "检查员" + i, Set.of(CATEGORY), Set.of()));
        }
        list.add(new Inspector("I7", "林业检查员", Set.of("林业"), Set.of()));
        list.add(new Inspector("I8", "有利害关系的检查员", Set.of(CATEGORY), Set.of("S1", "S2", "S3", "S4")));
        return list;
    }

    @ParameterizedTest(name = "ratio {0} of {1} candidates: {2}")
    @CsvSource({"0.25, 20, 5", "0.25, 21, 6", "0.05, 3, 1", "0.01, 1, 1", "1, 7, 7", "0.3333, 3, 1", "0.5, 0, 0"})
    void sampleSizeRoundsUpAndIsAtLeastOne(BigDecimal ratio, int candidates, int expected) {
        assertEquals(expected, RandomDraw.sampleSize(ratio, candidates));
    }

    @Test
    void ratioMustBeAboveZeroAndAtMostOne() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new InspectionItem("X", "x", CATEGORY, BigDecimal.ZERO)).getMessage().startsWith("抽查比例"));
        assertThrows(IllegalArgumentException.class, () -> new InspectionItem("X", "x", CATEGORY, new BigDecimal("1.01")));
    }

    @Test
    void drawsAtTheRatioAndAssignsTwoCertifiedConflictFreeInspectorsEach() {
        DrawResult r = RandomDraw.draw(ITEM, subjects(20), inspectors(), "5eed");
        assertEquals(5, r.assignments().size());
        assertEquals(20, r.candidateCount());
        assertEquals("5eed", r.seed());
        assertEquals("SJ-001", r.itemCode());
        assertEquals(5, r.assignments().stream().map(a -> a.subject().id()).distinct().count());
        for (DrawResult.Assignment a : r.assignments()) {
            assertEquals(2, a.inspectors().size());
            assertEquals(2, a.inspectors().stream().map(Inspector::id).distinct().count());
            for (Inspector i : a.inspectors()) {
                assertTrue(i.certifiedCategories().contains(CATEGORY), i.id());
                assertTrue(!i.conflictSubjectIds().contains(a.subject().id()), i.id() + " conflicts");
            }
        }
    }

    @Test
    void workIsSpreadOverTheEligibleInspectors() {
        DrawResult r = RandomDraw.draw(new InspectionItem("SJ-002", "全部检查", CATEGORY, BigDecimal.ONE), subjects(7),
                inspectors(), "balance");
        Map<String, Integer> load = new HashMap<>();
        r.assignments().forEach(a -> a.inspectors().forEach(i -> load.merge(i.id(), 1, Integer::sum)));
        int max = Collections.max(load.values());
        int min = Collections.min(load.values());
        assertTrue(max - min <= 1, "14 assignments over 7 eligible inspectors: " + load);
    }

    @Test
    void sameInputsAndSeedGiveTheSameResultWhateverTheInputOrder() {
        DrawResult first = RandomDraw.draw(ITEM, subjects(20), inspectors(), "a1b2c3");
        List<InspectionSubject> shuffledSubjects = new ArrayList<>(subjects(20));
        Collections.reverse(shuffledSubjects);
        List<Inspector> shuffledInspectors = new ArrayList<>(inspectors());
        Collections.reverse(shuffledInspectors);
        assertEquals(first, RandomDraw.draw(ITEM, subjects(20), inspectors(), "a1b2c3"));
        assertEquals(first, RandomDraw.draw(ITEM, shuffledSubjects, shuffledInspectors, "a1b2c3"));
    }

    @Test
    void differentSeedsGiveDifferentResults() {
        Set<List<String>> drawn = new HashSet<>();
        for (String seed : List.of("seed-1", "seed-2", "seed-3", "seed-4")) {
            drawn.add(RandomDraw.draw(ITEM, subjects(20), inspectors(), seed).assignments().stream()
                    .map(a -> a.subject().id()).toList());
        }
        assertEquals(4, drawn.size(), drawn.toString());
        assertNotEquals(RandomDraw.draw(ITEM, subjects(20), inspectors(), "seed-1"),
                RandomDraw.draw(ITEM, subjects(20), inspectors(), "seed-2"));
    }

    @Test
    void documentedAlgorithmCanBeRecomputedByHand() {
        String seed = "0123456789abcdef";
        List<InspectionSubject> candidates = subjects(8);
        List<InspectionSubject> byHash = new ArrayList<>(candidates);
        byHash.sort((a, b) -> RandomDraw.sha256Hex("subject\n" + seed + "\n" + a.id())
                .compareTo(RandomDraw.sha256Hex("subject\n" + seed + "\n" + b.id())));
        DrawResult r = RandomDraw.draw(ITEM, candidates, inspectors(), seed);
        assertEquals(byHash.subList(0, 2), r.assignments().stream().map(DrawResult.Assignment::subject).toList());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", RandomDraw.sha256Hex(""));
        assertEquals(64, RandomDraw.newSeed().length());
        assertNotEquals(RandomDraw.newSeed(), RandomDraw.newSeed());
    }

    @Test
    void impossibleDrawFailsNamingEverySubjectInChinese() {
        List<Inspector> few = List.of(new Inspector("I1", "甲", Set.of(CATEGORY), Set.of("S1")),
                new Inspector("I2", "乙", Set.of(CATEGORY), Set.of("S2")),
                new Inspector("I3", "丙", Set.of("林业"), Set.of()));
        List<InspectionSubject> subjects = List.of(new InspectionSubject("S1", "三湘示范有限公司", "91350100M000100Y43"),
                new InspectionSubject("S2", "王记小吃", null));
        DrawImpossibleException e = assertThrows(DrawImpossibleException.class,
                () -> RandomDraw.draw(new InspectionItem("SJ-3", "x", CATEGORY, BigDecimal.ONE), subjects, few, "s"));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("无法完成随机抽取"), e.getMessage());
        assertTrue(e.getMessage().contains("检查对象“三湘示范有限公司（91350100M000100Y43）”可选派的执法检查人员不足：需要2名持有“自然资源”"
                + "执法资格且与其无利害关系的人员，仅有1名"), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(m -> m.startsWith("检查对象“王记小吃”可选派的执法检查人员不足")),
                e.getMessage());
    }

    @Test
    void emptyCandidateListDrawsNothingAndSeedIsRequired() {
        assertEquals(List.of(), RandomDraw.draw(ITEM, List.of(), inspectors(), "s").assignments());
        assertThrows(IllegalArgumentException.class, () -> RandomDraw.draw(ITEM, subjects(3), inspectors(), " "));
        assertThrows(IllegalArgumentException.class, () -> RandomDraw.draw(ITEM,
                List.of(new InspectionSubject("S1", "a", null), new InspectionSubject("S1", "b", null)), inspectors(), "s"));
    }

    @Test
    void resultCategoriesCarryTheirChineseNames() {
        assertEquals(InspectionResult.NO_PROBLEM_FOUND, InspectionResult.of("未发现问题"));
        assertEquals(InspectionResult.NOT_PUBLISHED_AS_REQUIRED, InspectionResult.of("未按规定公示"));
        assertEquals(InspectionResult.UNREACHABLE_AT_REGISTERED_ADDRESS, InspectionResult.of("通过登记住所无法联系"));
        assertEquals("发现问题已责令改正", InspectionResult.PROBLEM_FOUND_RECTIFICATION_ORDERED.chinese());
        assertThrows(IllegalArgumentException.class, () -> InspectionResult.of("合格"));
    }
}
