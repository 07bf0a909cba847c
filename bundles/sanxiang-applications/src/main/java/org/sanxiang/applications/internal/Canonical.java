package org.sanxiang.applications.internal;

import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.applications.internal.Rows.AccessRow;
import org.sanxiang.applications.internal.Rows.ApplicationRow;
import org.sanxiang.applications.internal.Rows.StepRow;

/**
 * The canonical digests of the rows this module ledgers ({@link Sha256#ofFields}). An application's
 * {@code state} is left out: it follows from its steps, each ledgered on its own.
 */
final class Canonical {

    private Canonical() {
    }

    static Sha256 application(ApplicationRow r) {
        return Sha256.ofFields("application", r.id, r.receiptNumber, r.channel, r.clientRequestId, r.counterId,
                r.itemKey, r.itemName, r.timeLimitDays, r.applicantType, r.applicantName, r.creditCode, r.idType,
                r.idNumber, r.phone, r.materials, r.note, r.submittedBy, r.submittedAt);
    }

    /** A step; the deciding officer is a field only when there is one, so steps ledgered before keep their digest. */
    static Sha256 step(StepRow r) {
        return r.decidedBy == null
                ? Sha256.ofFields("step", r.id, r.applicationId, r.seq, r.kind, r.occurredOn, r.decision, r.note,
                        r.recordedBy, r.recordedAt)
                : Sha256.ofFields("step", r.id, r.applicationId, r.seq, r.kind, r.occurredOn, r.decision, r.note,
                        r.recordedBy, r.recordedAt, r.decidedBy);
    }

    static Sha256 access(AccessRow r) {
        return Sha256.ofFields("access", r.id, r.accessedAt, r.who, r.purpose, r.subjectRef);
    }
}
