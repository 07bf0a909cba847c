package org.sanxiang.api.review;

import org.sanxiang.api.domain.Labelled;

/** The conclusion of a review opinion (审核结论). Only {@link #APPROVE} lets the decision be made. */
public enum Outcome implements Labelled {
    /** 同意 */
    APPROVE("同意"),
    /** 建议修改:补充调查 */
    REVISE_INVESTIGATE("建议修改(补充调查)"),
    /** 建议修改:改正 */
    REVISE_CORRECT("建议修改(改正)"),
    /** 不同意 */
    DISAGREE("不同意"),
    /** 建议移送 (司法机关) */
    TRANSFER("建议移送");

    private final String chinese;

    Outcome(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
