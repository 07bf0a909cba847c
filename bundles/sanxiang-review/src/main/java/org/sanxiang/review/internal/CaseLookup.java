package org.sanxiang.review.internal;

import java.util.List;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.records.EnforcementCase;

/**
 * Reads the matter a decision is proposed in, for the review (a logged read): a case of the full-process record, or
 * a permit application (行政许可申请) by its receipt number. Throws when there is none.
 */
@FunctionalInterface
interface CaseLookup {

    Subject find(String number, String actor);

    /** A party of the matter: who the decision is against or for. */
    record SubjectParty(String name, PartyType type) {
    }

    /**
     * What the review needs of the matter.
     *
     * @param decidedAs where it stands when a proposal may no longer be registered (e.g. 送达, 审批结果), or null
     */
    record Subject(String number, EnforcementKind kind, String decidedAs, List<SubjectParty> parties) {

        public Subject {
            parties = List.copyOf(parties);
        }

        /** The subject of a case of the full-process record. */
        static Subject of(EnforcementCase c, boolean pastDecision) {
            return new Subject(c.caseNumber(), c.kind(), pastDecision ? c.stage().chinese() : null,
                    c.parties().stream().map(p -> new SubjectParty(p.name(), p.type())).toList());
        }
    }
}
