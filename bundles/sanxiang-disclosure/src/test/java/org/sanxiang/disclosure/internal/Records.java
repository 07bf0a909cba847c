package org.sanxiang.disclosure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sanxiang.api.disclosure.IdDocument;
import org.sanxiang.api.disclosure.Party;
import org.sanxiang.api.disclosure.PenaltyCategory;
import org.sanxiang.api.disclosure.PenaltyRecord;
import org.sanxiang.api.disclosure.PermitCategory;
import org.sanxiang.api.disclosure.PermitRecord;
import org.sanxiang.api.disclosure.PermitStatus;
import org.sanxiang.api.domain.IdType;

/** Valid example records for tests; each test changes what it examines. */
final class Records {

    /** Valid GB 32100 code (the standard's published example). */
    static final String ORG_CODE = "91350100M000100Y43";
    /** Valid code whose weighted sum of the first 17 characters is ≡ 0 mod 31 (check character 0). */
    static final String SUM_ZERO_CODE = "1A0000000000000000";
    /** A valid GB 11643 resident ID number (the standard's example). */
    static final String RESIDENT_ID = "11010519491231002X";
    static final LocalDate TODAY = LocalDate.parse("2025-10-20");

    private Records() {
    }

    static PenaltyRecord.Builder penalty() {
        return PenaltyRecord.builder()
                .party(Party.organisation("三湘示范有限公司", ORG_CODE, "张三"))
                .decisionNumber("湘自然资罚〔2025〕12号")
                .violationType("未经批准非法占用土地")
                .violationFacts("当事人未经批准占用集体土地建设厂房。")
                .basis("《中华人民共和国土地管理法》第七十七条")
                .categories(PenaltyCategory.FINE)
                .content("罚款人民币123456.78元")
                .fineYuan(new BigDecimal("123456.78"))
                .decisionDate(LocalDate.parse("2025-09-26"))
                .authority("三湘市自然资源局")
                .authorityUscc(SUM_ZERO_CODE)
                .dataSource("三湘市自然资源局")
                .dataSourceUscc(SUM_ZERO_CODE);
    }

    static Party person() {
        return Party.naturalPerson("李四", new IdDocument(IdType.RESIDENT_ID, null, RESIDENT_ID));
    }

    static PermitRecord.Builder permit() {
        return PermitRecord.builder()
                .party(Party.organisation("三湘示范有限公司", ORG_CODE, "张三"))
                .documentName("建设用地规划许可证")
                .documentNumber("地字第430100202500012号")
                .category(PermitCategory.ORDINARY)
                .content("核发建设用地规划许可证")
                .decisionDate(LocalDate.parse("2025-09-26"))
                .validFrom(LocalDate.parse("2025-09-26"))
                .validTo(LocalDate.parse("2028-09-25"))
                .authority("三湘市自然资源局")
                .authorityUscc(SUM_ZERO_CODE)
                .status(PermitStatus.VALID)
                .dataSource("三湘市自然资源局")
                .dataSourceUscc(SUM_ZERO_CODE);
    }
}
