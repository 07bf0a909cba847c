package org.sanxiang.disclosure.internal;

import org.sanxiang.api.ledger.Sha256;

/** Where committed events go to be ledgered; {@link #NONE} when no ledger is present. */
@FunctionalInterface
interface LedgerSink {

    LedgerSink NONE = (kind, subjectRef, actor, digest) -> {
    };

    void append(String kind, String subjectRef, String actor, Sha256 digest);
}
