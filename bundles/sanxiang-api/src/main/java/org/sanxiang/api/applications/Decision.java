package org.sanxiang.api.applications;

import org.sanxiang.api.domain.Labelled;

/** The outcome of a permit application (审批结果). */
public enum Decision implements Labelled {
    /** 准予许可 */
    APPROVED("准予许可"),
    /** 不予许可 */
    REFUSED("不予许可");

    private final String chinese;

    Decision(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
