package org.sanxiang.api.ledger;

import java.util.Objects;

/**
 * An entry that no longer matches (条目不符): what was found at {@code index}. {@code kind} and
 * {@code subjectRef} are those stored with the entry, or null when the entry itself is missing.
 */
public record EntryMismatch(long index, String kind, String subjectRef, Problem problem, String detail) {

    /** What differed. */
    public enum Problem {
        /** No entry is stored at this index although later entries or a signed head cover it. */
        ENTRY_MISSING,
        /** The stored fields no longer hash to the stored leaf hash: a field or the hash was edited. */
        LEAF_HASH_MISMATCH,
        /** The business record's current digest differs from the one the entry recorded. */
        CONTENT_CHANGED,
        /** The business record the entry refers to no longer exists. */
        CONTENT_MISSING,
        /** An entry is stored beyond the end of the tree this ledger built: it was not appended by the ledger. */
        UNEXPECTED_ENTRY
    }

    public EntryMismatch {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
    }
}
