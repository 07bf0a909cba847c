package org.sanxiang.api.applications;

import java.time.Instant;
import org.sanxiang.api.domain.PartyType;

/**
 * A permit application (行政许可申请) as stored, without the applicant's identity document or phone.
 *
 * @param receiptNumber 申请回执编号, {@code SQ} + submission date + sequence
 * @param applicantName the applicant's name as given (personal data for natural persons)
 * @param timeLimitDays the time limit in working days from acceptance (办理时限)
 * @param state         the newest step
 * @param repeated      true when this call repeated an earlier submission (same channel and request id)
 */
public record Application(String receiptNumber, String itemKey, String itemName, String counterId,
        String applicantType, String applicantName, int timeLimitDays, StepKind state, Instant submittedAt,
        String submittedBy, boolean repeated) {

    /** The applicant's name as the public may see it ({@link PartyType#publicName}): a natural person's masked. */
    public String publicApplicantName() {
        return org.sanxiang.api.domain.Labelled.find(PartyType.class, applicantType)
                .map(t -> t.publicName(applicantName)).orElse(applicantName);
    }
}
