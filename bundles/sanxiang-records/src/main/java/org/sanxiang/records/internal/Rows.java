package org.sanxiang.records.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table rows of the records module as MyBatis maps them (UTC times, enums by name). */
public final class Rows {

    private Rows() {
    }

    /** {@code sx_rec_officer} */
    public static final class OfficerRow {
        public String officerId;
        public String name;
        public String unit;
        public String post;
        public String certNumber;
        public String certKinds;
        public String certRegion;
        public LocalDate validFrom;
        public LocalDate validTo;
        public String updatedBy;
        public LocalDateTime updatedAt;
    }

    /** {@code sx_rec_case} */
    public static final class CaseRow {
        public Long id;
        public String caseNumber;
        public String kind;
        public String item;
        public String region;
        public String stage;
        public String filedBy;
        public LocalDateTime filedAt;
        public LocalDateTime updatedAt;
    }

    /** {@code sx_rec_party} */
    public static final class PartyRow {
        public Long id;
        public long caseId;
        public int seq;
        public String partyType;
        public String name;
        public String creditCode;
        public String registrationNumber;
        public String idType;
        public String idNumber;
    }

    /** {@code sx_rec_transition}, with the case number joined in. */
    public static final class TransitionRow {
        public Long id;
        public long caseId;
        public String caseNumber;
        public String fromStage;
        public String toStage;
        public String actor;
        public LocalDateTime occurredAt;
        public String reason;
    }

    /** {@code sx_rec_document}, with the case number joined in. */
    public static final class DocumentRow {
        public Long id;
        public long caseId;
        public String caseNumber;
        public String docType;
        public String stage;
        public String title;
        public String sha256;
        public long sizeBytes;
        public String createdBy;
        public LocalDateTime createdAt;
    }

    /** {@code sx_rec_media}, with the case number joined in. */
    public static final class MediaRow {
        public Long id;
        public long caseId;
        public String caseNumber;
        public String activity;
        public String sha256;
        public String officerId;
        public boolean fullProcess;
        public String fileName;
        public String linkedBy;
        public LocalDateTime linkedAt;
    }

    /** {@code sx_rec_access} */
    public static final class AccessRow {
        public Long id;
        public LocalDateTime accessedAt;
        public String who;
        public String purpose;
        public String subjectType;
        public String subjectRef;
    }

    /** {@code sx_rec_hold} */
    public static final class HoldRow {
        public Long id;
        public String subjectRef;
        public String reason;
        public String placedBy;
        public LocalDateTime placedAt;
        public String releasedBy;
        public LocalDateTime releasedAt;
    }

    /** {@code sx_rec_deletion}: a record deleted after its retention period. */
    public static final class DeletionRow {
        public Long id;
        public String recordClass;
        public String ref;
        public LocalDate retainedUntil;
        public String deletedBy;
        public LocalDateTime deletedAt;
    }

    /** {@code sx_rec_config}: the effective settings as applied (canonical text). */
    public static final class ConfigRow {
        public Long id;
        public String pid;
        public String settings;
        public String settingsSha256;
        public String appliedBy;
        public LocalDateTime appliedAt;
    }

    /** {@code sx_rec_recording_alert} */
    public static final class RecordingAlertRow {
        public Long id;
        public String caseNumber;
        public long transitionId;
        public String stage;
        public String activity;
        public String requirement;
        public LocalDateTime expectedSince;
        public LocalDateTime dueAt;
        public LocalDateTime raisedAt;
        public LocalDateTime clearedAt;
        public String clearedReason;
    }

    /** A case in a stage with activities to record, with the transition that brought it there. */
    public static final class StageEntryRow {
        public long caseId;
        public String caseNumber;
        public String kind;
        public String stage;
        public long transitionId;
        public LocalDateTime enteredAt;
    }
}
