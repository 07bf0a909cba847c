package org.sanxiang.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request for legal review (法制审核申请) of one proposal version, with its materials, the time limit and
 * what happened to it.
 *
 * @param objection          on a resubmission, the unit's statement why it keeps or how it revised its proposal
 *                           (异议或修改说明), else null
 * @param resubmissionOf     the request this one answers after a non-approving opinion, else null
 * @param materialsCompleteOn the day the materials were complete: the time limit runs from it (start day not
 *                           counted); null while incomplete
 * @param limitWorkingDays   the time limit in working days, the extension included
 * @param usedWorkingDays    working days used before the current running period (pauses excluded)
 * @param dueDate            the last day of the time limit; null before it starts; while paused, the due date
 *                           before the pause (it moves when the time limit runs again)
 * @param dueProvisional     the due date depended on a year without holiday data and may move
 * @param missingMaterials   the material types still missing
 */
public record ReviewRequest(long id, String caseNumber, int proposalVersion, String proposalSha256,
                            String submittingUnit, String submittedBy, Instant submittedAt, String objection,
                            Long resubmissionOf, ReviewState state, LocalDate materialsCompleteOn,
                            int limitWorkingDays, int usedWorkingDays, boolean extended, String extensionApprovedBy,
                            String extensionReason, LocalDate pausedSince, LocalDate dueDate, boolean dueProvisional,
                            List<Material> materials, List<MaterialType> missingMaterials,
                            List<SupplementRequest> supplements, List<Consultation> consultations, Opinion opinion) {

    public ReviewRequest {
        materials = List.copyOf(materials);
        missingMaterials = List.copyOf(missingMaterials);
        supplements = List.copyOf(supplements);
        consultations = List.copyOf(consultations);
    }
}
