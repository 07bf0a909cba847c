package org.sanxiang.review.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table rows of the review module as MyBatis maps them (UTC times, days in China, enums by name). */
public final class Rows {

    private Rows() {
    }

    /** {@code sx_rev_reviewer} */
    public static final class ReviewerRow {
        public String officerId;
        public String name;
        public String unit;
        public String reviewerRole;
        public boolean legalQualification;
        public String updatedBy;
        public LocalDateTime updatedAt;
    }

    /** {@code sx_rev_proposal} */
    public static final class ProposalRow {
        public Long id;
        public String caseNumber;
        public int version;
        public String caseKind;
        public String partyName;
        public String partyType;
        public String hearing;
        public boolean beyondDiscretion;
        public String discretionNote;
        public boolean suspectedCrime;
        public String manualReferral;
        public String summary;
        public String legalBasis;
        public String contentSha256;
        public String evaluation;
        public boolean major;
        public String proposedBy;
        public LocalDateTime proposedAt;
    }

    /** {@code sx_rev_measure} */
    public static final class MeasureRow {
        public long proposalId;
        public int seq;
        public String measureType;
        public BigDecimal amount;
        public String detail;
    }

    /** {@code sx_rev_request} */
    public static final class RequestRow {
        public Long id;
        public String caseNumber;
        public long proposalId;
        public int proposalVersion;
        public String proposalSha256;
        public String submittingUnit;
        public String submittedBy;
        public LocalDateTime submittedAt;
        public String objection;
        public Long resubmissionOf;
        public String state;
        public LocalDate materialsCompleteOn;
        public LocalDate segmentStart;
        public int usedDays;
        public int limitDays;
        public boolean extended;
        public String extensionBy;
        public String extensionReason;
        public LocalDate pausedSince;
        public LocalDate dueDate;
        public boolean dueProvisional;
        public String updatedBy;
        public LocalDateTime updatedAt;
    }

    /** {@code sx_rev_material} */
    public static final class MaterialRow {
        public Long id;
        public long requestId;
        public String materialType;
        public String title;
        public String sha256;
        public String submittedBy;
        public LocalDateTime submittedAt;
    }

    /** {@code sx_rev_supplement} */
    public static final class SupplementRow {
        public Long id;
        public long requestId;
        public LocalDate requestedOn;
        public String reason;
        public String requestedBy;
        public LocalDate resumedOn;
        public String resumedBy;
    }

    /** {@code sx_rev_consultation} */
    public static final class ConsultationRow {
        public Long id;
        public long requestId;
        public String adviserId;
        public String adviserName;
        public String adviserRole;
        public String opinion;
        public String recordedBy;
        public LocalDateTime recordedAt;
    }

    /** {@code sx_rev_opinion} */
    public static final class OpinionRow {
        public Long id;
        public long requestId;
        public String outcome;
        public String remarks;
        public String reviewerId;
        public String reviewerName;
        public LocalDateTime signedAt;
    }

    /** {@code sx_rev_finding} */
    public static final class FindingRow {
        public long opinionId;
        public String item;
        public String itemResult;
        public String commentText;
    }

    /** {@code sx_rev_discussion} */
    public static final class DiscussionRow {
        public Long id;
        public String caseNumber;
        public long proposalId;
        public int proposalVersion;
        public String proposalSha256;
        public String reason;
        public String openedBy;
        public LocalDateTime openedAt;
        public String chairedBy;
        public String conclusion;
        public String conclusionText;
        public String concludedBy;
        public LocalDateTime concludedAt;
    }
}
