package org.sanxiang.api.records;

import java.time.Instant;
import java.util.List;

/**
 * One integrity verification (完整性核验), running or finished.
 *
 * @param startedBy      {@code schedule}, or the operator who started it
 * @param quick          whether only a sample of the stored files is re-hashed
 * @param phase          what it does now: {@code LEDGER}, {@code FILES} or, finished, {@code DONE} / {@code FAILED}
 * @param filesDone      stored files re-hashed so far
 * @param filesTotal     stored files to re-hash (known once the store was listed)
 * @param bytesDone      bytes re-hashed so far
 * @param ledgerIntact   the ledger's verification result, or null when not (yet) verified (e.g. the ledger stopped)
 * @param ledgerSummary  the ledger's report in one line, or why it was not verified
 * @param filesChanged   stored files that no longer hash to their name, or cannot be read
 * @param filesMissing   files a document or recording refers to that are gone
 * @param problems       the first problems, each naming the file or ledger entry
 * @param finishedAt     when it ended, null while it runs
 * @param error          why it could not finish (e.g. the database was away), or null
 */
public record IntegrityRun(Instant startedAt, String startedBy, boolean quick, String phase, long filesDone,
                           long filesTotal, long bytesDone, Boolean ledgerIntact, String ledgerSummary,
                           long filesChanged, long filesMissing, List<String> problems, Instant finishedAt,
                           String error) {

    public IntegrityRun {
        problems = List.copyOf(problems);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** Finished without an error, the ledger verified intact and no stored file changed or missing. */
    public boolean intact() {
        return finished() && error == null && Boolean.TRUE.equals(ledgerIntact) && filesChanged == 0
                && filesMissing == 0;
    }

    /** Finished, and found something changed or missing (not merely unable to finish). */
    public boolean tampered() {
        return finished() && (Boolean.FALSE.equals(ledgerIntact) || filesChanged > 0 || filesMissing > 0);
    }
}
