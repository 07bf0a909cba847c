package org.sanxiang.api.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a 双随机一公开 draw (随机抽取检查对象、随机选派执法检查人员): the item, the recorded seed
 * and, in draw order, each drawn subject with its two inspectors. Re-running the draw with the same
 * item, candidate lists and seed gives an equal result.
 *
 * @param itemCode the inspection item's code
 * @param seed the recorded seed (随机种子)
 * @param candidateCount how many subjects were candidates
 * @param assignments drawn subjects with their inspectors, in draw order
 */
public record DrawResult(String itemCode, String seed, int candidateCount, List<Assignment> assignments) {

    public DrawResult {
        Objects.requireNonNull(seed, "seed");
        assignments = List.copyOf(assignments);
    }

    /** One drawn subject and the inspectors assigned to it. */
    public record Assignment(InspectionSubject subject, List<Inspector> inspectors) {

        public Assignment {
            Objects.requireNonNull(subject, "subject");
            inspectors = List.copyOf(inspectors);
        }
    }
}
