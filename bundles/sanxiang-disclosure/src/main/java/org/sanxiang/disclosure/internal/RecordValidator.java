package org.sanxiang.disclosure.internal;

import static org.sanxiang.api.disclosure.FieldNames.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/**
 * Validation of 双公示 2021 records (双公示数据校验). Every rule runs on every call, so the maker sees all
 * problems at once. Rules beyond "required" (必填):
 * <ul>
 * <li>统一社会信用代码 (party, authority, data source) by GB 32100-2015; {@code 00000000000000000X} only for a
 * 个体工商户, which then needs its 工商注册号;</li>
 * <li>法人及非法人组织 and 个体工商户 need a 法定代表人 and carry no personal identity document; a 自然人 needs
 * an identity document and carries no organisation codes and no 法定代表人;</li>
 * <li>identity documents: type from the code list, "其他-…" names the specific type, a 身份证 number has
 * 18 characters with a valid GB 11643-1999 check character;</li>
 * <li>处罚类别 "其他" needs the specific kind; 罚款 needs a 罚款金额 and 没收违法所得 a 没收金额 (and an amount
 * needs its category); 暂扣/吊销许可证件 need the licence's name and number; 行政拘留 only for a 自然人;</li>
 * <li>amounts in 元 are non-negative with at most 2 decimals (so the 万元 value is exact at 6 decimals);</li>
 * <li>dates: decision date not after today; 处罚有效期 and 公示截止期 not before the decision date;
 * 有效期至 not before 有效期自.</li>
 * </ul>
 */
final class RecordValidator {

    static final String REQUIRED = "必填";

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private RecordValidator() {
    }

    static List<Violation> validate(PenaltyRecord r, LocalDate today) {
        Problems p = new Problems();
        party(r.party(), p);
        p.required(PENALTY_DECISION_NUMBER, r.decisionNumber());
        p.required(VIOLATION_TYPE, r.violationType());
        p.required(VIOLATION_FACTS, r.violationFacts());
        p.required(PENALTY_BASIS, r.basis());
        Set<PenaltyCategory> cats = r.categories();
        if (cats.isEmpty()) {
            p.add(PENALTY_CATEGORY, REQUIRED);
        }
        otherCategory(PENALTY_CATEGORY, cats.contains(PenaltyCategory.OTHER), r.otherCategory(), p);
        if (cats.contains(PenaltyCategory.ADMINISTRATIVE_DETENTION) && r.party() != null
                && r.party().type() != null && r.party().type() != PartyType.NATURAL_PERSON) {
            p.add(PENALTY_CATEGORY, "行政拘留仅适用于自然人");
        }
        p.required(PENALTY_CONTENT, r.content());
        amount(FINE_AMOUNT, r.fineYuan(), cats.contains(PenaltyCategory.FINE), cats.contains(PenaltyCategory.FINE),
                "处罚类别含罚款时必填", "处罚类别不含罚款时不应填写", p);
        boolean gains = cats.contains(PenaltyCategory.CONFISCATION_OF_ILLEGAL_GAINS);
        boolean confiscation = gains || cats.contains(PenaltyCategory.CONFISCATION_OF_ILLEGAL_PROPERTY);
        amount(CONFISCATED_AMOUNT, r.confiscatedYuan(), gains, confiscation, "处罚类别含没收违法所得时必填",
                "处罚类别不含没收违法所得或没收非法财物时不应填写", p);
        if ((cats.contains(PenaltyCategory.LICENCE_SUSPENSION) || cats.contains(PenaltyCategory.LICENCE_REVOCATION))
                && blank(r.suspendedOrRevokedLicence())) {
            p.add(SUSPENDED_OR_REVOKED_LICENCE, "处罚类别含暂扣或吊销许可证件时必填");
        }
        decisionDate(PENALTY_DECISION_DATE, r.decisionDate(), today, p);
        notBefore(PENALTY_VALID_UNTIL, r.validUntil(), r.decisionDate(), PENALTY_DECISION_DATE, p);
        notBefore(DISPLAY_UNTIL, r.displayUntil(), r.decisionDate(), PENALTY_DECISION_DATE, p);
        p.required(PENALTY_AUTHORITY, r.authority());
        authorityCode(PENALTY_AUTHORITY_USCC, r.authorityUscc(), p);
        p.required(DATA_SOURCE, r.dataSource());
        authorityCode(DATA_SOURCE_USCC, r.dataSourceUscc(), p);
        return p.list();
    }

    static List<Violation> validate(PermitRecord r, LocalDate today) {
        Problems p = new Problems();
        party(r.party(), p);
        p.required(PERMIT_DOCUMENT_NAME, r.documentName());
        if (blank(r.effectiveDocumentNumber())) {
            p.add(PERMIT_DOCUMENT_NUMBER, "必填（无文书号时填写许可编号）");
        }
        if (r.category() == null) {
            p.add(PERMIT_CATEGORY, REQUIRED);
        }
        otherCategory(PERMIT_CATEGORY, r.category() == PermitCategory.OTHER, r.otherCategory(), p);
        p.required(PERMIT_CONTENT, r.content());
        decisionDate(PERMIT_DECISION_DATE, r.decisionDate(), today, p);
        if (r.validFrom() == null) {
            p.add(VALID_FROM, REQUIRED);
        }
        if (r.validTo() == null) {
            p.add(VALID_TO, REQUIRED);
        }
        notBefore(VALID_TO, r.validTo(), r.validFrom(), VALID_FROM, p);
        p.required(PERMIT_AUTHORITY, r.authority());
        authorityCode(PERMIT_AUTHORITY_USCC, r.authorityUscc(), p);
        if (r.status() == null) {
            p.add(PERMIT_STATUS, REQUIRED);
        }
        p.required(DATA_SOURCE, r.dataSource());
        authorityCode(DATA_SOURCE_USCC, r.dataSourceUscc(), p);
        return p.list();
    }

    private static void party(Party party, Problems p) {
        if (party == null) {
            p.add(PARTY_NAME, REQUIRED);
            p.add(PARTY_TYPE, REQUIRED);
            return;
        }
        p.required(PARTY_NAME, party.name());
        PartyType type = party.type();
        if (type == null) {
            p.add(PARTY_TYPE, REQUIRED);
            return;
        }
        switch (type) {
            case NATURAL_PERSON -> naturalPerson(party, p);
            case LEGAL_PERSON -> {
                partyCode(party.uscc(), false, p);
                organisation(party, p);
            }
            case INDIVIDUAL_BUSINESS -> {
                partyCode(party.uscc(), true, p);
                if (UnifiedSocialCreditCode.INDIVIDUAL_BUSINESS_PLACEHOLDER.equals(party.uscc())
                        && blank(party.businessRegistrationNumber())) {
                    p.add(BUSINESS_REGISTRATION_NUMBER, "统一社会信用代码为" + UnifiedSocialCreditCode.INDIVIDUAL_BUSINESS_PLACEHOLDER
                            + "时必填");
                }
                organisation(party, p);
            }
        }
    }

    private static void organisation(Party party, Problems p) {
        p.required(LEGAL_REPRESENTATIVE, party.legalRepresentative());
        if (party.legalRepresentativeId() != null) {
            idDocument(LEGAL_REPRESENTATIVE_ID_TYPE, LEGAL_REPRESENTATIVE_ID_NUMBER, party.legalRepresentativeId(), p);
        }
        if (party.personId() != null) {
            p.add(PERSON_ID_TYPE, "仅行政相对人类别为自然人时填写");
        }
    }

    private static void naturalPerson(Party party, Problems p) {
        String notForPersons = "行政相对人类别为自然人时不应填写";
        p.absent(USCC, party.uscc(), notForPersons);
        p.absent(BUSINESS_REGISTRATION_NUMBER, party.businessRegistrationNumber(), notForPersons);
        p.absent(ORGANISATION_CODE, party.organisationCode(), notForPersons);
        p.absent(TAX_REGISTRATION_NUMBER, party.taxRegistrationNumber(), notForPersons);
        p.absent(INSTITUTION_CERTIFICATE_NUMBER, party.institutionCertificateNumber(), notForPersons);
        p.absent(SOCIAL_ORGANISATION_NUMBER, party.socialOrganisationNumber(), notForPersons);
        p.absent(LEGAL_REPRESENTATIVE, party.legalRepresentative(), notForPersons);
        if (party.legalRepresentativeId() != null) {
            p.add(LEGAL_REPRESENTATIVE_ID_TYPE, notForPersons);
        }
        if (party.personId() == null) {
            p.add(PERSON_ID_TYPE, "行政相对人类别为自然人时必填");
            p.add(PERSON_ID_NUMBER, "行政相对人类别为自然人时必填");
        } else {
            idDocument(PERSON_ID_TYPE, PERSON_ID_NUMBER, party.personId(), p);
        }
    }

    private static void idDocument(String typeField, String numberField, IdDocument id, Problems p) {
        if (id.type() == null) {
            p.add(typeField, REQUIRED);
        } else if (id.type() == IdType.OTHER && blank(id.otherType())) {
            p.add(typeField, "选择“其他”时须注明具体证件名称，如“其他-军官证”");
        }
        if (blank(id.number())) {
            p.add(numberField, REQUIRED);
        } else if (id.type() == IdType.RESIDENT_ID && !isResidentIdNumber(id.number())) {
            p.add(numberField, "身份证号码应为18位且校验位正确（GB 11643-1999）");
        }
    }

    /** GB 11643-1999: 17 digits and a check character over weights 7,9,10,5,8,4,2,1,6,3,... mod 11. */
    static boolean isResidentIdNumber(String n) {
        if (n.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = n.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(n.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    private static void partyCode(String uscc, boolean placeholderAllowed, Problems p) {
        if (blank(uscc)) {
            p.add(USCC, placeholderAllowed ? "必填（无代码的个体工商户填写" + UnifiedSocialCreditCode.INDIVIDUAL_BUSINESS_PLACEHOLDER + "）"
                    : REQUIRED);
        } else if (UnifiedSocialCreditCode.INDIVIDUAL_BUSINESS_PLACEHOLDER.equals(uscc)) {
            if (!placeholderAllowed) {
                p.add(USCC, UnifiedSocialCreditCode.INDIVIDUAL_BUSINESS_PLACEHOLDER + "仅用于无代码的个体工商户");
            }
        } else {
            code(USCC, uscc, p);
        }
    }

    private static void authorityCode(String field, String uscc, Problems p) {
        if (blank(uscc)) {
            p.add(field, REQUIRED);
        } else {
            code(field, uscc, p);
        }
    }

    private static void code(String field, String uscc, Problems p) {
        String problem = UnifiedSocialCreditCode.problem(uscc);
        if (problem != null) {
            int english = problem.indexOf(" / ");
            p.add(field, english < 0 ? problem : problem.substring(0, english));
        }
    }

    private static void otherCategory(String field, boolean other, String otherText, Problems p) {
        if (other && blank(otherText)) {
            p.add(field, "选择“其他”时须注明具体类别，如“其他-…”");
        } else if (!other && !blank(otherText)) {
            p.add(field, "未选择“其他”时不应注明其他类别");
        }
    }

    private static void amount(String field, BigDecimal yuan, boolean required, boolean allowed, String requiredMessage,
            String notAllowedMessage, Problems p) {
        if (yuan == null) {
            if (required) {
                p.add(field, requiredMessage);
            }
            return;
        }
        if (!allowed) {
            p.add(field, notAllowedMessage);
        }
        if (!Amounts.isValidYuan(yuan)) {
            p.add(field, "金额（元）应不小于0且最多精确到分（两位小数）: " + yuan.toPlainString());
        } else if (required && yuan.signum() == 0) {
            p.add(field, "金额应大于0");
        }
    }

    private static void decisionDate(String field, LocalDate date, LocalDate today, Problems p) {
        if (date == null) {
            p.add(field, REQUIRED);
        } else if (date.isAfter(today)) {
            p.add(field, "不得晚于今天（" + today + "）: " + date);
        }
    }

    private static void notBefore(String field, LocalDate date, LocalDate reference, String referenceField,
            Problems p) {
        if (date != null && reference != null && date.isBefore(reference)) {
            p.add(field, "不得早于" + referenceField + "（" + reference + "）: " + date);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The problems found so far, in the order of the standard's fields. */
    private static final class Problems {
        private final List<Violation> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new Violation(field, message));
        }

        void required(String field, String value) {
            if (blank(value)) {
                add(field, REQUIRED);
            }
        }

        void absent(String field, String value, String message) {
            if (!blank(value)) {
                add(field, message);
            }
        }

        List<Violation> list() {
            return List.copyOf(list);
        }
    }
}
