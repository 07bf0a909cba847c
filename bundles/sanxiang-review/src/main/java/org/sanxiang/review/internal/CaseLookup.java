package org.sanxiang.review.internal;

import org.sanxiang.api.records.EnforcementCase;

/** Reads a case of the full-process record for the review (a logged read); throws when there is none. */
@FunctionalInterface
interface CaseLookup {

    EnforcementCase find(String caseNumber, String actor);
}
