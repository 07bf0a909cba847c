package org.sanxiang.statistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The columns the statistics read from the other modules' tables, and its own report rows (UTC times). */
public final class Rows {

    private Rows() {
    }

    /** A case filed in the year ({@code sx_rec_stat_case}, a view of the records module) and whether it was ever withdrawn. */
    public static final class CaseRow {
        public String kind;
        public String stage;
        public LocalDateTime filedAt;
        public int withdrawals;
    }

    /** A transition to 决定 ({@code sx_rec_stat_decision}, a view of the records module) with its case's kind. */
    public static final class DecisionRow {
        public String kind;
        public LocalDateTime occurredAt;
    }

    /** A publication of a decision dated in the year ({@code sx_dis_stat_publication}, a view of the disclosure module). */
    public static final class PublicationRow {
        public String kind;
        public String state;
        public LocalDate decisionDate;
        public LocalDate dueDate;
        public LocalDateTime publishedAt;
        public BigDecimal fineYuan;
        public BigDecimal confiscatedYuan;
    }

    /** A recording linked in the year ({@code sx_rec_stat_media}, a view of the records module). */
    public static final class MediaRow {
        public String activity;
        public boolean fullProcess;
        public LocalDateTime linkedAt;
    }

    /** {@code sx_stat_report} */
    public static final class ReportRow {
        public Long id;
        public int reportYear;
        public LocalDateTime generatedAt;
        public String xmlSha256;
        public String xmlPath;
        public String generatedBy;
    }
}
