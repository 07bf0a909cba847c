package org.sanxiang.review.internal;

import java.util.Optional;
import java.util.function.Supplier;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.records.CaseSnapshot;
import org.sanxiang.api.records.DocumentGate;
import org.sanxiang.api.records.StageGate;
import org.sanxiang.api.review.LegalReview;

/**
 * The hard gate of R-L1 as the records module asks it: a case may not enter {@link CaseStage#DECISION}, nor
 * add a decision document (决定书), while {@link LegalReview#decisionBlocker} names a reason. Since every channel
 * (services, console, SOAP adapters) moves cases and adds documents through the records services, the gate
 * holds for all of them.
 */
final class DecisionGates implements StageGate, DocumentGate {

    private final Supplier<ReviewSettings> settings;
    private final LegalReview review;

    DecisionGates(Supplier<ReviewSettings> settings, LegalReview review) {
        this.settings = settings;
        this.review = review;
    }

    @Override
    public Optional<String> veto(CaseSnapshot snapshot, CaseStage target) {
        if (target != CaseStage.DECISION) {
            return Optional.empty();
        }
        return review.decisionBlocker(snapshot.enforcementCase().caseNumber(), snapshot.enforcementCase().kind());
    }

    @Override
    public Optional<String> veto(CaseSnapshot snapshot, String documentType) {
        if (!settings.get().decisionDocumentTypes().contains(documentType)) {
            return Optional.empty();
        }
        return review.decisionBlocker(snapshot.enforcementCase().caseNumber(), snapshot.enforcementCase().kind());
    }
}
