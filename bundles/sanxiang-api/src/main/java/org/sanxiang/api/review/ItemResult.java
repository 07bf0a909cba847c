package org.sanxiang.api.review;

import org.sanxiang.api.domain.Labelled;

/** The answer to one check item: 通过 or 存在问题. */
public enum ItemResult implements Labelled {
    /** 通过 */
    PASS("通过"),
    /** 存在问题 */
    PROBLEM("存在问题");

    private final String chinese;

    ItemResult(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
