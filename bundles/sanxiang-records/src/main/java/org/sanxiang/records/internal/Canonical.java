package org.sanxiang.records.internal;

import java.nio.charset.StandardCharsets;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.records.internal.Rows.AccessRow;
import org.sanxiang.records.internal.Rows.DeletionRow;
import org.sanxiang.records.internal.Rows.DocumentRow;
import org.sanxiang.records.internal.Rows.HoldRow;
import org.sanxiang.records.internal.Rows.MediaRow;
import org.sanxiang.records.internal.Rows.TransitionRow;

/**
 * The canonical content of each ledgered row and its SHA-256: fields joined with U+001F after their
 * length, so that no two different rows share a text. The ledger entry is appended with this digest and
 * the {@link org.sanxiang.api.ledger.ContentVerifier} recomputes it from the row as stored.
 */
final class Canonical {

    static final String TRANSITION = "records:transition:";
    static final String DOCUMENT = "records:document:";
    static final String MEDIA = "records:media:";
    static final String ACCESS = "records:access:";
    static final String HOLD = "records:hold:";
    static final String DELETION = "records:deletion:";
    /** Subjects of the applied configurations: {@code config:org.sanxiang.records:<id>}. */
    static final String CONFIG = "config:" + RecordsComponent.PID + ":";

    private Canonical() {
    }

    static Sha256 transition(TransitionRow r) {
        return digest("transition", r.id, r.caseNumber, r.fromStage, r.toStage, r.actor, Sha256.utcMillis(r.occurredAt), r.reason);
    }

    static Sha256 document(DocumentRow r) {
        return digest("document", r.id, r.caseNumber, r.docType, r.stage, r.title, r.sha256, r.sizeBytes, r.createdBy,
                Sha256.utcMillis(r.createdAt));
    }

    static Sha256 media(MediaRow r) {
        return digest("media", r.id, r.caseNumber, r.activity, r.sha256, r.officerId, r.fullProcess, r.fileName,
                r.linkedBy, Sha256.utcMillis(r.linkedAt));
    }

    static Sha256 access(AccessRow r) {
        return digest("access", r.id, Sha256.utcMillis(r.accessedAt), r.who, r.purpose, r.subjectType, r.subjectRef);
    }

    /** A legal hold as it is now: placed, or placed and released (the release supersedes the placing). */
    static Sha256 hold(HoldRow r) {
        return digest("hold", r.id, r.subjectRef, r.reason, r.placedBy, Sha256.utcMillis(r.placedAt), r.releasedBy,
                Sha256.utcMillis(r.releasedAt));
    }

    static Sha256 deletion(DeletionRow r) {
        return digest("deletion", r.id, r.recordClass, r.ref, r.retainedUntil, r.deletedBy, Sha256.utcMillis(r.deletedAt));
    }

    /** The digest of an applied configuration: SHA-256 of its canonical settings text (UTF-8). */
    static Sha256 config(String settingsText) {
        return Sha256.digest(settingsText.getBytes(StandardCharsets.UTF_8));
    }

    private static Sha256 digest(Object... fields) {
        return Sha256.ofFields(fields);
    }
}
