package org.sanxiang.api.records;

import org.sanxiang.api.domain.IdType;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.domain.UnifiedSocialCreditCode;

/**
 * A party to a case (当事人, 行政相对人). A legal person (法人及非法人组织) carries a valid
 * 统一社会信用代码; a 个体工商户 carries one or the placeholder {@code 00000000000000000X} together with its
 * 工商注册号; a natural person (自然人) carries an {@link IdType} and ID number.
 *
 * @param registrationNumber 工商注册号, required with the placeholder code, otherwise optional
 */
public record Party(PartyType type, String name, String creditCode, String registrationNumber, IdType idType,
                    String idNumber) {

    public Party {
        if (type == null) {
            throw new IllegalArgumentException("当事人类别不能为空");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("当事人名称不能为空");
        }
        switch (type) {
            case LEGAL_PERSON:
                String problem = UnifiedSocialCreditCode.problem(creditCode);
                if (problem != null) {
                    throw new IllegalArgumentException("当事人" + name + ": " + problem);
                }
                break;
            case INDIVIDUAL_BUSINESS:
                if (UnifiedSocialCreditCode.INDIVIDUAL_BUSINESS_PLACEHOLDER.equals(creditCode)) {
                    if (registrationNumber == null || registrationNumber.isBlank()) {
                        throw new IllegalArgumentException("个体工商户" + name + "无统一社会信用代码时必须填写工商注册号");
                    }
                } else if (!UnifiedSocialCreditCode.isValid(creditCode)) {
                    throw new IllegalArgumentException("当事人" + name + ": "
                            + UnifiedSocialCreditCode.problem(creditCode));
                }
                break;
            default:
                if (idType == null || idNumber == null || idNumber.isBlank()) {
                    throw new IllegalArgumentException("自然人" + name + "必须填写证件类型和证件号码");
                }
                break;
        }
    }

    public static Party legalPerson(String name, String creditCode) {
        return new Party(PartyType.LEGAL_PERSON, name, creditCode, null, null, null);
    }

    public static Party individualBusiness(String name, String creditCode, String registrationNumber) {
        return new Party(PartyType.INDIVIDUAL_BUSINESS, name, creditCode, registrationNumber, null, null);
    }

    public static Party naturalPerson(String name, IdType idType, String idNumber) {
        return new Party(PartyType.NATURAL_PERSON, name, null, null, idType, idNumber);
    }
}
