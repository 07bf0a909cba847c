package org.sanxiang.api.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sanxiang.api.domain.EnforcementKind;

/**
 * A decision as the public sees it (事后公开): the published version's public fields (ID numbers masked, amounts in
 * 万元), and for a revoked one its public reason. Only decisions in their 公示期 are public; an expired one is gone.
 *
 * @param recordType {@code PENALTY} or {@code PERMIT}
 * @param decisionNumber 行政处罚决定书文号 or 行政许可决定文书号
 * @param displayUntil 公示截止期, null when the record has none
 */
public record PublicDecision(long publicationId, EnforcementKind kind, String recordType, String partyName,
        String uscc, String decisionNumber, LocalDate decisionDate, LocalDate displayUntil, boolean revoked,
        String revocationReason, Map<String, String> fields, Instant publishedAt) {

    public PublicDecision {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * A search of the public decisions: each criterion optional (exact 统一社会信用代码 and 文书号, part of the name,
     * decision dates from/to inclusive), newest decision first, {@code page} from 1.
     */
    public record Query(String uscc, String name, String decisionNumber, LocalDate from, LocalDate to, int page,
            int size) {

        public Query {
            page = Math.max(1, page);
            size = Math.max(1, Math.min(size, 200));
        }

        public static Query all(int page, int size) {
            return new Query(null, null, null, null, null, page, size);
        }
    }

    /** One page of a search, with the number of all matches. */
    public record Page(java.util.List<PublicDecision> items, long total, int page, int size) {

        public Page {
            items = java.util.List.copyOf(items);
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
