package org.sanxiang.api.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.sanxiang.api.domain.EnforcementKind;

/**
 * Post-disclosure (事后公开, R-D1, R-D5): publications of enforcement decisions through their lifecycle,
 * with maker-checker approval. Each change is a new immutable version; every step is ledgered; each
 * publish, update and revocation writes its {@link OutboxEntry} in the same database transaction.
 * Steps that are not allowed throw {@link PublicationRefusedException} and change nothing.
 */
@ProviderType
public interface Publications {

    /**
     * Opens the publication of a decision, with its deadline: the kind's working days from
     * {@code decisionDate} (or the item's override). The records module's decision stage opens one per
     * case automatically; opening a case twice returns the existing one.
     */
    Publication open(String caseNumber, EnforcementKind kind, String itemCode, LocalDate decisionDate, String actor);

    /** Drafts (or re-drafts before approval) the penalty content; it may still be incomplete. */
    PublicationVersion draftPenalty(long publicationId, PenaltyRecord record, Severity severity, String maker);

    /** Drafts (or re-drafts before approval) the permit content; it may still be incomplete. */
    PublicationVersion draftPermit(long publicationId, PermitRecord record, String maker);

    /**
     * Approves the newest draft (审核). Refused when the checker is its maker, or when the record fails
     * validation (with every violation).
     */
    PublicationVersion approve(long publicationId, String checker);

    /** Publishes the approved version (first publication or update) and writes its outbox entry. */
    Publication publish(long publicationId, String actor);

    /**
     * Withdraws a published decision (撤销) with a public reason, in time: within 3 days (rolled forward
     * off rest days) of {@code trigger}, the day the ground for withdrawal arose; writes its outbox entry.
     */
    Publication revoke(long publicationId, String reason, LocalDate trigger, String actor);

    /** Moves every published item whose 公示截止期 is before {@code today} out of public view; returns them. */
    List<Publication> expire(LocalDate today);

    Optional<Publication> get(long publicationId);

    Optional<Publication> forCase(String caseNumber);

    /** Every version of a publication, oldest first. */
    List<PublicationVersion> versions(long publicationId);

    /** The newest publications, optionally only those in {@code state}, optionally only overdue ones. */
    List<Publication> list(PublicationState state, boolean overdueOnly, LocalDate today, int limit);

    /** What is in public view today: published and not expired. */
    List<Publication> publicView(int limit);

    /**
     * The decisions the public may see today (published, or revoked with the public reason, and within their
     * 公示期), searched and paged; what the portal and the open data serve.
     */
    PublicDecision.Page publicSearch(PublicDecision.Query query);

    /**
     * The decisions in public view today that come after {@code previous} in the order of {@link #publicSearch}
     * (newest decision first), at most {@code limit}; from the first when {@code previous} is null. Reads all of
     * them in batches without the cost of deep pages (the open data files).
     */
    java.util.List<PublicDecision> publicAfter(PublicDecision previous, int limit);

    /** One public decision by its publication number (its permanent link), if the public may see it today. */
    Optional<PublicDecision> publicDecision(long publicationId);

    /** The outbox entries after {@code afterId}, in order (delivery routes keep their own position). */
    List<OutboxEntry> outbox(long afterId, int limit);

    /**
     * The outbox entries of one publication (publish, updates, revocation), oldest first; 双随机 results, which
     * share the number space of draws, are not among them.
     */
    List<OutboxEntry> outboxOf(long publicationId);

    /** Records that the national credit system acknowledged {@code entry} (the deadline counts this). */
    void acknowledged(long outboxEntryId, String receipt);
}
