package org.sanxiang.api.review;

/** Hearing (听证) in the case behind a proposed decision. */
public enum HearingStatus {
    /** 未申请听证 */
    NONE("未申请听证"),
    /** 当事人已申请听证 (not yet held) */
    REQUESTED("已申请听证"),
    /** 已举行听证 */
    HELD("已举行听证");

    private final String chinese;

    HearingStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
