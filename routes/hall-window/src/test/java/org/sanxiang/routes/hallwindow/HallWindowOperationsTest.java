package org.sanxiang.routes.hallwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.sanxiang.api.applications.ApplicationNotFoundException;
import org.sanxiang.api.applications.ApplicationRefusedException;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.contracts.hallwindow.v1.CertificateStatus;

/** What a screen shows of a person and a certificate, and how refusals are journaled. */
class HallWindowOperationsTest {

    @Test
    void everyValidityOfTheDomainHasItsNameInTheContract() {
        // the rule is Certificate.validityOn (api); the adapter only names it in the contract's vocabulary
        assertEquals(CertificateStatus.NOT_YET_VALID, HallWindowOperations.status(Certificate.Validity.NOT_YET_VALID));
        assertEquals(CertificateStatus.VALID, HallWindowOperations.status(Certificate.Validity.VALID));
        assertEquals(CertificateStatus.EXPIRED, HallWindowOperations.status(Certificate.Validity.EXPIRED));
    }

    @Test
    void theProgressOfANaturalPersonsApplicationShowsTheMaskedName() {
        org.sanxiang.api.applications.Application a = new org.sanxiang.api.applications.Application("SQ202601050001",
                "XK-01", "建设用地规划许可", "W1", "NATURAL_PERSON", "张三丰", 20,
                org.sanxiang.api.applications.StepKind.APPLIED, java.time.Instant.parse("2026-01-05T01:00:00Z"),
                "hall", false);
        org.sanxiang.contracts.hallwindow.v1.Progress x = HallWindowOperations.progress(
                new org.sanxiang.api.applications.Progress(a, java.util.List.of(), null, 0, false, null, false, null));
        assertEquals("张**", x.getApplicantName());
    }

    @Test
    void theProgressCarriesEveryStepWithItsChineseLabelAndTheWorkingDayClock() {
        org.sanxiang.api.applications.Application a = new org.sanxiang.api.applications.Application("SQ202601050002",
                "XK-02", "采矿权延续登记", "W2", "LEGAL_PERSON", "长治市某矿业有限公司", 20,
                org.sanxiang.api.applications.StepKind.DECIDED, java.time.Instant.parse("2026-01-05T01:00:00Z"),
                "hall", false);
        java.time.Instant at = java.time.Instant.parse("2026-01-20T02:00:00Z");
        org.sanxiang.contracts.hallwindow.v1.Progress x = HallWindowOperations.progress(
                new org.sanxiang.api.applications.Progress(a, java.util.List.of(
                        new org.sanxiang.api.applications.ApplicationStep(1,
                                org.sanxiang.api.applications.StepKind.ACCEPTED, java.time.LocalDate.of(2026, 1, 5), null,
                                null, "hall", at, null),
                        new org.sanxiang.api.applications.ApplicationStep(2,
                                org.sanxiang.api.applications.StepKind.DECIDED, java.time.LocalDate.of(2026, 1, 20),
                                org.sanxiang.api.applications.Decision.APPROVED, "材料齐全", "hall", at, "王科长")),
                        java.time.LocalDate.of(2026, 1, 5), 3, false, java.time.LocalDate.of(2026, 2, 6), false, 12));
        assertEquals("长治市某矿业有限公司", x.getApplicantName(), "an organisation's name is public");
        assertEquals(java.util.List.of("受理", "审批结果: 准予许可"), x.getStep().stream().map(s -> s.getLabel()).toList());
        assertEquals(org.sanxiang.contracts.hallwindow.v1.Decision.APPROVED, x.getStep().get(1).getDecision());
        assertEquals("2026-01-20", x.getStep().get(1).getOccurredOn().toXMLFormat().substring(0, 10));
        assertEquals(20, x.getClock().getTimeLimitDays());
        assertEquals(3, x.getClock().getPausedWorkingDays());
        assertEquals(12, x.getClock().getRemainingWorkingDays());
        assertEquals("2026-02-06", x.getClock().getDue().toXMLFormat().substring(0, 10));
    }

    @Test
    void aRegisterEntryKeepsItsFieldsInTheirOrder() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("姓名", "李四");
        fields.put("岗位", "受理窗口");
        fields.put("执法证号", "14040020260001");
        org.sanxiang.contracts.hallwindow.v1.RegisterEntry x = HallWindowOperations.entry(
                new org.sanxiang.api.disclosure.RegisterEntry(RegisterType.PERSONNEL, "HW001", 3,
                        java.time.LocalDate.of(2026, 1, 1), fields, false, "ab", "ops", java.time.Instant.EPOCH));
        assertEquals("HW001", x.getKey());
        assertEquals(3, x.getVersion());
        assertEquals(java.util.List.of("姓名=李四", "岗位=受理窗口", "执法证号=14040020260001"),
                x.getField().stream().map(f -> f.getName() + "=" + f.getValue()).toList());
    }

    @Test
    void refusalsAreJournaledWithTheirFaultCode() {
        assertEquals("REFUSED SX-AUTH", HallWindowOperations.outcome(new SecurityException("x")));
        assertEquals("REFUSED SX-NOTFOUND", HallWindowOperations.outcome(new ApplicationNotFoundException("SQ1")));
        assertEquals("REFUSED SX-NOTFOUND", HallWindowOperations.outcome(new EntryNotFoundException("x")));
        assertEquals("REFUSED SX-INPUT", HallWindowOperations.outcome(new ApplicationRefusedException("x")));
        assertEquals("FAILED SX-INTERNAL", HallWindowOperations.outcome(new IllegalStateException("x")));
    }

    @Test
    void aRefusalIsAnsweredByItsTypeWithItsChineseMessageButNeverAJavaName() {
        // issue 19: by type (NotFound, IllegalArgumentException), not by class-name strings
        assertEquals(org.sanxiang.routes.common.FaultTranslator.Code.SX_NOTFOUND,
                HallWindowOperations.refusalCode(new ApplicationNotFoundException("SQ1")));
        assertEquals(null, HallWindowOperations.refusalCode(new IllegalStateException("数据库连接中断")));
        org.sanxiang.routes.common.CodedFault shown = org.sanxiang.routes.common.CodedFault.refusal(
                org.sanxiang.routes.common.FaultTranslator.Code.SX_INPUT, "法制审核(sanxiang-review)未运行");
        assertEquals("法制审核(sanxiang-review)未运行", shown.text());
        org.sanxiang.routes.common.CodedFault hidden = org.sanxiang.routes.common.CodedFault.refusal(
                org.sanxiang.routes.common.FaultTranslator.Code.SX_INPUT, "java.lang.NumberFormatException: x");
        assertEquals(org.sanxiang.routes.common.FaultTranslator.Code.SX_INPUT.text(), hidden.text());
    }

    @Test
    void aDeliveryIdIsStablePerScreenEntryAndVersion() {
        String id = ScreenPush.deliveryId("s1", RegisterType.PERSONNEL, "HW001", 2);
        assertEquals(id, ScreenPush.deliveryId("s1", RegisterType.PERSONNEL, "HW001", 2));
        assertNotEquals(id, ScreenPush.deliveryId("s1", RegisterType.PERSONNEL, "HW001", 3));
        assertNotEquals(id, ScreenPush.deliveryId("s2", RegisterType.PERSONNEL, "HW001", 2));
        assertEquals(37, id.length());
    }
}
