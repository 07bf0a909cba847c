package org.sanxiang.api.review;

import org.sanxiang.api.domain.Labelled;

/** Where a review request stands (审核状态). */
public enum ReviewState implements Labelled {
    /** 待补齐材料: submitted, materials incomplete; the time limit has not started */
    AWAITING_MATERIALS("待补齐材料"),
    /** 审核中: materials complete, the time limit runs */
    IN_REVIEW("审核中"),
    /** 补充材料中: the reviewer asked for supplements; the time limit pauses */
    SUPPLEMENT_REQUESTED("补充材料中(计时暂停)"),
    /** 已出具意见 */
    COMPLETED("已出具审核意见"),
    /** 已失效: the proposal was revised before an opinion was given */
    SUPERSEDED("已失效(拟作出决定已修改)");

    private final String chinese;

    ReviewState(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** Whether the request is still open (not completed, not superseded). */
    public boolean open() {
        return this == AWAITING_MATERIALS || this == IN_REVIEW || this == SUPPLEMENT_REQUESTED;
    }
}
