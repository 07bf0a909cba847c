package org.sanxiang.api.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** GB 32100-2015 check character (R-D1 validation, DATA-STANDARDS.md). */
class UnifiedSocialCreditCodeTest {

    @Test
    void acceptsThePublishedExample() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91350100M000100Y43");
        assertEquals("350100", code.regionCode());
        assertEquals('9', code.registeringAuthority());
        assertEquals("M000100Y4", code.organisationCode());
    }

    @Test
    void rejectsAWrongCheckCharacterAndNamesTheRightOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UnifiedSocialCreditCode.parse("91350100M000100Y44"));
        assertTrue(e.getMessage().contains("'3'"), e.getMessage());
        assertTrue(e.getMessage().contains("校验位"), e.getMessage());
    }

    @Test
    void weightedSumDivisibleBy31GivesCheckZero() {
        // Σ = 0 and Σ = 31 (1·1 + 'A'=10 · 3): the check character must be '0', not alphabet[31].
        assertEquals('0', UnifiedSocialCreditCode.checkCharacter("00000000000000000"));
        String body = "1A000000000000000";
        assertEquals('0', UnifiedSocialCreditCode.checkCharacter(body));
        assertTrue(UnifiedSocialCreditCode.isValid(body + "0"));
        assertFalse(UnifiedSocialCreditCode.isValid(body + "Y"), "a naive (31 - Σ mod 31) would give index 31");
    }

    @Test
    void rejectsForbiddenLettersAndWrongLength() {
        assertFalse(UnifiedSocialCreditCode.isValid("91350100M000100I43"));
        assertFalse(UnifiedSocialCreditCode.isValid("91350100M000100Y4"));
        assertFalse(UnifiedSocialCreditCode.isValid(null));
        assertTrue(UnifiedSocialCreditCode.problem("91350100M000100O43").contains("第16位"));
    }

    @Test
    void masksNaturalPersonIdNumbers() {
        assertEquals("140402********1234", IdType.mask("140402199001011234"));
        assertEquals("E*****9", IdType.mask("E123459"));
    }

    @Test
    void stagesFollowTheLegalOrder() {
        assertTrue(CaseStage.FILED.canMoveTo(CaseStage.INVESTIGATION));
        assertFalse(CaseStage.FILED.canMoveTo(CaseStage.DECISION));
        assertFalse(CaseStage.DECISION.canMoveTo(CaseStage.WITHDRAWN), "a decided case cannot be withdrawn as filing");
        assertTrue(CaseStage.ARCHIVED.successors().isEmpty());
        assertEquals("06", CaseStage.WITHDRAWN.supervisionCode());
    }
}
