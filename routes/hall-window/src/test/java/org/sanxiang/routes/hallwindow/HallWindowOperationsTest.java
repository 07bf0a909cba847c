package org.sanxiang.routes.hallwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.applications.ApplicationNotFoundException;
import org.sanxiang.api.applications.ApplicationRefusedException;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.contracts.hallwindow.v1.CertificateStatus;

/** What a screen shows of a person and a certificate, and how refusals are journaled. */
class HallWindowOperationsTest {

    private static final Certificate CERT = new Certificate("14040020001", EnumSet.of(EnforcementKind.PERMIT), "140400",
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    @Test
    void aNaturalPersonsNameShowsOnlyItsFirstCharacter() {
        assertEquals("张**", HallWindowOperations.maskName("张三丰"));
        assertEquals("欧***", HallWindowOperations.maskName("欧阳娜娜"));
        assertEquals("李*", HallWindowOperations.maskName("李"));
    }

    @Test
    void aCertificateIsValidOnlyInsideItsDates() {
        assertEquals(CertificateStatus.NOT_YET_VALID, HallWindowOperations.status(CERT, LocalDate.of(2025, 12, 31)));
        assertEquals(CertificateStatus.VALID, HallWindowOperations.status(CERT, LocalDate.of(2026, 12, 31)));
        assertEquals(CertificateStatus.EXPIRED, HallWindowOperations.status(CERT, LocalDate.of(2027, 1, 1)));
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
