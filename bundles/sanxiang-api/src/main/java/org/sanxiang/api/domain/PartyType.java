package org.sanxiang.api.domain;

/** Kinds of party (行政相对人类别) in the 双公示 2021 code list. */
public enum PartyType {
    /** 法人及非法人组织 */
    LEGAL_PERSON("法人及非法人组织"),
    /** 自然人 */
    NATURAL_PERSON("自然人"),
    /** 个体工商户 */
    INDIVIDUAL_BUSINESS("个体工商户");

    private final String chinese;

    PartyType(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static PartyType of(String nameOrChinese) {
        for (PartyType t : values()) {
            if (t.chinese.equals(nameOrChinese) || t.name().equalsIgnoreCase(nameOrChinese)) {
                return t;
            }
        }
        throw new IllegalArgumentException("未知的行政相对人类别 / unknown party type: " + nameOrChinese);
    }
}
