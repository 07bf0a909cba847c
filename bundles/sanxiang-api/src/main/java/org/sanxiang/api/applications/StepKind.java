package org.sanxiang.api.applications;

import java.util.EnumSet;
import java.util.Set;
import org.sanxiang.api.domain.Labelled;

/**
 * The steps of a permit application (行政许可办理环节) and which step may follow which. A correction notice
 * (补正告知) comes before acceptance and is answered by a resubmission (补交); a special procedure (特别程序:
 * hearing, tender, inspection, expert review, …) runs between acceptance and the decision and its working
 * days do not count towards the time limit (行政许可法 Art. 45).
 */
public enum StepKind implements Labelled {
    /** 申请 (submitted at the counter). */
    APPLIED("申请"),
    /** 受理: the working-day clock starts (the day itself is not counted). */
    ACCEPTED("受理"),
    /** 补正告知: the applicant is told once what is missing. */
    CORRECTION_NOTICE("补正告知"),
    /** 补交: the missing materials were handed in. */
    RESUBMITTED("补交"),
    /** 特别程序开始: the clock pauses. */
    SPECIAL_PROCEDURE_START("特别程序开始"),
    /** 特别程序结束: the clock runs again. */
    SPECIAL_PROCEDURE_END("特别程序结束"),
    /** 审批结果: approved or refused; the application is closed. */
    DECIDED("审批结果");

    private final String chinese;

    StepKind(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** The steps that may follow this one. */
    public Set<StepKind> successors() {
        switch (this) {
            case APPLIED:
                return EnumSet.of(ACCEPTED, CORRECTION_NOTICE, DECIDED);
            case CORRECTION_NOTICE:
                return EnumSet.of(RESUBMITTED);
            case RESUBMITTED:
                return EnumSet.of(ACCEPTED, DECIDED);
            case ACCEPTED:
            case SPECIAL_PROCEDURE_END:
                return EnumSet.of(SPECIAL_PROCEDURE_START, DECIDED);
            case SPECIAL_PROCEDURE_START:
                return EnumSet.of(SPECIAL_PROCEDURE_END);
            default:
                return EnumSet.noneOf(StepKind.class);
        }
    }
}
