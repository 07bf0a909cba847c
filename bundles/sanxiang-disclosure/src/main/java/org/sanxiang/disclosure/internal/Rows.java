package org.sanxiang.disclosure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table rows of the disclosure module as MyBatis maps them (UTC times, enums by name). */
public final class Rows {

    private Rows() {
    }

    /** {@code sx_dis_publication} */
    public static final class PublicationRow {
        public Long id;
        public String caseNumber;
        public String kind;
        public String itemCode;
        public String title;
        public LocalDate decisionDate;
        public LocalDate dueDate;
        public String dueMissingYears;
        public String state;
        public int version;
        public int publishedVersion;
        public LocalDate displayUntil;
        public LocalDateTime publishedAt;
        public LocalDateTime acknowledgedAt;
        public String revocationReason;
        public BigDecimal fineYuan;
        public BigDecimal confiscatedYuan;
        public String createdBy;
        public LocalDateTime createdAt;
        public LocalDateTime updatedAt;
    }

    /** {@code sx_dis_version} */
    public static final class VersionRow {
        public long publicationId;
        public int version;
        public String recordType;
        public String severity;
        public String contentText;
        public String contentSha256;
        public String status;
        public String maker;
        public LocalDateTime madeAt;
        public String checker;
        public LocalDateTime checkedAt;
        public String publishedBy;
        public LocalDateTime publishedAt;
    }

    /** {@code sx_dis_event} */
    public static final class EventRow {
        public Long id;
        public long publicationId;
        public int version;
        public String event;
        public String contentSha256;
        public String actor;
        public LocalDateTime occurredAt;
        public String note;
    }

    /** {@code sx_dis_outbox} */
    public static final class OutboxRow {
        public Long id;
        public long publicationId;
        public int version;
        public String action;
        public String businessKey;
        public String payload;
        public LocalDateTime createdAt;
        public LocalDateTime acknowledgedAt;
        public String receipt;
    }

    /** {@code sx_dis_alert} */
    public static final class AlertRow {
        public Long id;
        public long publicationId;
        public String caseNumber;
        public String alertLevel;
        public LocalDate dueDate;
        public int workingDaysLeft;
        public LocalDateTime raisedAt;
    }

    /** {@code sx_dis_register} */
    public static final class RegisterRow {
        public Long id;
        public String registerType;
        public String entryKey;
        public int version;
        public LocalDate effectiveFrom;
        public String fieldsText;
        public boolean withdrawn;
        public String sha256;
        public String changedBy;
        public LocalDateTime changedAt;
    }

    /** {@code sx_dis_draw} */
    public static final class DrawRow {
        public Long id;
        public String itemText;
        public String seed;
        public String inputsText;
        public String resultText;
        public String sha256;
        public String drawnBy;
        public LocalDateTime drawnAt;
        public LocalDate inspectionEnd;
        public LocalDate resultsDue;
        public String resultsText;
        public String resultsBy;
        public LocalDateTime resultsAt;
        public LocalDateTime resultsPublishedAt;
    }

    /** A row of {@code sx_dis_public}: a decision in public view. */
    public static final class PublicRow {
        public Long publicationId;
        public String kind;
        public String recordType;
        public String partyName;
        public String uscc;
        public String decisionNumber;
        public LocalDate decisionDate;
        public LocalDate displayUntil;
        public boolean revoked;
        public String revocationReason;
        public String fieldsText;
        public LocalDateTime publishedAt;
    }
}
