package org.sanxiang.api.records;

import java.time.Instant;

/**
 * A legal hold (冻结/诉讼保全) on a subject ({@code case:<number>} or {@code media:<sha256>}): while it is not
 * released, nothing it covers can be deleted.
 */
public record LegalHold(long id, String subjectRef, String reason, String placedBy, Instant placedAt,
                        String releasedBy, Instant releasedAt) {

    public boolean active() {
        return releasedAt == null;
    }
}
