package org.sanxiang.api.records;

import java.time.LocalDate;
import java.util.List;

/**
 * What a {@link StageGate} sees of a case when a transition is asked for: the case, its assigned officers
 * (resolved), its documents and linked recordings, the actor and the day (in China) of the transition.
 */
public record CaseSnapshot(EnforcementCase enforcementCase, List<Officer> officers, List<DocumentInfo> documents,
                           List<MediaLink> media, String actor, LocalDate day) {

    public CaseSnapshot {
        officers = List.copyOf(officers);
        documents = List.copyOf(documents);
        media = List.copyOf(media);
    }
}
