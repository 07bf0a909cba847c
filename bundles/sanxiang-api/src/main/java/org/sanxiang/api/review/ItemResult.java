package org.sanxiang.api.review;

/** The answer to one check item: 通过 or 存在问题. */
public enum ItemResult {
    /** 通过 */
    PASS("通过"),
    /** 存在问题 */
    PROBLEM("存在问题");

    private final String chinese;

    ItemResult(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
