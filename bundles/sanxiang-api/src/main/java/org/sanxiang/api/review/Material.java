package org.sanxiang.api.review;

import java.time.Instant;

/** A submitted material (送审材料): its type, title and the SHA-256 of its content, who gave it and when. */
public record Material(long id, long requestId, MaterialType type, String title, String sha256, String submittedBy,
                       Instant submittedAt) {
}
