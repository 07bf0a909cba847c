package org.sanxiang.api.review;

import org.sanxiang.api.domain.Labelled;

/** Hearing (听证) in the case behind a proposed decision. */
public enum HearingStatus implements Labelled {
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

    @Override
    public String chinese() {
        return chinese;
    }
}
