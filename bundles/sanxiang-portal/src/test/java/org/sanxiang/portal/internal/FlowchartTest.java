package org.sanxiang.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 流程图 of a service guide (R-D3c) drawn from its steps as stored in the register. */
class FlowchartTest {

    private static Map<String, String> steps(String... s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("事项名称", "采矿权新立登记");
        for (int i = 0; i < s.length; i++) {
            m.put("步骤" + (i + 1), s[i]);
        }
        return m;
    }

    @Test
    void eachStepIsABoxOnItsOwnRowAndEachWayOnAnArrowDownwards() {
        Flowchart c = Flowchart.of(steps("申请 → 受理", "受理 → 审查", "审查 → 决定"));
        assertEquals(List.of("申请", "受理", "审查", "决定"), c.getNodes().stream().map(Flowchart.Node::label).toList());
        List<Integer> rows = c.getNodes().stream().map(Flowchart.Node::y).toList();
        assertTrue(rows.get(0) < rows.get(1) && rows.get(1) < rows.get(2) && rows.get(2) < rows.get(3), "" + rows);
        assertEquals(3, c.getEdges().size());
        assertTrue(c.getEdges().stream().noneMatch(Flowchart.Edge::back));
        assertTrue(c.getHeight() >= c.getNodes().get(3).y() + Flowchart.BOX_HEIGHT);
    }

    @Test
    void branchesShareARowAndAWayBackIsDrawnAsAnArcBeside() {
        Flowchart c = Flowchart.of(steps("申请 → 受理", "受理 → 审查", "审查 → 准予许可、不予许可", "审查 → 补正",
                "补正 → 受理"));
        Map<String, Flowchart.Node> n = new LinkedHashMap<>();
        c.getNodes().forEach(x -> n.put(x.label(), x));
        assertEquals(n.get("准予许可").y(), n.get("不予许可").y(), "the outcomes side by side");
        assertFalse(n.get("准予许可").x() == n.get("不予许可").x());
        Flowchart.Edge back = c.getEdges().stream().filter(e -> e.from().equals("补正")).findFirst().orElseThrow();
        assertTrue(back.back(), "补正 → 受理 returns to an earlier step");
        for (Flowchart.Node a : c.getNodes()) {
            assertTrue(a.x() >= 0 && a.x() + a.width() <= c.getWidth(), a + " inside the chart " + c.getWidth());
        }
    }

    @Test
    void stepsWithoutAnArrowAndAnEmptyListAreDrawnAsTheyAre() {
        assertTrue(Flowchart.of(Map.of("事项名称", "x")).isEmpty());
        Flowchart one = Flowchart.of(steps("现场办理"));
        assertEquals(1, one.getNodes().size());
        assertEquals(0, one.getEdges().size());
        Flowchart numbered = Flowchart.of(Map.of("步骤10", "C → D", "步骤2", "A → B", "步骤3", "B -> C"));
        assertEquals(List.of("A → B", "B -> C", "C → D"), numbered.getSteps(), "in step number order");
        assertEquals(List.of("A", "B", "C", "D"), numbered.getNodes().stream().map(Flowchart.Node::label).toList());
    }
}
