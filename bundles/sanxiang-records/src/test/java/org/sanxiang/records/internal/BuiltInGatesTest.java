package org.sanxiang.records.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.UnifiedSocialCreditCode;
import org.sanxiang.api.records.CaseSnapshot;
import org.sanxiang.api.records.DocumentInfo;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.Party;
import org.sanxiang.api.records.StageGate;

/** The built-in gates on plain data, without a database. */
class BuiltInGatesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);
    private final RecordsSettings settings = Fixtures.settings();
    private final Officer valid1 = Fixtures.officer("A1", "甲", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1));
    private final Officer valid2 = Fixtures.officer("A2", "乙", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1));
    private final Officer expired = Fixtures.officer("A3", "丙", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));

    private static EnforcementCase penaltyAt(CaseStage stage, List<String> officers) {
        return new EnforcementCase("罚-1", EnforcementKind.PENALTY, "非法占地", "140105",
                List.of(Party.individualBusiness("小店", UnifiedSocialCreditCode.INDIVIDUAL_BUSINESS_PLACEHOLDER, "1401")),
                officers, stage, "A1", Instant.EPOCH, Instant.EPOCH);
    }

    private static CaseSnapshot snapshot(EnforcementCase c, List<Officer> officers, List<DocumentInfo> docs,
                                         String actor) {
        return new CaseSnapshot(c, officers, docs, List.of(), actor, DAY);
    }

    @Test
    void twoCertifiedOfficersAreNeededForInvestigationAndEvidenceOnly() {
        StageGate gate = BuiltInGates.certifiedOfficers(() -> settings);
        EnforcementCase c = penaltyAt(CaseStage.FILED, List.of("A1", "A3"));
        String veto = gate.veto(snapshot(c, List.of(valid1, expired), List.of(), "A1"), CaseStage.INVESTIGATION)
                .orElseThrow();
        assertTrue(veto.contains("至少2名") && veto.contains("执法人员丙的执法证已于2025-01-01过期"), veto);
        assertTrue(gate.veto(snapshot(c, List.of(valid1, expired), List.of(), "A1"), CaseStage.WITHDRAWN).isEmpty());
        assertTrue(gate.veto(snapshot(c, List.of(valid1, valid2), List.of(), "A1"), CaseStage.INVESTIGATION).isEmpty());
        assertTrue(gate.veto(snapshot(penaltyAt(CaseStage.INVESTIGATION, List.of("A1")), List.of(valid1), List.of(),
                "A1"), CaseStage.EVIDENCE).isPresent());
    }

    @Test
    void theActorMustBeAnAssignedCertifiedOfficer() {
        StageGate gate = BuiltInGates.actorCertified();
        EnforcementCase c = penaltyAt(CaseStage.FILED, List.of("A1", "A3"));
        assertTrue(gate.veto(snapshot(c, List.of(valid1, expired), List.of(), "A9"), CaseStage.WITHDRAWN).get()
                .contains("不是本案承办执法人员"));
        assertEquals("执法人员丙的执法证已于2025-01-01过期",
                gate.veto(snapshot(c, List.of(valid1, expired), List.of(), "A3"), CaseStage.WITHDRAWN).get());
        assertTrue(gate.veto(snapshot(c, List.of(valid1, expired), List.of(), "A1"), CaseStage.WITHDRAWN).isEmpty());
    }

    @Test
    void archivingNamesEveryMissingDocument() {
        StageGate gate = BuiltInGates.caseFile(() -> settings);
        EnforcementCase closed = penaltyAt(CaseStage.CLOSED, List.of("A1"));
        DocumentInfo filing = new DocumentInfo(1, "罚-1", "立案审批表", CaseStage.FILED, "t", "0".repeat(64), 1, "A1",
                Instant.EPOCH);
        assertEquals(BuiltInGates.MISSING_PREFIX + "询问笔录、调查终结报告、告知书、决定书、送达回证、结案报告",
                gate.veto(snapshot(closed, List.of(), List.of(filing), "A1"), CaseStage.ARCHIVED).get());
        assertTrue(gate.veto(snapshot(closed, List.of(), List.of(), "A1"), CaseStage.CLOSED).isEmpty());
        EnforcementCase withdrawn = penaltyAt(CaseStage.WITHDRAWN, List.of("A1"));
        assertEquals(BuiltInGates.MISSING_PREFIX + "撤销立案审批表",
                gate.veto(snapshot(withdrawn, List.of(), List.of(filing), "A1"), CaseStage.ARCHIVED).get());
    }

    @Test
    void leavingAStageWithARequiredActivityNeedsItsRecording() {
        StageGate gate = BuiltInGates.recordings(() -> settings);
        EnforcementCase c = penaltyAt(CaseStage.SERVICE, List.of("A1"));
        assertEquals("缺少音像记录: 送达(音像记录)",
                gate.veto(snapshot(c, List.of(), List.of(), "A1"), CaseStage.EXECUTION).get());
        assertTrue(gate.veto(snapshot(penaltyAt(CaseStage.EXAMINATION, List.of("A1")), List.of(), List.of(), "A1"),
                CaseStage.DECISION).isEmpty(), "审查 has no recorded activity by default");
    }
}
