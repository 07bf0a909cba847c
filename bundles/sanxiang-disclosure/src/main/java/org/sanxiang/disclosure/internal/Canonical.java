package org.sanxiang.disclosure.internal;

import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.disclosure.internal.Rows.EventRow;
import org.sanxiang.disclosure.internal.Rows.RegisterRow;

/**
 * The canonical text of each ledgered row of the disclosure module and its SHA-256: fields joined with
 * U+001F after their length. The ledger entry carries this digest; the content verifier recomputes it
 * from the row as stored, so an edit behind the hub's back shows.
 */
final class Canonical {

    static final String EVENT = "disclosure:event:";
    static final String REGISTER = "disclosure:register:";
    static final String DRAW = "disclosure:draw:";
    static final String DRAW_RESULTS = "disclosure:draw-results:";

    private Canonical() {
    }

    static Sha256 event(EventRow r) {
        return digest("publication-event", r.id, r.publicationId, r.version, r.event, r.contentSha256, r.actor,
                Sha256.utcMillis(r.occurredAt), r.note);
    }

    static Sha256 register(RegisterRow r) {
        return digest("register", r.id, r.registerType, r.entryKey, r.version, r.effectiveFrom, r.fieldsText,
                r.withdrawn, r.sha256, r.changedBy, Sha256.utcMillis(r.changedAt));
    }

    static Sha256 draw(Rows.DrawRow r) {
        return digest("draw", r.id, r.itemText, r.seed, r.inputsText, r.resultText, r.sha256, r.drawnBy,
                Sha256.utcMillis(r.drawnAt));
    }

    static Sha256 drawResults(Rows.DrawRow r) {
        return digest("draw-results", r.id, r.inspectionEnd, r.resultsDue, r.resultsText, r.resultsBy,
                Sha256.utcMillis(r.resultsAt));
    }

    /** The content hash of a register version: what it says, not who said it when. */
    static String registerContent(String type, String key, java.time.LocalDate effectiveFrom, String fieldsText,
                                  boolean withdrawn) {
        return digest("register-content", type, key, effectiveFrom, fieldsText, withdrawn).hex();
    }

    private static Sha256 digest(Object... fields) {
        return Sha256.ofFields(fields);
    }
}
