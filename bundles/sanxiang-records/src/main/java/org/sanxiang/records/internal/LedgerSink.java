package org.sanxiang.records.internal;

import org.sanxiang.api.ledger.Sha256;

/** Where record events go after they committed: the ledger when it is present. */
interface LedgerSink {

    /** No ledger: events are recorded in the business tables only. */
    LedgerSink NONE = new LedgerSink() {
        @Override
        public void append(String kind, String subjectRef, String actor, Sha256 digest) {
        }

        @Override
        public boolean has(String subjectRef) {
            return false;
        }

        @Override
        public boolean isPresent() {
            return false;
        }
    };

    void append(String kind, String subjectRef, String actor, Sha256 digest);

    /** Whether the ledger already holds an entry about {@code subjectRef}. */
    boolean has(String subjectRef);

    /** False for {@link #NONE}. */
    default boolean isPresent() {
        return true;
    }
}
