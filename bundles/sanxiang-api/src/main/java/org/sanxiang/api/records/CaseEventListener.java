package org.sanxiang.api.records;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of committed case changes (whiteboard: register as an OSGi service). The records module calls every
 * listener after the change's database transaction has committed, in the thread that made the change; a
 * listener that throws is logged and never undoes or blocks the change. The disclosure module listens for
 * {@link org.sanxiang.api.domain.CaseStage#DECISION} to open a publication with its deadline; the
 * supervision adapter forwards stage changes with their supervision status codes.
 */
@ConsumerType
public interface CaseEventListener {

    /** The case has moved; {@code after} is the case as it is now (its stage is {@code transition.to()}). */
    void transitioned(EnforcementCase after, Transition transition);

    /** A document was added to the case. */
    default void documentAdded(EnforcementCase enforcementCase, DocumentInfo document) {
    }
}
