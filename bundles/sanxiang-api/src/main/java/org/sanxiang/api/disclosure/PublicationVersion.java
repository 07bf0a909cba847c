package org.sanxiang.api.disclosure;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a publication's content (公示信息版本): every version is kept, with its maker (录入人), its
 * checker (审核人) and the 双公示 fields as published (ID numbers masked, amounts in 万元).
 *
 * @param publicationId the publication
 * @param version 1, 2, … in order of drafting
 * @param recordType {@code PENALTY} or {@code PERMIT}
 * @param severity the penalty's severity (sets the display period); null for permits
 * @param publicFields the fields as published, in the order of the standard
 * @param contentSha256 SHA-256 of the full content's canonical text
 * @param status 草稿 / 已审核 / 已公示 / 已被替代 / 已撤销 of this version
 */
public record PublicationVersion(long publicationId, int version, String recordType, Severity severity,
        Map<String, String> publicFields, String contentSha256, String status, String maker, Instant madeAt,
        String checker, Instant checkedAt, String publishedBy, Instant publishedAt) {

    public PublicationVersion {
        publicFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(publicFields));
    }
}
