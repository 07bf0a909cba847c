package org.sanxiang.api.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report of one {@linkplain Ledger#verify() verification} (账本核验报告): every stored entry was read,
 * its leaf hash recomputed from its fields, the running root compared with every signed tree head, and its
 * business record checked by the {@link ContentVerifier} of its kind where one is registered.
 *
 * <p>{@link #intact()} is true when nothing was found changed, missing or unverifiable by signature.
 * Entries of a kind without a verifier are not "passed": they are counted in
 * {@link #contentNotChecked()}. Build instances with {@link #builder()}.
 */
public final class LedgerVerification {

    /** At most this many failing tree heads are listed; {@link #failedTreeHeadCount()} counts them all. */
    public static final int MAX_LISTED_HEAD_FAILURES = 100;

    private final Instant verifiedAt;
    private final Duration took;
    private final long treeSize;
    private final long entriesChecked;
    private final long mismatchCount;
    private final EntryMismatch firstMismatch;
    private final long treeHeadsChecked;
    private final List<TreeHeadFailure> failedTreeHeads;
    private final long failedTreeHeadCount;
    private final long contentChecked;
    private final long contentSuperseded;
    private final long contentErrors;
    private final Map<String, Long> contentNotCheckedByKind;

    private LedgerVerification(Builder b) {
        this.verifiedAt = b.verifiedAt;
        this.took = b.took;
        this.treeSize = b.treeSize;
        this.entriesChecked = b.entriesChecked;
        this.mismatchCount = b.mismatchCount;
        this.firstMismatch = b.firstMismatch;
        this.treeHeadsChecked = b.treeHeadsChecked;
        this.failedTreeHeads = List.copyOf(b.failedTreeHeads);
        this.failedTreeHeadCount = b.failedTreeHeadCount;
        this.contentChecked = b.contentChecked;
        this.contentSuperseded = b.contentSuperseded;
        this.contentErrors = b.contentErrors;
        this.contentNotCheckedByKind = Collections.unmodifiableMap(new TreeMap<>(b.contentNotCheckedByKind));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No entry mismatch and no failing tree head. */
    public boolean intact() {
        return mismatchCount == 0 && failedTreeHeadCount == 0;
    }

    /** When the verification started. */
    public Instant verifiedAt() {
        return verifiedAt;
    }

    public Duration took() {
        return took;
    }

    /** Size of the ledger's tree when the verification started. */
    public long treeSize() {
        return treeSize;
    }

    /** Stored entries read. */
    public long entriesChecked() {
        return entriesChecked;
    }

    /** All entry mismatches found (only the first is kept). */
    public long mismatchCount() {
        return mismatchCount;
    }

    /** The entry with the lowest index that no longer matches. */
    public Optional<EntryMismatch> firstMismatch() {
        return Optional.ofNullable(firstMismatch);
    }

    /** Signed tree heads examined. */
    public long treeHeadsChecked() {
        return treeHeadsChecked;
    }

    /** Failing tree heads, ascending by tree size, at most {@value #MAX_LISTED_HEAD_FAILURES}. */
    public List<TreeHeadFailure> failedTreeHeads() {
        return failedTreeHeads;
    }

    public long failedTreeHeadCount() {
        return failedTreeHeadCount;
    }

    /** Entries whose business record was found with the recorded digest. */
    public long contentChecked() {
        return contentChecked;
    }

    /** Entries a later entry of the same kind and subject superseded (an earlier state of a record). */
    public long contentSuperseded() {
        return contentSuperseded;
    }

    /** Entries whose verifier could not answer (threw). */
    public long contentErrors() {
        return contentErrors;
    }

    /** Entries whose kind has no registered verifier. */
    public long contentNotChecked() {
        return contentNotCheckedByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@link #contentNotChecked()} by kind, sorted by kind. */
    public Map<String, Long> contentNotCheckedByKind() {
        return contentNotCheckedByKind;
    }

    /** One line for logs and the console. */
    public String summary() {
        StringBuilder s = new StringBuilder(intact() ? "INTACT" : "TAMPERED");
        s.append(": ").append(entriesChecked).append(" entries, ").append(treeHeadsChecked).append(" signed heads");
        if (firstMismatch != null) {
            s.append("; first mismatch at #").append(firstMismatch.index()).append(' ').append(firstMismatch.problem());
            if (firstMismatch.kind() != null) {
                s.append(" (").append(firstMismatch.kind()).append(' ').append(firstMismatch.subjectRef()).append(')');
            }
            s.append(": ").append(firstMismatch.detail()).append("; ").append(mismatchCount).append(" mismatches in all");
        }
        if (failedTreeHeadCount > 0) {
            s.append("; ").append(failedTreeHeadCount).append(" failing heads, first ")
                    .append(failedTreeHeads.get(0).reason()).append(" at size ").append(failedTreeHeads.get(0).treeSize());
        }
        s.append("; content checked ").append(contentChecked).append(", superseded ").append(contentSuperseded)
                .append(", not checked ").append(contentNotChecked()).append(", errors ").append(contentErrors)
                .append("; took ").append(took.toMillis()).append(" ms");
        return s.toString();
    }

    @Override
    public String toString() {
        return "LedgerVerification[" + summary() + "]";
    }

    /** Collects a report while the verification runs; not thread-safe. */
    public static final class Builder {
        private Instant verifiedAt = Instant.EPOCH;
        private Duration took = Duration.ZERO;
        private long treeSize;
        private long entriesChecked;
        private long mismatchCount;
        private EntryMismatch firstMismatch;
        private long treeHeadsChecked;
        private final List<TreeHeadFailure> failedTreeHeads = new ArrayList<>();
        private long failedTreeHeadCount;
        private long contentChecked;
        private long contentSuperseded;
        private long contentErrors;
        private final Map<String, Long> contentNotCheckedByKind = new TreeMap<>();

        private Builder() {
        }

        public Builder verifiedAt(Instant at) {
            this.verifiedAt = at;
            return this;
        }

        public Builder took(Duration d) {
            this.took = d;
            return this;
        }

        public Builder treeSize(long size) {
            this.treeSize = size;
            return this;
        }

        public Builder entryChecked() {
            entriesChecked++;
            return this;
        }

        /** Records a mismatch; the one with the lowest index is kept as the first. */
        public Builder mismatch(EntryMismatch m) {
            mismatchCount++;
            if (firstMismatch == null || m.index() < firstMismatch.index()) {
                firstMismatch = m;
            }
            return this;
        }

        public Builder treeHeadChecked() {
            treeHeadsChecked++;
            return this;
        }

        public Builder treeHeadFailed(TreeHeadFailure f) {
            failedTreeHeadCount++;
            if (failedTreeHeads.size() < MAX_LISTED_HEAD_FAILURES) {
                failedTreeHeads.add(f);
            }
            return this;
        }

        public Builder contentChecked() {
            contentChecked++;
            return this;
        }

        public Builder contentSuperseded() {
            contentSuperseded++;
            return this;
        }

        public Builder contentError() {
            contentErrors++;
            return this;
        }

        public Builder contentNotChecked(String kind) {
            contentNotCheckedByKind.merge(kind, 1L, Long::sum);
            return this;
        }

        public LedgerVerification build() {
            return new LedgerVerification(this);
        }
    }
}
