package org.sanxiang.api.records;

import java.util.Optional;
import org.sanxiang.api.domain.CaseStage;

/**
 * A gate on stage transitions (环节关卡), consulted on every transition of every case. The records module
 * has built-in gates (持证上岗 with two certified officers for 调查/取证, the audio-video record list, the
 * case-file standard for 归档); other modules register more as OSGi services — the legal review
 * (法制审核) vetoes {@link CaseStage#DECISION} for major decisions without a passed review.
 */
@FunctionalInterface
public interface StageGate {

    /** Service property with a short name of the gate, shown with its vetoes. */
    String NAME_PROPERTY = "sanxiang.gate.name";

    /** Service property with the requirement id the gate enforces (e.g. {@code R-L1}), shown with its vetoes. */
    String REQUIREMENT_PROPERTY = "sanxiang.gate.requirement";

    /**
     * Why the case may not move to {@code target} (a Chinese sentence for staff), or empty to let it pass.
     * Only legal successors are ever asked about.
     */
    Optional<String> veto(CaseSnapshot snapshot, CaseStage target);
}
