package org.sanxiang.api.records;

import java.time.Instant;
import org.sanxiang.api.domain.CaseStage;

/**
 * An enforcement document (执法文书) of a case: its configured type (e.g. 立案审批表, 询问笔录), the stage it
 * was made in, and the SHA-256 of its content (which lives in the {@link EvidenceStore}).
 */
public record DocumentInfo(long id, String caseNumber, String type, CaseStage stage, String title, String sha256,
                           long size, String createdBy, Instant createdAt) {
}
