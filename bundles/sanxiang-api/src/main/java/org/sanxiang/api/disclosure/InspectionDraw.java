package org.sanxiang.api.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sanxiang.api.calendar.Deadline;

/**
 * A recorded 双随机一公开 draw (随机抽查记录): the draw with its seed and inputs, so that anyone can re-run it,
 * and once the inspection is over its results per subject, to be published within 20 working days of the
 * inspection's end.
 *
 * @param id the draw's number
 * @param result the drawn subjects and inspectors, with the seed
 * @param sha256 SHA-256 of the draw's canonical inputs and result (ledgered)
 * @param inspectionEnd the last day of the inspection; null until the results are recorded
 * @param resultsDue the publication deadline of the results; null until the results are recorded
 * @param results the result category per drawn subject id, in draw order; empty until recorded
 * @param resultsPublishedAt when the results were put in the outbox; null before
 * @param excluded the inspectors offered but left out of the draw, by officer id, with the reason (持证上岗: no
 *                 certificate valid for 行政检查 on the draw date); recorded with the draw's inputs
 */
public record InspectionDraw(long id, InspectionItem item, DrawResult result, String sha256, String drawnBy,
        Instant drawnAt, LocalDate inspectionEnd, Deadline resultsDue, Map<String, InspectionResult> results,
        Instant resultsPublishedAt, Map<String, String> excluded) {

    public InspectionDraw {
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
        excluded = excluded == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
    }
}
