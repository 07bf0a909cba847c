package org.sanxiang.api.records;

import java.io.InputStream;
import java.util.List;
import org.sanxiang.api.domain.CaseStage;

/**
 * Cases through their stages (执法全过程记录, R-R1..R-R4, R-R6): filing, officer assignment, transitions
 * checked by the legal successors of {@link CaseStage} and by every {@link StageGate}, documents, linked
 * recordings. Acting officers must be assigned and certified (持证上岗); every read takes an
 * {@link AccessRequest} and is logged. All changes are appended to the ledger when it is present.
 */
public interface CaseRecords {

    /** Files a case (立案) at stage {@link CaseStage#FILED}; the actor must be certified for it. */
    EnforcementCase file(NewCase newCase, String actor);

    /** Assigns an officer; refused unless the officer is certified for the case today. */
    EnforcementCase assignOfficer(String caseNumber, String officerId, String actor);

    /** Reads a case (logged). */
    EnforcementCase get(String caseNumber, AccessRequest access);

    /** The newest cases, optionally only those at {@code stage} (logged as one CASE_LIST read). */
    List<EnforcementCase> list(CaseStage stage, int limit, AccessRequest access);

    /**
     * Moves the case to {@code target}.
     *
     * @throws TransitionRefusedException when it is not a legal successor or a gate vetoes it
     */
    Transition transition(String caseNumber, CaseStage target, String actor, String reason);

    /** The stage history (logged as a read of the case). */
    List<Transition> history(String caseNumber, AccessRequest access);

    /** Adds a document of a configured type at the case's current stage; content goes to the evidence store. */
    DocumentInfo addDocument(String caseNumber, String type, String title, InputStream content, String actor);

    /** The documents of a case (logged as a read of the case). */
    List<DocumentInfo> documents(String caseNumber, AccessRequest access);

    /** The content of a document (logged). */
    InputStream readDocument(long documentId, AccessRequest access);

    /** The document types the case-file standard asks of this case's kind and it does not yet hold. */
    List<String> missingDocuments(String caseNumber);

    /** Links a stored recording to a case; the recording officer must be assigned to it. */
    MediaLink linkMedia(String caseNumber, String sha256, Activity activity, String officerId, boolean fullProcess,
                        String fileName, String actor);

    /** The recordings linked to a case (logged as a read of the case). */
    List<MediaLink> media(String caseNumber, AccessRequest access);

    /** The content of a stored recording (logged). */
    InputStream openMedia(String sha256, AccessRequest access);
}
