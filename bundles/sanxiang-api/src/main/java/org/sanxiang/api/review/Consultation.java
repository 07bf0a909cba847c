package org.sanxiang.api.review;

import java.time.Instant;

/** The recorded opinion of a consulted legal adviser or public-service lawyer (法律顾问、公职律师意见, R-L2). */
public record Consultation(long id, long requestId, String adviserId, String adviserName, ReviewerRole role,
                           String opinion, String recordedBy, Instant recordedAt) {
}
