package org.sanxiang.api.disclosure;

import java.util.List;
import java.util.Map;

/**
 * What a recorded 双随机 draw was drawn from (its candidate subjects and inspectors, as stored with the draw) — with
 * the seed of {@link DrawResult}, all anyone needs to re-run the draw and compare.
 *
 * @param excluded inspectors offered but left out before the draw, with the reason (not drawn from)
 */
public record DrawInputs(long drawId, List<InspectionSubject> subjects, List<Inspector> inspectors,
        Map<String, String> excluded) {

    public DrawInputs {
        subjects = List.copyOf(subjects);
        inspectors = List.copyOf(inspectors);
        excluded = Map.copyOf(excluded);
    }
}
