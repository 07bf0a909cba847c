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
