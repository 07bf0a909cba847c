package org.sanxiang.api.ledger;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where a domain module's ledger events go: one per change, the SHA-256 of the record's canonical content. In the
 * hub it is the durable {@link LedgerIntake} ({@link #to(LedgerIntake)}), so that an event of a change made while
 * the ledger is stopped is appended when it is back; a module's tests collect the events instead.
 */
@ConsumerType
@FunctionalInterface
public interface LedgerSink {

    void append(String kind, String subjectRef, String actor, Sha256 digest);

    /** The events into the durable intake. */
    static LedgerSink to(LedgerIntake intake) {
        return (kind, subjectRef, actor, digest) -> intake.record(new LedgerAppend(kind, subjectRef, actor, digest));
    }
}
