package org.sanxiang.api.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import org.sanxiang.api.domain.Labelled;

/**
 * A deadline alert of the disclosure monitor (公开期限预警): {@code NEAR_BREACH} when a publication is
 * not out within the configured working days before its deadline, {@code BREACH} once the deadline has
 * passed. Raised once per publication and level.
 */
public record DeadlineAlert(long id, long publicationId, String caseNumber, Level level, LocalDate due,
        int workingDaysLeft, Instant raisedAt) {

    /** Alert levels. */
    public enum Level implements Labelled {
        NEAR_BREACH("即将超期"),
        BREACH("已超期");

        private final String chinese;

        Level(String chinese) {
            this.chinese = chinese;
        }

        @Override
        public String chinese() {
            return chinese;
        }
    }
}
