package org.sanxiang.api.review;

import org.sanxiang.api.domain.Labelled;

/** The items every review opinion answers (审核内容, R-L4). */
public enum CheckItem implements Labelled {
    /** 执法主体是否合法 */
    SUBJECT_LAWFUL("执法主体合法"),
    /** 执法人员是否具备执法资格 */
    OFFICER_QUALIFIED("执法人员具备执法资格"),
    /** 案件事实是否清楚 */
    FACTS_CLEAR("案件事实清楚"),
    /** 证据是否确凿充分 */
    EVIDENCE_SUFFICIENT("证据确凿充分"),
    /** 适用法律依据是否准确 */
    LAW_APPLIED("适用法律依据准确"),
    /** 裁量基准运用是否适当 */
    DISCRETION_APPROPRIATE("裁量基准运用适当"),
    /** 执法程序是否合法 */
    PROCEDURE_LAWFUL("执法程序合法"),
    /** 是否超越或滥用职权 */
    NO_EXCESS_OR_ABUSE("未超越或滥用职权"),
    /** 执法文书是否完备规范 */
    DOCUMENTS_COMPLETE("执法文书完备规范"),
    /** 是否涉嫌犯罪需移送司法机关 (PASS: no transfer needed; PROBLEM: to transfer) */
    CRIMINAL_TRANSFER("无需移送司法机关");

    private final String chinese;

    CheckItem(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
