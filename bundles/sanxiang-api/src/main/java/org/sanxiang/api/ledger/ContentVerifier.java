package org.sanxiang.api.ledger;

import java.util.Optional;

/**
 * Recomputes the current digest of the business record behind a ledger entry (业务记录核验), so that
 * {@link Ledger#verify()} notices a business row edited or deleted behind the hub's back.
 *
 * <p>The module that owns a kind of record registers one as an OSGi service with the service property
 * {@value #KIND_PROPERTY} naming the entry kind(s) it answers for (a string or a string array). It must
 * compute the digest exactly as the caller of {@link Ledger#append(LedgerAppend)} did: SHA-256 of the
 * record's canonical content.
 *
 * <p>Only the newest entry of a (kind, subject) pair is expected to match the current row; older entries
 * of the same pair record earlier states and count as superseded. A subject whose rows never change
 * (a document version, a media file, an access record) therefore has every entry checked.
 */
@FunctionalInterface
public interface ContentVerifier {

    /** Service property naming the entry kind(s) a verifier answers for. */
    String KIND_PROPERTY = "sanxiang.ledger.kind";

    /**
     * Optional service property: the subject prefix(es) a verifier answers for within its kinds (a string or
     * a string array), so that several modules can share a kind such as
     * {@link LedgerKinds#CONFIG_CHANGE}. The verifier with the longest matching prefix answers; a verifier
     * without the property answers the subjects no prefix matches.
     */
    String SUBJECT_PREFIX_PROPERTY = "sanxiang.ledger.subject.prefix";

    /**
     * The SHA-256 of the current canonical content of the record {@code subjectRef} refers to, or empty
     * when the record no longer exists. Throws only when it cannot tell (e.g. the database is down): the
     * entry is then counted as a content error, not as tampered.
     */
    Optional<Sha256> currentDigest(String subjectRef, String kind);
}
