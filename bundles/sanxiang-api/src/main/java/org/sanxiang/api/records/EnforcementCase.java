package org.sanxiang.api.records;

import java.time.Instant;
import java.util.List;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;

/** A case (案件) as recorded: its filing data, the assigned officers and its current stage. */
public record EnforcementCase(String caseNumber, EnforcementKind kind, String item, String region,
                              List<Party> parties, List<String> officerIds, CaseStage stage, String filedBy,
                              Instant filedAt, Instant updatedAt) {

    public EnforcementCase {
        parties = List.copyOf(parties);
        officerIds = List.copyOf(officerIds);
    }
}
