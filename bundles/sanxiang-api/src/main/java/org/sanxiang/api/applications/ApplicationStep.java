package org.sanxiang.api.applications;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of an application (办理环节).
 *
 * @param seq        1 for the submission, then 2, 3, …
 * @param occurredOn the day it happened (China)
 * @param decision   the decision, for {@link StepKind#DECIDED} only
 * @param decidedBy  the deciding officer (审批人员), for {@link StepKind#DECIDED} only (null for decisions recorded
 *                   before the hub kept it)
 */
public record ApplicationStep(int seq, StepKind kind, LocalDate occurredOn, Decision decision, String note,
        String recordedBy, Instant recordedAt, String decidedBy) {
}
