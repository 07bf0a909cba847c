package org.sanxiang.api.ledger;

import java.time.Instant;
import java.util.Objects;

/** A signed tree head that the stored entries no longer bear out (树头核验失败). */
public record TreeHeadFailure(long treeSize, Instant timestamp, Reason reason, String detail) {

    /** Why the head failed. */
    public enum Reason {
        /** The entries as stored give another root than the head signed: something inside was changed. */
        ROOT_MISMATCH,
        /** The signature does not verify with the ledger key: the head row was edited or forged. */
        BAD_SIGNATURE,
        /** The head names a key id other than the ledger's key, so it cannot be checked here. */
        UNKNOWN_KEY,
        /** The head covers more entries than are stored: the tail was cut off. */
        BEYOND_END,
        /**
         * The stored entries give another root than the tree the running ledger built in memory since it
         * started (a change made behind the hub's back while it ran, perhaps not yet covered by a head).
         * {@code timestamp} is then the time of the verification.
         */
        LIVE_ROOT_MISMATCH
    }

    public TreeHeadFailure {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
