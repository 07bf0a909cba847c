package org.sanxiang.api.applications;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.domain.PartyType;

/** What the public sees of an applicant, and who may change an application: decided here for every channel. */
class ApplicationRulesTest {

    @Test
    void aNaturalPersonsNameShowsOnlyItsFirstCharacter() {
        assertEquals("张**", PartyType.NATURAL_PERSON.publicName("张三丰"));
        assertEquals("欧***", PartyType.NATURAL_PERSON.publicName("欧阳娜娜"));
        assertEquals("李*", PartyType.NATURAL_PERSON.publicName("李"));
        assertEquals("𠀀*", PartyType.NATURAL_PERSON.publicName("𠀀三"), "a character outside the BMP is one character");
        assertEquals("长治市某某有限公司", PartyType.LEGAL_PERSON.publicName("长治市某某有限公司"));
        assertEquals("王记小吃店", PartyType.INDIVIDUAL_BUSINESS.publicName("王记小吃店"));
    }

    @Test
    void anApplicationShowsItsApplicantsPublicName() {
        assertEquals("张**", application("NATURAL_PERSON", "张三丰").publicApplicantName());
        assertEquals("某公司", application("LEGAL_PERSON", "某公司").publicApplicantName());
    }

    @Test
    void onlyCounterStaffChangeAnApplication() {
        SecurityException refused = assertThrows(SecurityException.class,
                () -> PermitApplications.requireCounter(Set.of("screen"), "SubmitApplication"));
        assertEquals("调用 SubmitApplication 需要窗口(counter)角色", refused.getMessage());
        assertThrows(SecurityException.class, () -> PermitApplications.requireCounter(null, "RecordApplicationStep"));
        assertDoesNotThrow(() -> PermitApplications.requireCounter(Set.of("screen", "counter"), "SubmitApplication"));
    }

    private static Application application(String type, String name) {
        return new Application("SQ202601050001", "XK-01", "建设用地规划许可", "W1", type, name, 20, StepKind.APPLIED,
                Instant.parse("2026-01-05T01:00:00Z"), "hall", false);
    }
}
