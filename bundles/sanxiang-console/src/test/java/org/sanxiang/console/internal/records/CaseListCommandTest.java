package org.sanxiang.console.internal.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.console.internal.Partial;
import org.sanxiang.console.internal.Run;

/** {@code sanxiang:case-list}: the newest cases with kind and stage in Chinese; the read goes to the access log. */
class CaseListCommandTest {

    private static final String HEADER = "Case,Kind,Item,Stage,Officers,Updated (UTC)";

    private static final List<EnforcementCase> NEWEST_FIRST = List.of(
            enforcementCase("长自然资罚〔2026〕1号", EnforcementKind.PENALTY, "未经批准占用耕地建房", CaseStage.INVESTIGATION,
                    List.of("ZR0001", "ZR0002"), "2026-12-01T08:30:00Z"),
            enforcementCase("长自然资罚〔2026〕2号", EnforcementKind.PENALTY, "非法采矿,责令停止开采", CaseStage.DECISION,
                    List.of("ZR0004"), "2026-11-30T02:00:00Z"),
            enforcementCase("长自然资检〔2026〕3号", EnforcementKind.INSPECTION, "\"双随机\"抽查砂石场", CaseStage.FILED,
                    List.of("ZR0001"), "2026-11-28T06:15:00Z"),
            enforcementCase("长自然资强〔2026〕1号", EnforcementKind.COERCION, "查封违法建筑\n施工机具", CaseStage.INVESTIGATION,
                    List.of("ZR0002", "ZR0003"), "2026-11-20T01:00:00Z"));

    private static EnforcementCase enforcementCase(String number, EnforcementKind kind, String item, CaseStage stage,
                                                   List<String> officers, String updated) {
        return new EnforcementCase(number, kind, item, "430104", List.of(), officers, stage, officers.get(0),
                Instant.parse("2026-11-02T01:30:00Z"), Instant.parse(updated));
    }

    /** The records module's list of cases, newest first, and what the command asked of it. */
    private static final class Cases {
        final List<String> asked = new ArrayList<>();

        public List<EnforcementCase> list(CaseStage stage, int limit, AccessRequest access) {
            asked.add(stage + " " + limit + " " + access.who() + " " + access.purpose());
            return NEWEST_FIRST.stream().filter(c -> stage == null || c.stage() == stage).limit(limit).toList();
        }
    }

    private static Run caseList(Cases cases) {
        return Run.of(new CaseListCommand()).set("cases", Partial.of(CaseRecords.class, cases));
    }

    @Test
    void csvListsTheNewestCasesWithKindItemStageAndOfficers() throws Exception {
        Cases cases = new Cases();
        String out = caseList(cases).set("csv", true).print();
        assertEquals(Run.lines(HEADER,
                "长自然资罚〔2026〕1号,行政处罚,未经批准占用耕地建房,调查,ZR0001 ZR0002,2026-12-01T08:30:00Z",
                "长自然资罚〔2026〕2号,行政处罚,\"非法采矿,责令停止开采\",决定,ZR0004,2026-11-30T02:00:00Z",
                "长自然资检〔2026〕3号,行政检查,\"\"\"双随机\"\"抽查砂石场\",立案,ZR0001,2026-11-28T06:15:00Z",
                "长自然资强〔2026〕1号,行政强制,\"查封违法建筑\n施工机具\",调查,ZR0002 ZR0003,2026-11-20T01:00:00Z"), out);
        assertEquals(List.of("null 20 console 控制台查询"), cases.asked);
    }

    @Test
    void theStageAndTheLimitAreAskedOfTheRecordsInAnyLetterCase() throws Exception {
        Cases cases = new Cases();
        String out = caseList(cases).set("stage", "investigation").set("limit", 1).set("csv", true).print();
        assertEquals(Run.lines(HEADER,
                "长自然资罚〔2026〕1号,行政处罚,未经批准占用耕地建房,调查,ZR0001 ZR0002,2026-12-01T08:30:00Z"), out);
        assertEquals(List.of("INVESTIGATION 1 console 控制台查询"), cases.asked);
    }

    @Test
    void theReadIsAskedAsTheShellUserWithTheStatedPurpose() throws Exception {
        Cases cases = new Cases();
        caseList(cases).as("karaf").set("purpose", "行政复议答复调卷").set("csv", true).print();
        assertEquals(List.of("null 20 console:karaf 行政复议答复调卷"), cases.asked);
    }

    @Test
    void theTableShowsTheKindAndTheStageInChinese() throws Exception {
        List<List<String>> table = Run.table(caseList(new Cases()).set("stage", "DECISION").print());
        assertEquals(List.of(List.of("Case", "Kind", "Item", "Stage", "Officers", "Updated (UTC)"),
                List.of("长自然资罚〔2026〕2号", "行政处罚", "非法采矿,责令停止开采", "决定", "ZR0004", "2026-11-30T02:00:00Z")),
                table);
    }

    @Test
    void aStageGivenInChineseIsTheSameFilterAndAnUnknownOneIsRefusedInChinese() throws Exception {
        Cases cases = new Cases();
        caseList(cases).set("stage", "调查").set("limit", 1).set("csv", true).print();
        assertEquals(List.of("INVESTIGATION 1 console 控制台查询"), cases.asked);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> caseList(new Cases()).set("stage", "审批").print());
        assertEquals("未知的案件环节: 审批", refused.getMessage());
    }

    @Test
    void withoutTheRecordsModuleTheCommandNamesTheFeatureToInstall() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Run.of(new CaseListCommand()).set("csv", true).print());
        assertEquals("功能未安装或未启动: sanxiang-records (feature:install sanxiang-records)", missing.getMessage());
    }
}
