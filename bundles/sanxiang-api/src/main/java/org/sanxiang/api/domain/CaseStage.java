package org.sanxiang.api.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Stages of an enforcement case (案件环节), R-R1: 立案 → 调查 → 取证 → 审查 → 决定 → 送达 → 执行 → 结案 → 归档,
 * with 撤销立案 as the way out before a decision. The legal successors of each stage are part of the
 * vocabulary so that every module agrees on them; gates that may veto a transition live in the records
 * module.
 */
public enum CaseStage implements Labelled {
    /** 立案 */
    FILED("立案", "01"),
    /** 调查 */
    INVESTIGATION("调查", "02"),
    /** 取证 */
    EVIDENCE("取证", "02"),
    /** 审查 */
    EXAMINATION("审查", "02"),
    /** 决定 */
    DECISION("决定", "03"),
    /** 送达 */
    SERVICE("送达", "03"),
    /** 执行 */
    EXECUTION("执行", "03"),
    /** 结案 */
    CLOSED("结案", "05"),
    /** 归档 */
    ARCHIVED("归档", "05"),
    /** 撤销立案 */
    WITHDRAWN("撤销立案", "06");

    private final String chinese;
    private final String supervisionCode;

    CaseStage(String chinese, String supervisionCode) {
        this.chinese = chinese;
        this.supervisionCode = supervisionCode;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /**
     * Status code used by supervision platforms (01 立案, 02 调查, 03 决定, 04 执行完毕, 05 结案, 06 撤销立案).
     * 04 is reported when execution finishes, which is the transition out of {@link #EXECUTION}.
     */
    public String supervisionCode() {
        return supervisionCode;
    }

    /** The stages a case may move to from this one. */
    public Set<CaseStage> successors() {
        switch (this) {
            case FILED:
                return EnumSet.of(INVESTIGATION, WITHDRAWN);
            case INVESTIGATION:
                return EnumSet.of(EVIDENCE, WITHDRAWN);
            case EVIDENCE:
                return EnumSet.of(EXAMINATION, INVESTIGATION, WITHDRAWN);
            case EXAMINATION:
                return EnumSet.of(DECISION, INVESTIGATION, WITHDRAWN);
            case DECISION:
                return EnumSet.of(SERVICE);
            case SERVICE:
                return EnumSet.of(EXECUTION);
            case EXECUTION:
                return EnumSet.of(CLOSED);
            case CLOSED:
                return EnumSet.of(ARCHIVED);
            case WITHDRAWN:
                return EnumSet.of(ARCHIVED);
            default:
                return EnumSet.noneOf(CaseStage.class);
        }
    }

    public boolean canMoveTo(CaseStage next) {
        return successors().contains(next);
    }

    public boolean isTerminal() {
        return this == ARCHIVED;
    }
}
