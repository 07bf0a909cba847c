package org.sanxiang.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanxiang.disclosure.internal.Records.ORG_CODE;
import static org.sanxiang.disclosure.internal.Records.RESIDENT_ID;
import static org.sanxiang.disclosure.internal.Records.SUM_ZERO_CODE;
import static org.sanxiang.disclosure.internal.Records.TODAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.api.disclosure.Amounts;
import org.sanxiang.api.disclosure.IdDocument;
import org.sanxiang.api.disclosure.Party;
import org.sanxiang.api.disclosure.PenaltyCategory;
import org.sanxiang.api.disclosure.PenaltyRecord;
import org.sanxiang.api.disclosure.PermitCategory;
import org.sanxiang.api.disclosure.PermitRecord;
import org.sanxiang.api.disclosure.Violation;
import org.sanxiang.api.domain.IdType;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.domain.UnifiedSocialCreditCode;

/** 双公示 2021 validation (R-D1, DATA-STANDARDS.md): valid and invalid examples of every rule. */
class RecordValidatorTest {

    private static List<String> problems(PenaltyRecord r) {
        return RecordValidator.validate(r, TODAY).stream().map(Violation::toString).toList();
    }

    private static List<String> problems(PermitRecord r) {
        return RecordValidator.validate(r, TODAY).stream().map(Violation::toString).toList();
    }

    @Test
    void validPenaltyOfAnOrganisationHasNoProblems() {
        assertEquals(List.of(), problems(Records.penalty().build()));
    }

    @Test
    void emptyPenaltyReportsEveryRequiredFieldAtOnce() {
        List<String> p = problems(PenaltyRecord.builder().build());
        assertEquals(List.of("行政相对人名称: 必填", "行政相对人类别: 必填", "行政处罚决定书文号: 必填", "违法行为类型: 必填",
                "违法事实: 必填", "处罚依据: 必填", "处罚类别: 必填", "处罚内容: 必填", "处罚决定日期: 必填", "处罚机关: 必填",
                "处罚机关统一社会信用代码: 必填", "数据来源单位: 必填", "数据来源单位统一社会信用代码: 必填"), p);
    }

    @Test
    void severalProblemsAreAllReportedNotJustTheFirst() {
        List<String> p = problems(Records.penalty().decisionNumber(" ").authorityUscc("91350100M000100Y44")
                .decisionDate(TODAY.plusDays(1)).build());
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.contains("行政处罚决定书文号: 必填"), p.toString());
        assertTrue(p.get(1).startsWith("处罚决定日期: 不得晚于今天"), p.toString());
        assertTrue(p.get(2).startsWith("处罚机关统一社会信用代码: 统一社会信用代码校验位错误,应为 '3'"), p.toString());
        assertFalse(p.get(2).contains(" / "), "Chinese only: " + p.get(2));
    }

    @Test
    void codeWhoseWeightedSumIsAMultipleOf31HasCheckZeroAndIsAccepted() {
        assertEquals('0', UnifiedSocialCreditCode.checkCharacter(SUM_ZERO_CODE.substring(0, 17)));
        assertEquals(List.of(), problems(Records.penalty().party(Party.organisation("甲", SUM_ZERO_CODE, "乙")).build()));
        List<String> p = problems(Records.penalty().party(Party.organisation("甲", "1A000000000000000Y", "乙")).build());
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("统一社会信用代码: 统一社会信用代码校验位错误,应为 '0'"), p.toString());
    }

    @Test
    void codeWithForbiddenLetterOrWrongLengthIsRejected() {
        assertTrue(problems(Records.penalty().party(Party.organisation("甲", "91350100M000100I43", "乙")).build())
                .get(0).contains("第16位含非法字符"));
        assertTrue(problems(Records.penalty().party(Party.organisation("甲", "91350100M000100Y4", "乙")).build())
                .get(0).contains("应为18位"));
    }

    @Test
    void individualBusinessWithoutCodeNeedsItsBusinessRegistrationNumber() {
        String placeholder = UnifiedSocialCreditCode.INDIVIDUAL_BUSINESS_PLACEHOLDER;
        assertEquals(List.of("工商注册号: 统一社会信用代码为00000000000000000X时必填"),
                problems(Records.penalty().party(Party.individualBusiness("王记小吃", placeholder, null, "王五")).build()));
        assertEquals(List.of(), problems(Records.penalty()
                .party(Party.individualBusiness("王记小吃", placeholder, "430102600123456", "王五")).build()));
        assertEquals(List.of(), problems(Records.penalty()
                .party(Party.individualBusiness("王记小吃", ORG_CODE, null, "王五")).build()));
    }

    @Test
    void placeholderIsOnlyForIndividualBusinesses() {
        assertEquals(List.of("统一社会信用代码: 00000000000000000X仅用于无代码的个体工商户"), problems(Records.penalty()
                .party(Party.organisation("甲", UnifiedSocialCreditCode.INDIVIDUAL_BUSINESS_PLACEHOLDER, "乙")).build()));
    }

    @Test
    void organisationNeedsALegalRepresentativeAndNoPersonalId() {
        Party p = new Party("甲公司", PartyType.LEGAL_PERSON, ORG_CODE, null, null, null, null, null, null, null,
                new IdDocument(IdType.RESIDENT_ID, null, RESIDENT_ID));
        assertEquals(List.of("法定代表人: 必填", "证件类型: 仅行政相对人类别为自然人时填写"), problems(Records.penalty().party(p).build()));
    }

    @Test
    void naturalPersonNeedsAnIdAndNoOrganisationCodes() {
        assertEquals(List.of(), problems(Records.penalty().party(Records.person()).build()));
        Party wrong = new Party("李四", PartyType.NATURAL_PERSON, ORG_CODE, null, null, null, null, null, "李四", null, null);
        assertEquals(List.of("统一社会信用代码: 行政相对人类别为自然人时不应填写", "法定代表人: 行政相对人类别为自然人时不应填写",
                "证件类型: 行政相对人类别为自然人时必填", "证件号码: 行政相对人类别为自然人时必填"),
                problems(Records.penalty().party(wrong).build()));
    }

    @Test
    void otherIdTypeNeedsTheSpecificName() {
        IdDocument officer = IdDocument.of("其他-军官证", "军字第123456号");
        assertEquals(IdType.OTHER, officer.type());
        assertEquals("其他-军官证", officer.typeLabel());
        assertEquals(List.of(), problems(Records.penalty().party(Party.naturalPerson("李四", officer)).build()));
        assertEquals(List.of("证件类型: 选择“其他”时须注明具体证件名称，如“其他-军官证”"), problems(Records.penalty()
                .party(Party.naturalPerson("李四", IdDocument.of("其他", "123"))).build()));
        assertThrows(IllegalArgumentException.class, () -> IdDocument.of("驾驶证", "123"));
    }

    @Test
    void residentIdNumberIsCheckedByGb11643() {
        assertTrue(RecordValidator.isResidentIdNumber(RESIDENT_ID));
        assertFalse(RecordValidator.isResidentIdNumber("110105194912310021"));
        assertEquals(List.of("证件号码: 身份证号码应为18位且校验位正确（GB 11643-1999）"), problems(Records.penalty()
                .party(Party.naturalPerson("李四", new IdDocument(IdType.RESIDENT_ID, null, "110105194912310021")))
                .build()));
        assertEquals(List.of(), problems(Records.penalty()
                .party(Party.naturalPerson("John Smith", new IdDocument(IdType.PASSPORT, null, "E12345678"))).build()));
    }

    @Test
    void publicViewMasksNaturalPersonsIdNumbersAndTheFullRecordKeepsThem() {
        PenaltyRecord r = Records.penalty().party(Records.person()).build();
        assertEquals("110105********002X", r.publicFields().get("证件号码"));
        assertEquals("身份证", r.publicFields().get("证件类型"));
        assertEquals(RESIDENT_ID, r.fullFields().get("证件号码"));
        assertEquals(RESIDENT_ID, r.party().personId().number());
        Party withRepId = new Party("甲公司", PartyType.LEGAL_PERSON, ORG_CODE, null, null, null, null, null, "张三",
                new IdDocument(IdType.RESIDENT_ID, null, RESIDENT_ID), null);
        PermitRecord permit = Records.permit().party(withRepId).build();
        assertEquals(List.of(), problems(permit));
        assertEquals("110105********002X", permit.publicFields().get("法定代表人证件号码"));
        assertEquals(RESIDENT_ID, permit.fullFields().get("法定代表人证件号码"));
    }

    @ParameterizedTest(name = "{0} 元 = {1} 万元")
    @CsvSource({"123456.78, 12.345678", "0.01, 0.000001", "500000, 50.000000", "1, 0.000100", "0, 0.000000",
            "99999999999.99, 9999999.999999"})
    void amountsAreConvertedFromYuanToTenThousandYuanExactly(String yuan, String tenThousand) {
        BigDecimal converted = Amounts.toTenThousandYuan(new BigDecimal(yuan));
        assertEquals(tenThousand, converted.toPlainString());
        assertEquals(6, converted.scale());
    }

    @Test
    void publishedAmountsAreInTenThousandYuan() {
        Map<String, String> f = Records.penalty()
                .categories(PenaltyCategory.FINE, PenaltyCategory.CONFISCATION_OF_ILLEGAL_GAINS)
                .confiscatedYuan(new BigDecimal("8000")).build().publicFields();
        assertEquals("12.345678", f.get("罚款金额（万元）"));
        assertEquals("0.800000", f.get("没收违法所得、没收非法财物的金额（万元）"));
        assertEquals("罚款;没收违法所得", f.get("处罚类别"));
    }

    @Test
    void amountsBelowFenOrNegativeAreRejected() {
        assertThrows(ArithmeticException.class, () -> Amounts.toTenThousandYuan(new BigDecimal("0.001")));
        assertTrue(problems(Records.penalty().fineYuan(new BigDecimal("100.001")).build()).get(0)
                .startsWith("罚款金额（万元）: 金额（元）应不小于0且最多精确到分"));
        assertTrue(problems(Records.penalty().fineYuan(new BigDecimal("-5")).build()).get(0)
                .startsWith("罚款金额（万元）: 金额（元）应不小于0"));
        assertEquals(List.of(), problems(Records.penalty().fineYuan(new BigDecimal("100.10")).build()));
    }

    @Test
    void amountsFollowTheCategories() {
        assertEquals(List.of("罚款金额（万元）: 处罚类别含罚款时必填"), problems(Records.penalty().fineYuan(null).build()));
        assertEquals(List.of("罚款金额（万元）: 处罚类别不含罚款时不应填写"),
                problems(Records.penalty().categories(PenaltyCategory.WARNING).build()));
        assertEquals(List.of("没收违法所得、没收非法财物的金额（万元）: 处罚类别含没收违法所得时必填"), problems(Records.penalty()
                .categories(PenaltyCategory.FINE, PenaltyCategory.CONFISCATION_OF_ILLEGAL_GAINS).build()));
        assertEquals(List.of(), problems(Records.penalty()
                .categories(PenaltyCategory.FINE, PenaltyCategory.CONFISCATION_OF_ILLEGAL_PROPERTY).build()));
        assertEquals(List.of("没收违法所得、没收非法财物的金额（万元）: 处罚类别不含没收违法所得或没收非法财物时不应填写"),
                problems(Records.penalty().confiscatedYuan(BigDecimal.TEN).build()));
    }

    @Test
    void penaltyCategoryRules() {
        assertEquals(List.of("处罚类别: 选择“其他”时须注明具体类别，如“其他-…”"), problems(Records.penalty()
                .categories(PenaltyCategory.FINE, PenaltyCategory.OTHER).build()));
        PenaltyRecord other = Records.penalty().categories(PenaltyCategory.FINE, PenaltyCategory.OTHER)
                .otherCategory("责令限期拆除").build();
        assertEquals(List.of(), problems(other));
        assertEquals("罚款;其他-责令限期拆除", other.categoryLabel());
        assertEquals(List.of("处罚类别: 未选择“其他”时不应注明其他类别"),
                problems(Records.penalty().otherCategory("责令限期拆除").build()));
        assertEquals(List.of("暂扣或吊销证照名称及编号: 处罚类别含暂扣或吊销许可证件时必填"), problems(Records.penalty()
                .categories(PenaltyCategory.FINE, PenaltyCategory.LICENCE_REVOCATION).build()));
        assertEquals(List.of("处罚类别: 行政拘留仅适用于自然人"), problems(Records.penalty()
                .categories(PenaltyCategory.FINE, PenaltyCategory.ADMINISTRATIVE_DETENTION).build()));
        assertEquals(List.of(), problems(Records.penalty().party(Records.person())
                .categories(PenaltyCategory.FINE, PenaltyCategory.ADMINISTRATIVE_DETENTION).build()));
        assertEquals(PenaltyCategory.CLOSURE, PenaltyCategory.of("责令关闭"));
        assertEquals(PenaltyCategory.OTHER, PenaltyCategory.of("其他-责令限期拆除"));
        assertThrows(IllegalArgumentException.class, () -> PenaltyCategory.of("训诫"));
        assertEquals(14, PenaltyCategory.values().length);
    }

    @Test
    void penaltyDates() {
        assertEquals(List.of(), problems(Records.penalty().decisionDate(TODAY).validUntil(TODAY.plusYears(1))
                .displayUntil(TODAY.plusMonths(3)).build()));
        List<String> p = problems(Records.penalty().validUntil(LocalDate.parse("2025-09-25"))
                .displayUntil(LocalDate.parse("2025-01-01")).build());
        assertEquals(List.of("处罚有效期: 不得早于处罚决定日期（2025-09-26）: 2025-09-25",
                "公示截止期: 不得早于处罚决定日期（2025-09-26）: 2025-01-01"), p);
    }

    @Test
    void validPermitHasNoProblems() {
        assertEquals(List.of(), problems(Records.permit().build()));
    }

    @Test
    void emptyPermitReportsEveryRequiredFieldAtOnce() {
        assertEquals(List.of("行政相对人名称: 必填", "行政相对人类别: 必填", "行政许可决定文书名称: 必填",
                "行政许可决定文书号: 必填（无文书号时填写许可编号）", "许可类别: 必填", "许可内容: 必填", "许可决定日期: 必填",
                "有效期自: 必填", "有效期至: 必填", "许可机关: 必填", "许可机关统一社会信用代码: 必填", "当前状态: 必填",
                "数据来源单位: 必填", "数据来源单位统一社会信用代码: 必填"), problems(PermitRecord.builder().build()));
    }

    @Test
    void permitDocumentNumberFallsBackToThePermitNumber() {
        PermitRecord r = Records.permit().documentNumber(null).permitNumber("430100202500012").build();
        assertEquals(List.of(), problems(r));
        assertEquals("430100202500012", r.publicFields().get("行政许可决定文书号"));
    }

    @Test
    void permitValidityAndDecisionDate() {
        assertEquals(List.of("有效期至: 不得早于有效期自（2025-09-26）: 2025-09-25"),
                problems(Records.permit().validTo(LocalDate.parse("2025-09-25")).build()));
        assertEquals(List.of(), problems(Records.permit().validTo(LocalDate.parse("2025-09-26")).build()));
        assertEquals(List.of("许可决定日期: 不得晚于今天（2025-10-20）: 2025-10-21"),
                problems(Records.permit().decisionDate(LocalDate.parse("2025-10-21")).build()));
    }

    @Test
    void otherPermitCategoryNeedsTheSpecificType() {
        assertEquals(List.of("许可类别: 选择“其他”时须注明具体类别，如“其他-…”"),
                problems(Records.permit().category(PermitCategory.OTHER).build()));
        PermitRecord r = Records.permit().category(PermitCategory.OTHER).otherCategory("备案").build();
        assertEquals(List.of(), problems(r));
        assertEquals("其他-备案", r.publicFields().get("许可类别"));
        assertEquals(PermitCategory.APPROVAL, PermitCategory.of("核准"));
        assertThrows(IllegalArgumentException.class, () -> PermitCategory.of("审批"));
    }
}
