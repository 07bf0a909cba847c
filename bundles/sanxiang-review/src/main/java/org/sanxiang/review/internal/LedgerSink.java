package org.sanxiang.review.internal;

import org.sanxiang.api.ledger.Sha256;

/** Where review events go after they committed: the ledger when it is present. */
@FunctionalInterface
interface LedgerSink {

    /** No ledger: events are recorded in the review tables only. */
    LedgerSink NONE = (subjectRef, actor, digest) -> { };

    /** Appends a {@code REVIEW} entry. */
    void append(String subjectRef, String actor, Sha256 digest);
}
