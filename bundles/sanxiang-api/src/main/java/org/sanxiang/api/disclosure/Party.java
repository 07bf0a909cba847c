package org.sanxiang.api.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sanxiang.api.domain.PartyType;

/**
 * The party (行政相对人) of a 双公示 record with its codes. Which codes are required depends on the
 * {@link PartyType}: a 法人及非法人组织 or 个体工商户 has a 统一社会信用代码 (a 个体工商户 without one is
 * reported with {@code 00000000000000000X} and then needs its 工商注册号) and a 法定代表人; a 自然人 has an
 * identity document instead.
 *
 * @param name 行政相对人名称
 * @param type 行政相对人类别
 * @param uscc 统一社会信用代码
 * @param businessRegistrationNumber 工商注册号
 * @param organisationCode 组织机构代码
 * @param taxRegistrationNumber 税务登记号
 * @param institutionCertificateNumber 事业单位证书号
 * @param socialOrganisationNumber 社会组织登记证号
 * @param legalRepresentative 法定代表人 (负责人, 经营者)
 * @param legalRepresentativeId 法定代表人证件类型 / 证件号码, optional
 * @param personId 自然人证件类型 / 证件号码, for a 自然人
 */
public record Party(String name, PartyType type, String uscc, String businessRegistrationNumber,
        String organisationCode, String taxRegistrationNumber, String institutionCertificateNumber,
        String socialOrganisationNumber, String legalRepresentative, IdDocument legalRepresentativeId,
        IdDocument personId) {

    /** An organisation (法人及非法人组织) identified by its 统一社会信用代码. */
    public static Party organisation(String name, String uscc, String legalRepresentative) {
        return new Party(name, PartyType.LEGAL_PERSON, uscc, null, null, null, null, null, legalRepresentative,
                null, null);
    }

    /** A 个体工商户; {@code uscc} may be {@code 00000000000000000X} when it then has a 工商注册号. */
    public static Party individualBusiness(String name, String uscc, String businessRegistrationNumber,
            String operator) {
        return new Party(name, PartyType.INDIVIDUAL_BUSINESS, uscc, businessRegistrationNumber, null, null, null,
                null, operator, null, null);
    }

    /** A natural person (自然人) with an identity document. */
    public static Party naturalPerson(String name, IdDocument id) {
        return new Party(name, PartyType.NATURAL_PERSON, null, null, null, null, null, null, null, null, id);
    }

    /**
     * The party's fields in the order of the standard; with {@code forPublic} every identity number of a
     * natural person (the party's and the legal representative's) is masked.
     */
    public Map<String, String> fields(boolean forPublic) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(FieldNames.PARTY_NAME, name);
        f.put(FieldNames.PARTY_TYPE, type == null ? null : type.chinese());
        f.put(FieldNames.USCC, uscc);
        f.put(FieldNames.BUSINESS_REGISTRATION_NUMBER, businessRegistrationNumber);
        f.put(FieldNames.ORGANISATION_CODE, organisationCode);
        f.put(FieldNames.TAX_REGISTRATION_NUMBER, taxRegistrationNumber);
        f.put(FieldNames.INSTITUTION_CERTIFICATE_NUMBER, institutionCertificateNumber);
        f.put(FieldNames.SOCIAL_ORGANISATION_NUMBER, socialOrganisationNumber);
        f.put(FieldNames.LEGAL_REPRESENTATIVE, legalRepresentative);
        f.put(FieldNames.LEGAL_REPRESENTATIVE_ID_TYPE, legalRepresentativeId == null ? null
                : legalRepresentativeId.typeLabel());
        f.put(FieldNames.LEGAL_REPRESENTATIVE_ID_NUMBER, legalRepresentativeId == null ? null
                : forPublic ? legalRepresentativeId.maskedNumber() : legalRepresentativeId.number());
        f.put(FieldNames.PERSON_ID_TYPE, personId == null ? null : personId.typeLabel());
        f.put(FieldNames.PERSON_ID_NUMBER, personId == null ? null
                : forPublic ? personId.maskedNumber() : personId.number());
        return f;
    }
}
