package org.sanxiang.records.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.IdType;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.Party;

class OfficerAndPartyTest {

    private final Officer zhang = Fixtures.officer("A001", "张三", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1));

    @Test
    void certificateIsValidOnItsFirstAndLastDay() {
        assertTrue(zhang.certificationProblem(EnforcementKind.PENALTY, "140105", LocalDate.of(2024, 1, 1)).isEmpty());
        assertTrue(zhang.certificationProblem(EnforcementKind.PENALTY, "140105", LocalDate.of(2026, 1, 1)).isEmpty());
    }

    @Test
    void expiredCertificateIsNamedInChinese() {
        assertEquals("执法人员张三的执法证已于2026-01-01过期",
                zhang.certificationProblem(EnforcementKind.PENALTY, "140105", LocalDate.of(2026, 1, 2)).get());
    }

    @Test
    void certificateNotYetValid() {
        assertTrue(zhang.certificationProblem(EnforcementKind.PENALTY, "140105", LocalDate.of(2023, 12, 31))
                .get().contains("起才生效"));
    }

    @Test
    void certificateMustCoverTheKindAndTheRegion() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertTrue(zhang.certificationProblem(EnforcementKind.PERMIT, "140105", day).get().contains("行政许可"));
        assertTrue(zhang.certificationProblem(EnforcementKind.PENALTY, "140200", day).get().contains("140200"));
        assertTrue(zhang.certificationProblem(EnforcementKind.PENALTY, "140199", day).isEmpty(),
                "a city-level certificate covers its districts");
    }

    @Test
    void legalPersonNeedsAValidCreditCode() {
        Party.legalPerson("某公司", "91350100M000100Y43");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Party.legalPerson("某公司", "91350100M000100Y44"));
        assertTrue(e.getMessage().contains("校验位"));
    }

    @Test
    void individualBusinessMayUseThePlaceholderWithARegistrationNumber() {
        Party.individualBusiness("某某小吃店", "00000000000000000X", "140105600123456");
        assertThrows(IllegalArgumentException.class,
                () -> Party.individualBusiness("某某小吃店", "00000000000000000X", null));
    }

    @Test
    void naturalPersonNeedsAnIdDocument() {
        Party.naturalPerson("李四", IdType.RESIDENT_ID, "140105199001011234");
        assertThrows(IllegalArgumentException.class, () -> Party.naturalPerson("李四", null, "1"));
        assertFalse(Party.naturalPerson("李四", IdType.PASSPORT, "E1234567").name().isEmpty());
    }
}
