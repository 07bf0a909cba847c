package org.sanxiang.api.review;

import org.sanxiang.api.domain.Labelled;

/** The binding conclusion of a collective discussion (集体讨论决定). */
public enum DiscussionConclusion implements Labelled {
    /** 按拟作出决定作出: the discussed proposal version may be decided */
    PROCEED("按拟作出决定作出"),
    /** 修改后重新审核: the unit revises; the new version needs a new review */
    REVISE("修改后重新送审"),
    /** 不予作出 */
    NOT_DECIDE("不予作出该决定"),
    /** 移送司法机关 */
    TRANSFER("移送司法机关");

    private final String chinese;

    DiscussionConclusion(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
