package org.sanxiang.api.records;

import java.time.Instant;

/**
 * An audio-video record (音像记录) linked to a case (R-R3, R-R4): the object in the {@link EvidenceStore}
 * named by {@code sha256}, the activity it records, the officer who recorded it and whether it covers the
 * whole activity (全过程).
 */
public record MediaLink(long id, String caseNumber, Activity activity, String sha256, String officerId,
                        boolean fullProcess, String fileName, String linkedBy, Instant linkedAt) {
}
