package org.sanxiang.applications.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Rows of the {@code sx_app_*} tables as MyBatis maps them (times in UTC). */
final class Rows {

    private Rows() {
    }

    /** {@code sx_app_application} */
    public static final class ApplicationRow {
        public long id;
        public String receiptNumber;
        public String channel;
        public String clientRequestId;
        public String counterId;
        public String itemKey;
        public String itemName;
        public int timeLimitDays;
        public String applicantType;
        public String applicantName;
        public String creditCode;
        public String idType;
        public String idNumber;
        public String phone;
        public String materials;
        public String note;
        public String state;
        public String submittedBy;
        public LocalDateTime submittedAt;
    }

    /** {@code sx_app_step} */
    public static final class StepRow {
        public long id;
        public long applicationId;
        public int seq;
        public String kind;
        public LocalDate occurredOn;
        public String decision;
        public String note;
        public String recordedBy;
        public LocalDateTime recordedAt;
        /** The deciding officer (审批结果 only; null before it was kept). */
        public String decidedBy;
    }

    /** {@code sx_app_access} */
    public static final class AccessRow {
        public long id;
        public LocalDateTime accessedAt;
        public String who;
        public String purpose;
        public String subjectRef;
    }
}
