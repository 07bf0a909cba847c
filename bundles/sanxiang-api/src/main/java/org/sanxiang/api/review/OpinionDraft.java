package org.sanxiang.api.review;

import java.util.List;
import java.util.Objects;

/**
 * What a reviewer signs (审核意见): a finding for every {@link CheckItem}, the outcome, other remarks (其他意见)
 * and the signing reviewer's officer id.
 */
public record OpinionDraft(List<ItemFinding> findings, Outcome outcome, String remarks, String reviewerId) {

    public OpinionDraft {
        findings = List.copyOf(findings);
        Objects.requireNonNull(outcome, "outcome");
        remarks = remarks == null ? "" : remarks.strip();
        if (remarks.length() > 2000) {
            throw new IllegalArgumentException("其他意见最多2000字");
        }
    }
}
