package org.sanxiang.api.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A 行政处罚 record of the 双公示 2021 standard (信用中国). Amounts are kept in 元 and published in 万元
 * ({@link Amounts}); identity numbers are kept in full and masked in {@link #publicFields()}. Whether a
 * record is complete and consistent is decided by {@link DisclosureRules#validate(PenaltyRecord, LocalDate)}.
 *
 * @param party 行政相对人 and its codes
 * @param decisionNumber 行政处罚决定书文号*
 * @param violationType 违法行为类型*
 * @param violationFacts 违法事实*
 * @param basis 处罚依据*
 * @param categories 处罚类别* — one or more
 * @param otherCategory the specific kind when {@code categories} holds {@link PenaltyCategory#OTHER}
 * @param content 处罚内容*
 * @param fineYuan 罚款金额 in 元, published in 万元
 * @param confiscatedYuan 没收违法所得、没收非法财物的金额 in 元, published in 万元
 * @param suspendedOrRevokedLicence 暂扣或吊销证照名称及编号
 * @param decisionDate 处罚决定日期*
 * @param validUntil 处罚有效期
 * @param displayUntil 公示截止期
 * @param authority 处罚机关*
 * @param authorityUscc 处罚机关统一社会信用代码*
 * @param dataSource 数据来源单位*
 * @param dataSourceUscc 数据来源单位统一社会信用代码*
 * @param remarks 备注
 */
public record PenaltyRecord(Party party, String decisionNumber, String violationType, String violationFacts,
        String basis, Set<PenaltyCategory> categories, String otherCategory, String content, BigDecimal fineYuan,
        BigDecimal confiscatedYuan, String suspendedOrRevokedLicence, LocalDate decisionDate,
        LocalDate validUntil, LocalDate displayUntil, String authority, String authorityUscc, String dataSource,
        String dataSourceUscc, String remarks) {

    public PenaltyRecord {
        categories = categories == null || categories.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(categories));
    }

    /** The categories as published, in code-list order, separated by {@code ;} ("其他-…" for 其他). */
    public String categoryLabel() {
        return categories.stream().sorted()
                .map(c -> c == PenaltyCategory.OTHER ? "其他-" + (otherCategory == null ? "" : otherCategory)
                        : c.chinese())
                .collect(Collectors.joining(";"));
    }

    /**
     * The record as published: ID numbers masked, amounts in 万元 with 6 decimals. Validate first: an
     * amount below 分 cannot be converted exactly and throws {@link ArithmeticException}.
     */
    public Map<String, String> publicFields() {
        return fields(true);
    }

    /** The full record, ID numbers unmasked, amounts in 万元 with 6 decimals. */
    public Map<String, String> fullFields() {
        return fields(false);
    }

    private Map<String, String> fields(boolean forPublic) {
        Map<String, String> f = new LinkedHashMap<>(party == null ? Map.of() : party.fields(forPublic));
        f.put(FieldNames.PENALTY_DECISION_NUMBER, decisionNumber);
        f.put(FieldNames.VIOLATION_TYPE, violationType);
        f.put(FieldNames.VIOLATION_FACTS, violationFacts);
        f.put(FieldNames.PENALTY_BASIS, basis);
        f.put(FieldNames.PENALTY_CATEGORY, categoryLabel());
        f.put(FieldNames.PENALTY_CONTENT, content);
        f.put(FieldNames.FINE_AMOUNT, tenThousand(fineYuan));
        f.put(FieldNames.CONFISCATED_AMOUNT, tenThousand(confiscatedYuan));
        f.put(FieldNames.SUSPENDED_OR_REVOKED_LICENCE, suspendedOrRevokedLicence);
        f.put(FieldNames.PENALTY_DECISION_DATE, text(decisionDate));
        f.put(FieldNames.PENALTY_VALID_UNTIL, text(validUntil));
        f.put(FieldNames.DISPLAY_UNTIL, text(displayUntil));
        f.put(FieldNames.PENALTY_AUTHORITY, authority);
        f.put(FieldNames.PENALTY_AUTHORITY_USCC, authorityUscc);
        f.put(FieldNames.DATA_SOURCE, dataSource);
        f.put(FieldNames.DATA_SOURCE_USCC, dataSourceUscc);
        f.put(FieldNames.REMARKS, remarks);
        return f;
    }

    private static String tenThousand(BigDecimal yuan) {
        return yuan == null ? null : Amounts.toTenThousandYuan(yuan).toPlainString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A copy with the 公示截止期 set (e.g. from {@link DisclosureRules#displayUntil}). */
    public PenaltyRecord withDisplayUntil(LocalDate until) {
        return toBuilder().displayUntil(until).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().party(party).decisionNumber(decisionNumber).violationType(violationType)
                .violationFacts(violationFacts).basis(basis).categories(categories).otherCategory(otherCategory)
                .content(content).fineYuan(fineYuan).confiscatedYuan(confiscatedYuan)
                .suspendedOrRevokedLicence(suspendedOrRevokedLicence).decisionDate(decisionDate)
                .validUntil(validUntil).displayUntil(displayUntil).authority(authority).authorityUscc(authorityUscc)
                .dataSource(dataSource).dataSourceUscc(dataSourceUscc).remarks(remarks);
    }

    /** Builds a {@link PenaltyRecord}; every field optional here, validation says what is missing. */
    public static final class Builder {
        private Party party;
        private String decisionNumber;
        private String violationType;
        private String violationFacts;
        private String basis;
        private Set<PenaltyCategory> categories = Set.of();
        private String otherCategory;
        private String content;
        private BigDecimal fineYuan;
        private BigDecimal confiscatedYuan;
        private String suspendedOrRevokedLicence;
        private LocalDate decisionDate;
        private LocalDate validUntil;
        private LocalDate displayUntil;
        private String authority;
        private String authorityUscc;
        private String dataSource;
        private String dataSourceUscc;
        private String remarks;

        private Builder() {
        }

        public Builder party(Party v) { party = v; return this; }
        public Builder decisionNumber(String v) { decisionNumber = v; return this; }
        public Builder violationType(String v) { violationType = v; return this; }
        public Builder violationFacts(String v) { violationFacts = v; return this; }
        public Builder basis(String v) { basis = v; return this; }
        public Builder categories(Collection<PenaltyCategory> v) { categories = v == null ? Set.of() : Set.copyOf(v); return this; }
        public Builder categories(PenaltyCategory... v) { categories = Set.of(v); return this; }
        public Builder otherCategory(String v) { otherCategory = v; return this; }
        public Builder content(String v) { content = v; return this; }
        public Builder fineYuan(BigDecimal v) { fineYuan = v; return this; }
        public Builder confiscatedYuan(BigDecimal v) { confiscatedYuan = v; return this; }
        public Builder suspendedOrRevokedLicence(String v) { suspendedOrRevokedLicence = v; return this; }
        public Builder decisionDate(LocalDate v) { decisionDate = v; return this; }
        public Builder validUntil(LocalDate v) { validUntil = v; return this; }
        public Builder displayUntil(LocalDate v) { displayUntil = v; return this; }
        public Builder authority(String v) { authority = v; return this; }
        public Builder authorityUscc(String v) { authorityUscc = v; return this; }
        public Builder dataSource(String v) { dataSource = v; return this; }
        public Builder dataSourceUscc(String v) { dataSourceUscc = v; return this; }
        public Builder remarks(String v) { remarks = v; return this; }

        public PenaltyRecord build() {
            return new PenaltyRecord(party, decisionNumber, violationType, violationFacts, basis, categories,
                    otherCategory, content, fineYuan, confiscatedYuan, suspendedOrRevokedLicence, decisionDate,
                    validUntil, displayUntil, authority, authorityUscc, dataSource, dataSourceUscc, remarks);
        }
    }
}
