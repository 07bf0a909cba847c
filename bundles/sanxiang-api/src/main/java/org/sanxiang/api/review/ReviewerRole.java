package org.sanxiang.api.review;

import org.sanxiang.api.domain.Labelled;

/** Roles in the legal review (R-L2). Only {@link #REVIEWER}s of the legal office with the qualification sign. */
public enum ReviewerRole implements Labelled {
    /** 法制审核人员 */
    REVIEWER("法制审核人员"),
    /** 法律顾问 */
    LEGAL_ADVISER("法律顾问"),
    /** 公职律师 */
    PUBLIC_LAWYER("公职律师");

    private final String chinese;

    ReviewerRole(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
