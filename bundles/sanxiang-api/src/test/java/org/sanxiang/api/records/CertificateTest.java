package org.sanxiang.api.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.domain.EnforcementKind;

/** R-D3d, R-D4: a certificate's validity, decided once here for the hall window, the console and the checks. */
class CertificateTest {

    private static final Certificate CERT = new Certificate("14040020001", EnumSet.of(EnforcementKind.PERMIT),
            "140400", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final Officer OFFICER = new Officer("O1", "王五", "执法支队", "执法员", CERT);

    @Test
    void aCertificateIsValidOnBothEndsOfItsPeriodAndOnlyInside() {
        assertEquals(Certificate.Validity.NOT_YET_VALID, CERT.validityOn(LocalDate.of(2025, 12, 31)));
        assertEquals(Certificate.Validity.VALID, CERT.validityOn(LocalDate.of(2026, 1, 1)));
        assertEquals(Certificate.Validity.VALID, CERT.validityOn(LocalDate.of(2026, 12, 31)));
        assertEquals(Certificate.Validity.EXPIRED, CERT.validityOn(LocalDate.of(2027, 1, 1)));
        assertEquals("已过期", Certificate.Validity.EXPIRED.chinese());
    }

    @Test
    void theCertificationProblemFollowsTheValidity() {
        assertEquals(Optional.of("执法人员王五的执法证14040020001自2026-01-01起才生效"),
                OFFICER.certificationProblem(EnforcementKind.PERMIT, LocalDate.of(2025, 12, 31)));
        assertEquals(Optional.of("执法人员王五的执法证已于2026-12-31过期"),
                OFFICER.certificationProblem(EnforcementKind.PERMIT, LocalDate.of(2027, 1, 1)));
        assertEquals(Optional.empty(), OFFICER.certificationProblem(EnforcementKind.PERMIT, LocalDate.of(2026, 6, 1)));
        assertTrue(OFFICER.certificationProblem(EnforcementKind.PENALTY, LocalDate.of(2026, 6, 1)).isPresent());
    }

    @Test
    void anOfficerIsFoundByTheCertificateNumberAsPresented() {
        OfficerRegistry registry = new OfficerRegistry() {
            @Override
            public Officer save(Officer officer, String actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Officer> find(String officerId) {
                return Optional.empty();
            }

            @Override
            public List<Officer> list() {
                return List.of(OFFICER);
            }

            @Override
            public Officer requireCertified(String officerId, EnforcementKind kind, String region, LocalDate day) {
                throw new UnsupportedOperationException();
            }
        };
        assertEquals(Optional.of(OFFICER), registry.findByCertificate(" 14040020001 "));
        assertEquals(Optional.empty(), registry.findByCertificate("14040020002"));
        assertEquals(Optional.empty(), registry.findByCertificate(null));
    }
}
