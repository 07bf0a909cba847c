package org.sanxiang.api.domain;

/** Kinds of party (行政相对人类别) in the 双公示 2021 code list. */
public enum PartyType implements Labelled {
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

    @Override
    public String chinese() {
        return chinese;
    }

    /**
     * A party's name as the public may see it on a screen or in a progress enquiry: a natural person's name
     * (personal data) keeps its first character and masks the rest, one {@code *} per character (at least one);
     * every other party's name is public as it is.
     */
    public String publicName(String name) {
        if (this != NATURAL_PERSON || name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    public static PartyType of(String nameOrChinese) {
        return Labelled.of(PartyType.class, nameOrChinese, "行政相对人类别 / unknown party type");
    }
}
