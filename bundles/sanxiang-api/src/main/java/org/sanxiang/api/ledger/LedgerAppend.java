package org.sanxiang.api.ledger;

import java.util.Objects;

/**
 * A request to append one entry (追加账本条目). The caller computes {@code contentDigest} — the SHA-256 of
 * the business record's canonical content — with the same code its {@link ContentVerifier} uses later.
 * The ledger adds the index and the time.
 *
 * <p>Text fields must survive a round trip through any SQL database unchanged, so they are checked here:
 * {@code subjectRef} (e.g. {@code case:2026-0001}) has 1 to {@value #MAX_SUBJECT_LENGTH} characters and
 * {@code actor} (the officer, user or system that caused the change) 1 to {@value #MAX_ACTOR_LENGTH};
 * neither may start or end with white space, contain control characters or unpaired surrogates.
 *
 * @param kind one of {@link LedgerKinds} or another well-formed kind
 * @param subjectRef what the entry is about, {@code <type>:<id>}
 * @param actor who caused it
 * @param contentDigest SHA-256 of the business record's canonical content
 */
public record LedgerAppend(String kind, String subjectRef, String actor, Sha256 contentDigest) {

    public static final int MAX_SUBJECT_LENGTH = 200;
    public static final int MAX_ACTOR_LENGTH = 100;

    public LedgerAppend {
        if (!LedgerKinds.isValid(kind)) {
            throw new IllegalArgumentException("kind must be 1-32 characters of A-Z, 0-9 and _, starting with a letter: "
                    + kind);
        }
        checkText(subjectRef, "subjectRef", MAX_SUBJECT_LENGTH);
        checkText(actor, "actor", MAX_ACTOR_LENGTH);
        Objects.requireNonNull(contentDigest, "contentDigest");
    }

    private static void checkText(String value, String name, int max) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
            throw new IllegalArgumentException(name + " must not start or end with white space");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(name + " contains a control character at " + i);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw new IllegalArgumentException(name + " contains an unpaired surrogate at " + i);
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw new IllegalArgumentException(name + " contains an unpaired surrogate at " + i);
            }
        }
    }
}
