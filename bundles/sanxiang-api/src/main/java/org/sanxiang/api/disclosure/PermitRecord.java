package org.sanxiang.api.disclosure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 行政许可 record of the 双公示 2021 standard (信用中国). Identity numbers are kept in full and masked in
 * {@link #publicFields()}. Whether a record is complete and consistent is decided by
 * {@link DisclosureRules#validate(PermitRecord, LocalDate)}.
 *
 * @param party 行政相对人 and its codes
 * @param documentName 行政许可决定文书名称*
 * @param documentNumber 行政许可决定文书号* — when absent, the 许可编号 stands in for it
 * @param category 许可类别*
 * @param otherCategory the specific kind when {@code category} is {@link PermitCategory#OTHER}
 * @param certificateName 许可证书名称
 * @param permitNumber 许可编号
 * @param content 许可内容*
 * @param decisionDate 许可决定日期*
 * @param validFrom 有效期自*
 * @param validTo 有效期至*
 * @param authority 许可机关*
 * @param authorityUscc 许可机关统一社会信用代码*
 * @param status 当前状态*
 * @param dataSource 数据来源单位*
 * @param dataSourceUscc 数据来源单位统一社会信用代码*
 * @param remarks 备注
 */
public record PermitRecord(Party party, String documentName, String documentNumber, PermitCategory category,
        String otherCategory, String certificateName, String permitNumber, String content, LocalDate decisionDate,
        LocalDate validFrom, LocalDate validTo, String authority, String authorityUscc, PermitStatus status,
        String dataSource, String dataSourceUscc, String remarks) {

    /** The 行政许可决定文书号 as published: the document number, or the 许可编号 when there is none. */
    public String effectiveDocumentNumber() {
        return documentNumber == null || documentNumber.isBlank() ? permitNumber : documentNumber;
    }

    /** The category as published ("其他-…" for 其他). */
    public String categoryLabel() {
        if (category == null) {
            return null;
        }
        return category == PermitCategory.OTHER ? "其他-" + (otherCategory == null ? "" : otherCategory)
                : category.chinese();
    }

    /** The record as published: ID numbers masked. */
    public Map<String, String> publicFields() {
        return fields(true);
    }

    /** The full record, ID numbers unmasked. */
    public Map<String, String> fullFields() {
        return fields(false);
    }

    private Map<String, String> fields(boolean forPublic) {
        Map<String, String> f = new LinkedHashMap<>(party == null ? Map.of() : party.fields(forPublic));
        f.put(FieldNames.PERMIT_DOCUMENT_NAME, documentName);
        f.put(FieldNames.PERMIT_DOCUMENT_NUMBER, effectiveDocumentNumber());
        f.put(FieldNames.PERMIT_CATEGORY, categoryLabel());
        f.put(FieldNames.PERMIT_CERTIFICATE_NAME, certificateName);
        f.put(FieldNames.PERMIT_NUMBER, permitNumber);
        f.put(FieldNames.PERMIT_CONTENT, content);
        f.put(FieldNames.PERMIT_DECISION_DATE, text(decisionDate));
        f.put(FieldNames.VALID_FROM, text(validFrom));
        f.put(FieldNames.VALID_TO, text(validTo));
        f.put(FieldNames.PERMIT_AUTHORITY, authority);
        f.put(FieldNames.PERMIT_AUTHORITY_USCC, authorityUscc);
        f.put(FieldNames.PERMIT_STATUS, status == null ? null : status.chinese());
        f.put(FieldNames.DATA_SOURCE, dataSource);
        f.put(FieldNames.DATA_SOURCE_USCC, dataSourceUscc);
        f.put(FieldNames.REMARKS, remarks);
        return f;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().party(party).documentName(documentName).documentNumber(documentNumber)
                .category(category).otherCategory(otherCategory).certificateName(certificateName)
                .permitNumber(permitNumber).content(content).decisionDate(decisionDate).validFrom(validFrom)
                .validTo(validTo).authority(authority).authorityUscc(authorityUscc).status(status)
                .dataSource(dataSource).dataSourceUscc(dataSourceUscc).remarks(remarks);
    }

    /** Builds a {@link PermitRecord}; every field optional here, validation says what is missing. */
    public static final class Builder {
        private Party party;
        private String documentName;
        private String documentNumber;
        private PermitCategory category;
        private String otherCategory;
        private String certificateName;
        private String permitNumber;
        private String content;
        private LocalDate decisionDate;
        private LocalDate validFrom;
        private LocalDate validTo;
        private String authority;
        private String authorityUscc;
        private PermitStatus status;
        private String dataSource;
        private String dataSourceUscc;
        private String remarks;

        private Builder() {
        }

        public Builder party(Party v) { party = v; return this; }
        public Builder documentName(String v) { documentName = v; return this; }
        public Builder documentNumber(String v) { documentNumber = v; return this; }
        public Builder category(PermitCategory v) { category = v; return this; }
        public Builder otherCategory(String v) { otherCategory = v; return this; }
        public Builder certificateName(String v) { certificateName = v; return this; }
        public Builder permitNumber(String v) { permitNumber = v; return this; }
        public Builder content(String v) { content = v; return this; }
        public Builder decisionDate(LocalDate v) { decisionDate = v; return this; }
        public Builder validFrom(LocalDate v) { validFrom = v; return this; }
        public Builder validTo(LocalDate v) { validTo = v; return this; }
        public Builder authority(String v) { authority = v; return this; }
        public Builder authorityUscc(String v) { authorityUscc = v; return this; }
        public Builder status(PermitStatus v) { status = v; return this; }
        public Builder dataSource(String v) { dataSource = v; return this; }
        public Builder dataSourceUscc(String v) { dataSourceUscc = v; return this; }
        public Builder remarks(String v) { remarks = v; return this; }

        public PermitRecord build() {
            return new PermitRecord(party, documentName, documentNumber, category, otherCategory, certificateName,
                    permitNumber, content, decisionDate, validFrom, validTo, authority, authorityUscc, status,
                    dataSource, dataSourceUscc, remarks);
        }
    }
}
