package org.sanxiang.api.disclosure;

/** Current state of a permit (当前状态) in the 双公示 permit record. */
public enum PermitStatus {
    /** 有效 */
    VALID("有效"),
    /** 无效 */
    INVALID("无效");

    private final String chinese;

    PermitStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
