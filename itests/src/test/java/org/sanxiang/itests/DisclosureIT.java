package org.sanxiang.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.sanxiang.api.disclosure.InspectionDraw;
import org.sanxiang.api.disclosure.InspectionItem;
import org.sanxiang.api.disclosure.InspectionResult;
import org.sanxiang.api.disclosure.InspectionSubject;
import org.sanxiang.api.disclosure.Inspections;
import org.sanxiang.api.disclosure.Inspector;
import org.sanxiang.api.disclosure.OutboxAction;
import org.sanxiang.api.disclosure.OutboxEntry;
import org.sanxiang.api.disclosure.Party;
import org.sanxiang.api.disclosure.PenaltyCategory;
import org.sanxiang.api.disclosure.PenaltyRecord;
import org.sanxiang.api.disclosure.Publication;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.disclosure.PublicationRefusedException;
import org.sanxiang.api.disclosure.PublicationState;
import org.sanxiang.api.disclosure.PublicationVersion;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.disclosure.Severity;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.ledger.LedgerVerification;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.OfficerRegistry;

/**
 * Disclosure in Karaf (issue 4, R-D1, R-D3, R-D5): a penalty decision in the records module opens a
 * publication with its 7-working-day deadline from the real calendar; its content is refused while invalid,
 * approved by a second person and published (outbox entry), then revoked with a public reason (second entry);
 * every version and step is listed and ledgered; the console shows it; a register change is versioned.
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class DisclosureIT extends HubTestSupport {

    private static final String AUTHORITY_USCC = "111404000123456783";

    @Inject
    private CaseRecords cases;

    @Inject
    private OfficerRegistry officers;

    @Inject
    private EvidenceStore evidence;

    @Inject
    private Publications publications;

    @Inject
    private Registers registers;

    @Inject
    private Inspections inspections;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private Ledger ledger;

    @Inject
    private org.sanxiang.api.review.LegalReview review;

    private static PenaltyRecord.Builder penalty(LocalDate decided) {
        return PenaltyRecord.builder()
                .party(Party.organisation("太原某建材有限公司", "91350100M000100Y43", "赵六"))
                .decisionNumber("并自然资罚〔" + decided.getYear() + "〕" + uniqueId("") + "号")
                .violationType("未经批准非法占用土地")
                .violationFacts("当事人未经批准占用集体土地建设厂房。")
                .basis("《中华人民共和国土地管理法》第七十七条")
                .categories(PenaltyCategory.FINE)
                .content("罚款人民币52000元")
                .fineYuan(new BigDecimal("52000"))
                .decisionDate(decided)
                .authority("太原市规划和自然资源局")
                .authorityUscc(AUTHORITY_USCC)
                .dataSource("太原市规划和自然资源局")
                .dataSourceUscc(AUTHORITY_USCC);
    }

    @Test
    public void aPenaltyDecisionIsPublishedThenRevokedThroughTheOutbox() throws Exception {
        String lead = CaseFixtures.officer(officers, "张三");
        String second = CaseFixtures.officer(officers, "李四");
        String n = uniqueId("并罚");
        CaseFixtures.walkToExamination(cases, evidence, n, lead, second);
        CaseFixtures.proposeMinor(review, n, lead);
        cases.transition(n, CaseStage.DECISION, lead, "作出处罚决定");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Publication opened = publications.forCase(n).orElseThrow(() -> new AssertionError("no publication opened"));
        assertEquals(PublicationState.AWAITING_CONTENT, opened.state());
        assertEquals(calendar.addWorkingDays(today, 7).due(), opened.deadline().due());
        long id = opened.id();
        long outboxBefore = lastOutboxId();

        publications.draftPenalty(id, penalty(today).authorityUscc("111404000123456784").build(), Severity.GENERAL,
                lead);
        try {
            publications.approve(id, second);
            fail("a record with a wrong 统一社会信用代码 must not be approved");
        } catch (PublicationRefusedException e) {
            assertTrue(e.getMessage(), e.violations().stream().anyMatch(v -> v.field().equals("处罚机关统一社会信用代码")));
        }
        publications.draftPenalty(id, penalty(today).build(), Severity.GENERAL, lead);
        try {
            publications.approve(id, lead);
            fail("the maker must not approve");
        } catch (PublicationRefusedException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("审核人不能是录入人"));
        }
        publications.approve(id, second);
        Publication published = publications.publish(id, second);
        assertEquals(PublicationState.PUBLISHED, published.state());
        assertEquals(today.plusMonths(3), published.displayUntil());

        List<OutboxEntry> afterPublish = publications.outbox(outboxBefore, 100);
        assertEquals(1, afterPublish.size());
        assertEquals(OutboxAction.PUBLISH, afterPublish.get(0).action());
        assertEquals("PUB-" + id + "-v2-PUBLISH", afterPublish.get(0).businessKey());
        assertTrue(afterPublish.get(0).payload(), afterPublish.get(0).payload().contains("5.200000"));

        Publication revoked = publications.revoke(id, "处罚决定已被依法撤销", today, second);
        assertEquals(PublicationState.REVOKED, revoked.state());
        List<OutboxEntry> all = publications.outbox(outboxBefore, 100);
        assertEquals(List.of(OutboxAction.PUBLISH, OutboxAction.REVOKE), all.stream().map(OutboxEntry::action).toList());
        assertTrue(all.get(1).payload().contains("处罚决定已被依法撤销"));

        List<PublicationVersion> versions = publications.versions(id);
        assertEquals(List.of("SUPERSEDED", "REVOKED"), versions.stream().map(PublicationVersion::status).toList());

        String list = console("sanxiang:publication-list --csv --state REVOKED");
        assertTrue(list, list.contains(id + "," + n + ",") && list.contains("已撤销"));
        String show = console("sanxiang:publication-show --purpose 核对撤销公示 " + id);
        assertReadLogged("PUBLICATION", String.valueOf(id), "核对撤销公示"); // R-R6, issue 20
        assertTrue(show, show.contains("撤销理由: 处罚决定已被依法撤销") && show.contains("SUPERSEDED")
                && show.contains("REVOKED"));

        LedgerVerification verification = ledger.verify();
        assertTrue(verification.summary(), verification.firstMismatch().isEmpty());
    }

    @Test
    public void registersAreVersionedAndTheConsoleShowsThemAsInForce() throws Exception {
        String key = uniqueId("ZF");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("事项名称", "对非法占用土地的行政处罚");
        fields.put("实施主体", "太原市规划和自然资源局");
        fields.put("职责", "查处土地违法行为");
        fields.put("职权类别", "行政处罚");
        fields.put("法定依据", "《中华人民共和国土地管理法》第七十七条");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        RegisterEntry v1 = registers.put(RegisterType.ENFORCEMENT_ITEM, key, fields, today.minusDays(10), "itest");
        fields.put("法定依据", "《中华人民共和国土地管理法》第七十七条、《土地管理法实施条例》第五十七条");
        RegisterEntry v2 = registers.put(RegisterType.ENFORCEMENT_ITEM, key, fields, today.plusDays(5), "itest");
        assertEquals(1, v1.version());
        assertEquals(2, v2.version());
        String now = console("sanxiang:register-show --csv ENFORCEMENT_ITEM");
        assertTrue(now, now.contains(key + ",1,"));
        String later = console("sanxiang:register-show --csv --as-of " + today.plusDays(5) + " 行政执法事项清单");
        assertTrue(later, later.contains(key + ",2,") && later.contains("第五十七条"));
        try {
            registers.put(RegisterType.ENFORCEMENT_ITEM, uniqueId("ZF"), Map.of("事项名称", "缺字段"), today, "itest");
            fail("an entry without its required fields must be refused");
        } catch (PublicationRefusedException e) {
            assertTrue(e.getMessage(), e.violations().stream().anyMatch(v -> v.field().equals("法定依据")));
        }
        String officer = CaseFixtures.officer(officers, "周九");
        List<RegisterEntry> synced = registers.syncPersonnel(today, "itest");
        assertTrue(synced.stream().anyMatch(e -> e.key().equals(officer)
                && e.fields().get("执法证号").equals("CERT-" + officer)));
        assertFalse(console("sanxiang:register-show --csv PERSONNEL").isEmpty());
        String deadlines = console("sanxiang:deadline-list --scan");
        assertTrue(deadlines, deadlines.contains("扫描完成"));
    }

    @Test
    public void aRandomInspectionDrawIsReplayableAndItsResultsGoOutOnce() throws Exception {
        InspectionItem item = new InspectionItem(uniqueId("SJ"), "土地利用情况检查", "土地", new BigDecimal("0.5"));
        List<InspectionSubject> subjects = List.of(new InspectionSubject("S1", "企业一", "91350100M000100Y43"),
                new InspectionSubject("S2", "企业二", null), new InspectionSubject("S3", "企业三", null),
                new InspectionSubject("S4", "企业四", null));
        LocalDate valid = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1);
        String expired = CaseFixtures.inspector(officers, "检查员过期", LocalDate.now(ZoneId.of("Asia/Shanghai"))
                .minusDays(1));
        List<Inspector> inspectors = List.of(
                new Inspector(CaseFixtures.inspector(officers, "检查员一", valid), "检查员一", Set.of("土地"), Set.of()),
                new Inspector(CaseFixtures.inspector(officers, "检查员二", valid), "检查员二", Set.of("土地"), Set.of()),
                new Inspector(CaseFixtures.inspector(officers, "检查员三", valid), "检查员三", Set.of("土地"), Set.of("S1")),
                new Inspector(expired, "检查员过期", Set.of("土地"), Set.of()));
        InspectionDraw draw = inspections.draw(item, subjects, inspectors, "公开种子-" + item.code(), "itest");
        assertEquals(2, draw.result().assignments().size());
        assertEquals("持证上岗: an expired certificate is left out, with the reason", List.of(expired),
                List.copyOf(draw.excluded().keySet()));
        assertTrue(draw.excluded().get(expired), draw.excluded().get(expired).contains("过期"));
        Map<String, InspectionResult> results = new LinkedHashMap<>();
        draw.result().assignments().forEach(a -> results.put(a.subject().id(), InspectionResult.NO_PROBLEM_FOUND));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        InspectionDraw recorded = inspections.recordResults(draw.id(), results, today, "itest");
        assertEquals(calendar.addWorkingDays(today, 20).due(), recorded.resultsDue().due());
        long before = lastOutboxId();
        inspections.publishResults(draw.id(), "itest");
        List<OutboxEntry> out = publications.outbox(before, 10);
        assertEquals(1, out.size());
        assertEquals(OutboxAction.INSPECTION_RESULT, out.get(0).action());
        String listed = console("sanxiang:draw-list --replay --csv");
        assertTrue(listed, listed.contains(draw.id() + "," + item.code() + ",公开种子-" + item.code())
                && listed.contains("未发现问题") && listed.contains("一致"));
    }

    private long lastOutboxId() {
        List<OutboxEntry> entries = publications.outbox(0, 10_000);
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).id();
    }

    /**
     * R-D5 (issue 20): publication deadlines against dates worked out by hand from the State Council notices
     * on the holidays of 2025 (issued November 2024) and of 2026 (issued November 2025), not from the calendar under
     * test: 7 working
     * days for a penalty, 20 for a coercive measure, the decision day not counted, holidays skipped and the
     * make-up Saturdays (调休) counted. Shown as such by sanxiang:deadline-list.
     */
    @Test
    public void publicationDeadlinesFollowTheStateCouncilNoticesAcrossHolidaysAndMakeUpDays() throws Exception {
        // decided Tue 2026-09-29: 9-30 (1), 10-01..07 国庆节 off, 10-08 (2), 10-09 (3), Sat 10-10 调休 (4),
        // 10-12 (5), 10-13 (6), 10-14 (7)
        assertDue(EnforcementKind.PENALTY, LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 14));
        // decided Tue 2025-09-30: 10-01..08 国庆节、中秋节 off, 10-09 (1), 10-10 (2), Sat 10-11 调休 (3), 10-13..16 (4..7)
        Publication late = assertDue(EnforcementKind.PENALTY, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 16));
        // decided Wed 2026-02-11: 02-12 (1), 02-13 (2), Sat 02-14 调休 (3), 02-15..23 春节 off, 02-24..27 (4..7),
        // Sat 02-28 调休 (8), 03-02..06 (9..13), 03-09..13 (14..18), 03-16 (19), 03-17 (20)
        assertDue(EnforcementKind.COERCION, LocalDate.of(2026, 2, 11), LocalDate.of(2026, 3, 17));

        // the one decided in 2025 is long past its deadline: the scan raises one 已超期 alert for it, and a second
        // scan none more (sanxiang:deadline-list --scan, then its --alerts rows)
        String scanned = console("sanxiang:deadline-list --scan");
        assertTrue(scanned, scanned.lines().anyMatch(l -> l.matches("扫描完成: 新增预警\\d+条")));
        assertEquals(1, alertRows(late).size());
        String row = alertRows(late).get(0);
        assertTrue(row, row.contains("," + late.id() + "," + late.caseNumber() + ",已超期,2025-10-16,-"));
        console("sanxiang:deadline-list --scan");
        assertEquals(List.of(row), alertRows(late));
    }

    /** The rows of {@code sanxiang:deadline-list --alerts --csv} of one publication. */
    private List<String> alertRows(Publication p) throws Exception {
        return console("sanxiang:deadline-list --alerts --csv -n 10000").lines()
                .filter(l -> l.matches("\\d+," + p.id() + ",.*")).toList();
    }

    private Publication assertDue(EnforcementKind kind, LocalDate decided, LocalDate expected) throws Exception {
        String n = uniqueId("期限");
        Publication p = publications.open(n, kind, null, decided, "itest");
        assertEquals(kind + " decided " + decided, expected, p.deadline().due());
        String pending = console("sanxiang:deadline-list --csv -n 10000");
        assertTrue(n + " due " + expected + " in " + pending, pending.lines()
                .anyMatch(l -> l.startsWith(p.id() + "," + n + ",") && l.contains("," + decided + "," + expected + ",")));
        return p;
    }
}
