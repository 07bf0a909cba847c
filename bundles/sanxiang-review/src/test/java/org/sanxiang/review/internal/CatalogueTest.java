package org.sanxiang.review.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.review.CatalogueResult;
import org.sanxiang.api.review.CatalogueRule;
import org.sanxiang.api.review.HearingStatus;
import org.sanxiang.api.review.Measure;
import org.sanxiang.api.review.MeasureType;
import org.sanxiang.api.review.ProposedDecision;
import org.sanxiang.api.review.RuleHit;

/** Each rule of the shipped catalogue (natural-resources bureau defaults), on both sides of every threshold. */
class CatalogueTest {

    private final Catalogue catalogue = new Catalogue(Fixtures::settings);

    private CatalogueResult fine(String yuan, PartyType type) {
        return catalogue.evaluate(Fixtures.fine("C1", "张三", yuan), type);
    }

    private CatalogueResult of(PartyType type, Measure... measures) {
        return catalogue.evaluate(Fixtures.decision("C1", "张三", measures), type);
    }

    private static List<CatalogueRule> rules(CatalogueResult r) {
        return r.hits().stream().map(RuleHit::rule).toList();
    }

    @Test
    void aFineToANaturalPersonIsMajorFromTenThousandYuanOn() {
        assertFalse(fine("9999.99", PartyType.NATURAL_PERSON).major());
        CatalogueResult at = fine("10000", PartyType.NATURAL_PERSON);
        assertEquals(List.of(CatalogueRule.FINE), rules(at));
        assertEquals("对自然人拟罚款10000.00元,达到较大数额罚款标准10000.00元(以上含本数)", at.hits().get(0).reason());
    }

    @Test
    void aFineToALegalPersonIsMajorFromOneHundredThousandYuanOn() {
        assertFalse(fine("99999.99", PartyType.LEGAL_PERSON).major());
        assertFalse(fine("10000", PartyType.LEGAL_PERSON).major(), "the natural-person threshold does not apply");
        assertEquals(List.of(CatalogueRule.FINE), rules(fine("100000.00", PartyType.LEGAL_PERSON)));
    }

    @Test
    void aFineToAnIndividualBusinessUsesItsOwnThreshold() {
        assertFalse(fine("9999.99", PartyType.INDIVIDUAL_BUSINESS).major());
        assertTrue(fine("10000", PartyType.INDIVIDUAL_BUSINESS).major());
        Catalogue raised = new Catalogue(() -> ReviewSettings.of(Fixtures.config(
                Map.of("fine_threshold_individual_business", "30000"))));
        assertFalse(raised.evaluate(Fixtures.fine("C1", "张三", "29999.99"), PartyType.INDIVIDUAL_BUSINESS).major());
        assertTrue(raised.evaluate(Fixtures.fine("C1", "张三", "30000"), PartyType.INDIVIDUAL_BUSINESS).major());
    }

    @Test
    void confiscationsAreSummedAgainstTheValueThreshold() {
        assertFalse(of(PartyType.LEGAL_PERSON, Measure.of(MeasureType.CONFISCATE_ILLEGAL_GAINS, "49999.99")).major());
        CatalogueResult sum = of(PartyType.LEGAL_PERSON, Measure.of(MeasureType.CONFISCATE_ILLEGAL_GAINS, "20000"),
                Measure.of(MeasureType.CONFISCATE_ILLEGAL_MINERALS, "30000"));
        assertEquals(List.of(CatalogueRule.CONFISCATION), rules(sum));
        assertEquals("拟没收违法所得20000.00元、没收违法采出的矿产品30000.00元,合计50000.00元,达到较大数额没收标准50000.00元(以上含本数)",
                sum.hits().get(0).reason());
        assertTrue(of(PartyType.NATURAL_PERSON, Measure.of(MeasureType.CONFISCATE_ILLEGAL_BUILDING, "50000")).major());
        assertTrue(of(PartyType.NATURAL_PERSON, Measure.of(MeasureType.CONFISCATE_ILLEGAL_PROPERTY, "50000.00")).major());
        assertFalse(of(PartyType.NATURAL_PERSON, Measure.of(MeasureType.CONFISCATE_ILLEGAL_PROPERTY, "49999.99")).major());
    }

    @Test
    void licenceSuspensionRevocationProductionStopAndDemolitionAreAlwaysMajor() {
        assertFalse(of(PartyType.LEGAL_PERSON, Measure.of(MeasureType.WARNING)).major());
        assertEquals(List.of(CatalogueRule.LICENCE_SUSPENSION),
                rules(of(PartyType.LEGAL_PERSON, Measure.of(MeasureType.LICENCE_SUSPENSION))));
        CatalogueResult revoke = of(PartyType.LEGAL_PERSON,
                new Measure(MeasureType.LICENCE_REVOCATION, null, "采矿许可证C1401002010"));
        assertEquals("拟吊销许可证件(采矿许可证C1401002010)", revoke.hits().get(0).reason());
        assertEquals(List.of(CatalogueRule.SUSPEND_PRODUCTION),
                rules(of(PartyType.LEGAL_PERSON, Measure.of(MeasureType.SUSPEND_PRODUCTION))));
        assertEquals(List.of(CatalogueRule.DEMOLITION),
                rules(of(PartyType.NATURAL_PERSON, Measure.of(MeasureType.DEMOLITION))));
    }

    private static ProposedDecision warning(HearingStatus hearing, boolean beyond, boolean crime, String manual) {
        return new ProposedDecision("C1", "张三", List.of(Measure.of(MeasureType.WARNING)), hearing, beyond,
                beyond ? "当事人主动拆除,减轻处罚" : null, crime, manual, "摘要", "依据");
    }

    @Test
    void aHearingRequestedOrHeldMakesTheDecisionMajor() {
        assertFalse(catalogue.evaluate(warning(HearingStatus.NONE, false, false, null), Fixtures.natural()).major());
        assertEquals("当事人已申请听证", catalogue.evaluate(warning(HearingStatus.REQUESTED, false, false, null),
                Fixtures.natural()).hits().get(0).reason());
        assertEquals("案件已举行听证", catalogue.evaluate(warning(HearingStatus.HELD, false, false, null),
                Fixtures.natural()).hits().get(0).reason());
    }

    @Test
    void discretionCrimeAndManualReferralEachFireWithTheirReason() {
        CatalogueResult beyond = catalogue.evaluate(warning(HearingStatus.NONE, true, false, null), Fixtures.natural());
        assertEquals(List.of(CatalogueRule.BEYOND_DISCRETION), rules(beyond));
        assertTrue(beyond.hits().get(0).reason().contains("当事人主动拆除,减轻处罚"));
        assertEquals(List.of(CatalogueRule.CRIMINAL_TRANSFER),
                rules(catalogue.evaluate(warning(HearingStatus.NONE, false, true, null), Fixtures.natural())));
        CatalogueResult manual = catalogue.evaluate(warning(HearingStatus.NONE, false, false, "社会影响较大"),
                Fixtures.natural());
        assertEquals("承办单位提交法制审核: 社会影响较大", manual.hits().get(0).reason());
    }

    @Test
    void everyRuleThatFiresIsShown() {
        ProposedDecision d = new ProposedDecision("C1", "某矿业公司", List.of(Measure.of(MeasureType.FINE, "200000"),
                Measure.of(MeasureType.LICENCE_REVOCATION), Measure.of(MeasureType.CONFISCATE_ILLEGAL_MINERALS, "80000")),
                HearingStatus.HELD, false, null, false, null, "摘要", "依据");
        CatalogueResult r = catalogue.evaluate(d, PartyType.LEGAL_PERSON);
        assertEquals(List.of(CatalogueRule.FINE, CatalogueRule.CONFISCATION, CatalogueRule.LICENCE_REVOCATION,
                CatalogueRule.HEARING), rules(r));
        assertEquals(4, r.describe().split("\n").length);
    }

    @Test
    void aRuleLeftOutOfTheConfigurationNeverFires() {
        Catalogue noHearing = new Catalogue(() -> ReviewSettings.of(Fixtures.config(Map.of("catalogue_rules",
                new String[] {"FINE", "CONFISCATION"}))));
        assertFalse(noHearing.evaluate(warning(HearingStatus.HELD, false, false, null), Fixtures.natural()).major());
        assertTrue(noHearing.evaluate(Fixtures.fine("C1", "张三", "10000"), Fixtures.natural()).major());
        assertEquals(2, noHearing.describe().size());
    }

    @Test
    void malformedSettingsAreRefusedWithTheKeyNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReviewSettings.of(
                Fixtures.config(Map.of("fine_threshold_legal_person", "十万"))));
        assertTrue(e.getMessage().startsWith("fine.threshold.legal.person"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReviewSettings.of(
                Fixtures.config(Map.of("catalogue_rules", new String[] {"FINES"}))));
        assertThrows(IllegalArgumentException.class, () -> ReviewSettings.of(
                Fixtures.config(Map.of("time_limit_working_days", 0))));
    }

    @Test
    void amountsAreExactYuanWithAtMostTwoDecimals() {
        assertThrows(IllegalArgumentException.class, () -> new Measure(MeasureType.FINE, new BigDecimal("100.001"), ""));
        assertThrows(IllegalArgumentException.class, () -> new Measure(MeasureType.FINE, null, ""));
        assertThrows(IllegalArgumentException.class, () -> new Measure(MeasureType.DEMOLITION, BigDecimal.ONE, ""));
    }
}
