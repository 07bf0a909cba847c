package org.sanxiang.api.records;

import java.time.Instant;
import org.sanxiang.api.domain.CaseStage;

/**
 * An expected recording that has not arrived (音像记录未按时上传, R-R3, R-R4): the case entered {@code stage} at
 * {@code expectedSince}, the stage's {@code activity} is on the 音像记录事项清单, and no recording of it was linked
 * to the case by {@code dueAt} (the upload time limit after the activity). Open until the recording is linked
 * (or the case leaves the stage); then {@code clearedAt} and {@code clearedReason} say when and why.
 */
public record RecordingAlert(long id, String caseNumber, CaseStage stage, Activity activity,
                             RecordingRequirement requirement, Instant expectedSince, Instant dueAt, Instant raisedAt,
                             Instant clearedAt, String clearedReason) {

    /** Whether the recording is still missing. */
    public boolean open() {
        return clearedAt == null;
    }
}
