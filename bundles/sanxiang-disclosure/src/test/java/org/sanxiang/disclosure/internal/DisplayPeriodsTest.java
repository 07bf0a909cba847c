package org.sanxiang.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.disclosure.Severity;

/** 公示截止期 by severity (发改办财金〔2019〕527号, 信用修复管理办法). */
class DisplayPeriodsTest {

    private static final LocalDate DECIDED = LocalDate.parse("2025-09-26");

    @Test
    void defaultsAreTheMinimumOfEachBand() {
        DisplayPeriods d = DisplayPeriods.defaults();
        assertEquals(Optional.empty(), d.displayUntil(Severity.MINOR, DECIDED), "轻微: not published");
        assertEquals(Optional.of(LocalDate.parse("2025-12-26")), d.displayUntil(Severity.GENERAL, DECIDED));
        assertEquals(Optional.of(LocalDate.parse("2026-09-26")), d.displayUntil(Severity.SERIOUS, DECIDED));
    }

    @Test
    void configuredPeriodsWithinTheBandsApply() {
        DisplayPeriods d = DisplayPeriods.of("P3M", "P1Y", "P3Y");
        assertEquals(Optional.of(LocalDate.parse("2025-12-26")), d.displayUntil(Severity.MINOR, DECIDED));
        assertEquals(Optional.of(LocalDate.parse("2026-09-26")), d.displayUntil(Severity.GENERAL, DECIDED));
        assertEquals(Optional.of(LocalDate.parse("2028-09-26")), d.displayUntil(Severity.SERIOUS, DECIDED));
        assertEquals(Optional.of(LocalDate.parse("2027-03-26")),
                DisplayPeriods.of("P0M", "P6M", "P18M").displayUntil(Severity.SERIOUS, DECIDED));
    }

    @Test
    void monthEndIsClampedToTheLastDayOfTheMonth() {
        assertEquals(Optional.of(LocalDate.parse("2026-02-28")),
                DisplayPeriods.defaults().displayUntil(Severity.GENERAL, LocalDate.parse("2025-11-30")));
    }

    @Test
    void periodsOutsideTheirBandAreRefusedAllAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DisplayPeriods.of("P4M", "P2M", "P4Y"));
        assertTrue(e.getMessage().contains("轻微: 应在不公示至3个月之间"), e.getMessage());
        assertTrue(e.getMessage().contains("一般: 应在3个月至1年之间"), e.getMessage());
        assertTrue(e.getMessage().contains("严重: 应在1年至3年之间"), e.getMessage());
    }

    @Test
    void periodsInDaysOrMalformedAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DisplayPeriods.of("P30D", "P3M", "P1Y"))
                .getMessage().contains("轻微: 应以整月或整年表示"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DisplayPeriods.of("P0M", "半年", "P1Y"))
                .getMessage().contains("一般: 不是ISO-8601期间"));
    }
}
