package org.sanxiang.api.statistics;

import org.sanxiang.api.domain.Labelled;

/**
 * What became of a case filed in the year, by the stage it has reached when the report is computed (办理结果).
 */
public enum CaseOutcome implements Labelled {
    /** 已办结: 结案 or 归档 without a withdrawal */
    CONCLUDED("已办结"),
    /** 撤销立案 (archived after withdrawal included) */
    WITHDRAWN("撤销立案"),
    /** 在办: any earlier stage */
    IN_PROGRESS("在办");

    private final String chinese;

    CaseOutcome(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
