package org.sanxiang.api.disclosure;

import org.sanxiang.api.domain.Labelled;

/** Current state of a permit (当前状态) in the 双公示 permit record. */
public enum PermitStatus implements Labelled {
    /** 有效 */
    VALID("有效"),
    /** 无效 */
    INVALID("无效");

    private final String chinese;

    PermitStatus(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
