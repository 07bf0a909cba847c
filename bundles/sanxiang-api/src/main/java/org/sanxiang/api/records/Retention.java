package org.sanxiang.api.records;

import java.util.List;
import java.util.Optional;

/**
 * Retention and legal hold (保存期限与冻结, R-R5). The only way to delete a record; it refuses anything
 * under hold or within its retention period.
 */
public interface Retention {

    LegalHold placeHold(String subjectRef, String reason, String actor);

    LegalHold releaseHold(long holdId, String actor);

    List<LegalHold> activeHolds();

    /** Why {@code ref} of class {@code recordClass} may not be deleted now, or empty when it may. */
    Optional<String> deletionVeto(RecordClass recordClass, String ref);

    /**
     * Deletes the record, or throws {@link RecordsException} with the veto. Only media not linked to any case
     * can be deleted through the hub; the other classes are kept (their disposal is an archive procedure).
     */
    void delete(RecordClass recordClass, String ref, String actor);
}
