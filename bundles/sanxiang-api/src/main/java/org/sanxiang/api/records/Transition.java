package org.sanxiang.api.records;

import java.time.Instant;
import org.sanxiang.api.domain.CaseStage;

/** One stage transition (环节流转记录): who moved the case, when and why. {@code from} is null for filing. */
public record Transition(long id, String caseNumber, CaseStage from, CaseStage to, String actor, Instant at,
                         String reason) {
}
