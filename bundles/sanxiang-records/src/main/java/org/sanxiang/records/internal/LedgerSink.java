package org.sanxiang.records.internal;

import org.sanxiang.api.ledger.Sha256;

/** Where record events go after they committed: the ledger when it is present. */
@FunctionalInterface
interface LedgerSink {

    LedgerSink NONE = (kind, subjectRef, actor, digest) -> {
    };

    void append(String kind, String subjectRef, String actor, Sha256 digest);
}
