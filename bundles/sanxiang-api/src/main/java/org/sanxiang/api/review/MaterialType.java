package org.sanxiang.api.review;

import org.sanxiang.api.domain.Labelled;

/** Materials submitted for legal review (送审材料, R-L5). */
public enum MaterialType implements Labelled {
    /** 法制审核申请表 */
    APPLICATION_FORM("法制审核申请表"),
    /** 调查终结报告 */
    INVESTIGATION_REPORT("调查终结报告"),
    /** 决定书代拟稿 */
    DRAFT_DECISION("决定书代拟稿"),
    /** 证据材料清单 */
    EVIDENCE_LIST("证据材料清单"),
    /** 裁量说明 */
    DISCRETION_NOTE("裁量说明"),
    /** 听证笔录 (needed when a hearing was requested or held) */
    HEARING_RECORD("听证笔录"),
    /** 其他材料 */
    OTHER("其他材料");

    private final String chinese;

    MaterialType(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    public static MaterialType of(String nameOrChinese) {
        return Labelled.of(MaterialType.class, nameOrChinese, "送审材料类型");
    }
}
