package org.sanxiang.api.disclosure;

/**
 * The Chinese field names of the 双公示 2021 records (信用中国), as used in validation messages and in the
 * published field maps.
 */
public final class FieldNames {

    public static final String PARTY_NAME = "行政相对人名称";
    public static final String PARTY_TYPE = "行政相对人类别";
    public static final String USCC = "统一社会信用代码";
    public static final String BUSINESS_REGISTRATION_NUMBER = "工商注册号";
    public static final String ORGANISATION_CODE = "组织机构代码";
    public static final String TAX_REGISTRATION_NUMBER = "税务登记号";
    public static final String INSTITUTION_CERTIFICATE_NUMBER = "事业单位证书号";
    public static final String SOCIAL_ORGANISATION_NUMBER = "社会组织登记证号";
    public static final String LEGAL_REPRESENTATIVE = "法定代表人";
    public static final String LEGAL_REPRESENTATIVE_ID_TYPE = "法定代表人证件类型";
    public static final String LEGAL_REPRESENTATIVE_ID_NUMBER = "法定代表人证件号码";
    public static final String PERSON_ID_TYPE = "证件类型";
    public static final String PERSON_ID_NUMBER = "证件号码";

    public static final String PENALTY_DECISION_NUMBER = "行政处罚决定书文号";
    public static final String VIOLATION_TYPE = "违法行为类型";
    public static final String VIOLATION_FACTS = "违法事实";
    public static final String PENALTY_BASIS = "处罚依据";
    public static final String PENALTY_CATEGORY = "处罚类别";
    public static final String PENALTY_CONTENT = "处罚内容";
    public static final String FINE_AMOUNT = "罚款金额（万元）";
    public static final String CONFISCATED_AMOUNT = "没收违法所得、没收非法财物的金额（万元）";
    public static final String SUSPENDED_OR_REVOKED_LICENCE = "暂扣或吊销证照名称及编号";
    public static final String PENALTY_DECISION_DATE = "处罚决定日期";
    public static final String PENALTY_VALID_UNTIL = "处罚有效期";
    public static final String DISPLAY_UNTIL = "公示截止期";
    public static final String PENALTY_AUTHORITY = "处罚机关";
    public static final String PENALTY_AUTHORITY_USCC = "处罚机关统一社会信用代码";

    public static final String PERMIT_DOCUMENT_NAME = "行政许可决定文书名称";
    public static final String PERMIT_DOCUMENT_NUMBER = "行政许可决定文书号";
    public static final String PERMIT_CATEGORY = "许可类别";
    public static final String PERMIT_CERTIFICATE_NAME = "许可证书名称";
    public static final String PERMIT_NUMBER = "许可编号";
    public static final String PERMIT_CONTENT = "许可内容";
    public static final String PERMIT_DECISION_DATE = "许可决定日期";
    public static final String VALID_FROM = "有效期自";
    public static final String VALID_TO = "有效期至";
    public static final String PERMIT_AUTHORITY = "许可机关";
    public static final String PERMIT_AUTHORITY_USCC = "许可机关统一社会信用代码";
    public static final String PERMIT_STATUS = "当前状态";

    public static final String DATA_SOURCE = "数据来源单位";
    public static final String DATA_SOURCE_USCC = "数据来源单位统一社会信用代码";
    public static final String REMARKS = "备注";

    private FieldNames() {
    }
}
