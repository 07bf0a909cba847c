package org.sanxiang.api.review;

import java.time.LocalDate;
import org.sanxiang.api.domain.Labelled;

/**
 * A review whose time limit is near or past (审核期限预警/超期): {@code workingDaysLeft} is 0 on the due date,
 * negative when overdue.
 */
public record ReviewAlert(long requestId, String caseNumber, Kind kind, LocalDate dueDate, int workingDaysLeft,
                          boolean provisional) {

    /** 临近期限 or 已超期. */
    public enum Kind implements Labelled {
        /** 临近审核期限 */
        NEAR_DEADLINE("临近审核期限"),
        /** 审核已超期 */
        OVERDUE("审核已超期");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        @Override
        public String chinese() {
            return chinese;
        }
    }
}
