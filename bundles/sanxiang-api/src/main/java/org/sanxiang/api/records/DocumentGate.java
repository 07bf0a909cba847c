package org.sanxiang.api.records;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A gate on adding documents (文书签发关卡), consulted by {@link CaseRecords#addDocument} before anything is
 * stored. The legal review (法制审核) vetoes issuing a 决定书 for a major decision without a passed review of
 * the current proposal. Register as an OSGi service with {@link StageGate#NAME_PROPERTY}.
 */
@ConsumerType
@FunctionalInterface
public interface DocumentGate {

    /** Why a document of {@code documentType} may not be added to the case now (Chinese, for staff), or empty. */
    Optional<String> veto(CaseSnapshot snapshot, String documentType);
}
