package org.sanxiang.api.review;

import java.time.Instant;
import java.util.List;

/** A signed review opinion (法制审核意见), kept and ledgered; {@code reviewerName} is the named signer (R-L6). */
public record Opinion(long id, long requestId, List<ItemFinding> findings, Outcome outcome, String remarks,
                      String reviewerId, String reviewerName, Instant signedAt) {

    public Opinion {
        findings = List.copyOf(findings);
    }
}
