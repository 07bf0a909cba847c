package org.sanxiang.api.disclosure;

import org.sanxiang.api.domain.Labelled;

/**
 * Kinds of administrative permit (许可类别) of the 双公示 code list (行政许可法 Art. 12). {@link #OTHER}
 * (其他) is published as "其他-" followed by the specific kind.
 */
public enum PermitCategory implements Labelled {
    /** 普通 */
    ORDINARY("普通"),
    /** 特许 */
    FRANCHISE("特许"),
    /** 认可 */
    RECOGNITION("认可"),
    /** 核准 */
    APPROVAL("核准"),
    /** 登记 */
    REGISTRATION("登记"),
    /** 其他 (其他-…) */
    OTHER("其他");

    private final String chinese;

    PermitCategory(String chinese) {
        this.chinese = chinese;
    }

    /** The name in the code list. */
    @Override
    public String chinese() {
        return chinese;
    }

    /**
     * Looks a category up by its Chinese name (also "其他-…") or its identifier.
     *
     * @throws IllegalArgumentException when the name is not in the code list
     */
    public static PermitCategory of(String nameOrChinese) {
        if (nameOrChinese != null && nameOrChinese.startsWith("其他")) {
            return OTHER;
        }
        return Labelled.of(PermitCategory.class, nameOrChinese, "许可类别");
    }
}
