package org.sanxiang.api.review;

import java.util.List;
import org.sanxiang.api.domain.PartyType;

/**
 * The catalogue of major decisions (《重大执法决定法制审核目录清单》, R-L3), configured by PID
 * {@code org.sanxiang.review} and evaluated automatically on every proposed decision.
 */
public interface ReviewCatalogue {

    /** Evaluates the catalogue in force on {@code decision} addressed to a party of {@code partyType}. */
    CatalogueResult evaluate(ProposedDecision decision, PartyType partyType);

    /** The rules in force, one Chinese sentence each (for the console and the public list). */
    List<String> describe();
}
