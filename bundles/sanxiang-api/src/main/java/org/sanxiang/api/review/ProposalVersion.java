package org.sanxiang.api.review;

import java.time.Instant;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.PartyType;

/**
 * One immutable version of a case's proposed decision (拟作出决定第n版): revising creates version n+1. A
 * review binds to (case, version, {@code sha256}); {@code evaluation} is the catalogue's verdict when the
 * version was registered.
 *
 * @param sha256 SHA-256 of the version's canonical content (案件、当事人、处理内容、听证、裁量、移送、摘要、依据)
 */
public record ProposalVersion(long id, String caseNumber, int version, EnforcementKind kind, PartyType partyType,
                              ProposedDecision decision, String sha256, CatalogueResult evaluation,
                              String proposedBy, Instant proposedAt) {
}
