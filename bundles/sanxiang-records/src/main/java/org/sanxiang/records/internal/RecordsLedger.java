package org.sanxiang.records.internal;

import org.sanxiang.api.ledger.LedgerSink;
import org.sanxiang.api.ledger.Sha256;

/**
 * The hub's one {@link LedgerSink} (where record events go: the durable intake), plus what the records module asks of
 * the ledger itself: whether it runs and whether it holds an entry about a subject (the settings ledgered once).
 */
interface RecordsLedger extends LedgerSink {

    /** No ledger: events are recorded in the business tables only. */
    RecordsLedger NONE = new RecordsLedger() {
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

    /** Whether the ledger already holds an entry about {@code subjectRef}. */
    boolean has(String subjectRef);

    /** False for {@link #NONE}. */
    default boolean isPresent() {
        return true;
    }
}
