package org.sanxiang.statistics.internal;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.sanxiang.disclosure.internal.DisclosureComponent;
import org.sanxiang.records.internal.RecordsComponent;
import org.sanxiang.review.internal.ReviewComponent;
import org.sanxiang.store.support.ModuleStore;

/** A hub database on H2 with the records and disclosure schemas (their own migrations) and plain-SQL rows. */
final class Seed {

    final JdbcDataSource dataSource;

    private Seed(JdbcDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A fresh database; {@code records} and {@code disclosure} say which source modules are "installed". */
    static Seed database(boolean records, boolean disclosure) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:statistics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        if (records) {
            ModuleStore.open(ds, "records", RecordsComponent.class.getClassLoader(), List.of());
        }
        if (disclosure) {
            ModuleStore.open(ds, "disclosure", DisclosureComponent.class.getClassLoader(), List.of());
        }
        return new Seed(ds);
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Files a case at {@code filedAt} (UTC), now at {@code stage}; returns its id. */
    long caseFiled(String number, String kind, String stage, String filedAt) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sx_rec_case (case_number, kind, item, region, stage, filed_by, filed_at, updated_at)"
                        + " VALUES (?, ?, '非法占用土地', '140400', ?, 'seed', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, number);
            ps.setString(2, kind);
            ps.setString(3, stage);
            ps.setTimestamp(4, utc(filedAt));
            ps.setTimestamp(5, utc(filedAt));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    void transition(long caseId, String from, String to, String at) throws SQLException {
        update("INSERT INTO sx_rec_transition (case_id, from_stage, to_stage, actor, occurred_at, reason)"
                + " VALUES (?, ?, ?, 'seed', ?, '种子数据')", caseId, from, to, utc(at));
    }

    void media(long caseId, String activity, boolean fullProcess, String at) throws SQLException {
        update("INSERT INTO sx_rec_media (case_id, activity, sha256, officer_id, full_process, file_name, linked_by,"
                + " linked_at) VALUES (?, ?, ?, 'O1', ?, 'a.mp4', 'seed', ?)", caseId, activity,
                "ab".repeat(32), fullProcess, utc(at));
    }

    /** A publication of a decision; {@code publishedAt} (UTC) may be null, amounts in 元 may be null. */
    void publication(String caseNumber, String kind, String state, String decided, String due, String publishedAt,
                     String fine, String confiscated) throws SQLException {
        Timestamp now = utc("2026-01-01T00:00:00");
        update("INSERT INTO sx_dis_publication (case_number, kind, title, decision_date, due_date, state, version,"
                + " published_version, published_at, fine_yuan, confiscated_yuan, created_by, created_at, updated_at)"
                + " VALUES (?, ?, '决定', ?, ?, ?, 1, 1, ?, ?, ?, 'seed', ?, ?)", caseNumber, kind,
                java.sql.Date.valueOf(LocalDate.parse(decided)), java.sql.Date.valueOf(LocalDate.parse(due)), state,
                publishedAt == null ? null : utc(publishedAt), fine == null ? null : new BigDecimal(fine),
                confiscated == null ? null : new BigDecimal(confiscated), now, now);
    }

    /** The review module "installed": its own schema migrations, with the views the statistics read. */
    void reviewTables() throws SQLException {
        ModuleStore.open(dataSource, "review", ReviewComponent.class.getClassLoader(), List.of());
    }

    /** A review request (with the proposal it reviews) submitted at {@code submittedAt} (UTC). */
    void reviewRequest(long id, String state, String submittedAt) throws SQLException {
        Timestamp at = utc(submittedAt);
        update("INSERT INTO sx_rev_proposal (id, case_number, version, case_kind, party_name, party_type, hearing,"
                + " beyond_discretion, suspected_crime, summary, legal_basis, content_sha256, evaluation, major,"
                + " proposed_by, proposed_at) VALUES (?, ?, 1, 'PENALTY', '某公司', 'LEGAL_PERSON', 'NONE', FALSE,"
                + " FALSE, '拟处罚', '《土地管理法》第七十七条', ?, '重大', TRUE, 'seed', ?)", id, "R-" + id,
                "cd".repeat(32), at);
        update("INSERT INTO sx_rev_request (id, case_number, proposal_id, proposal_version, proposal_sha256,"
                + " submitting_unit, submitted_by, submitted_at, state, used_days, limit_days, extended,"
                + " due_provisional, updated_by, updated_at) VALUES (?, ?, ?, 1, ?, '执法监察科', 'seed', ?, ?, 0, 7,"
                + " FALSE, FALSE, 'seed', ?)", id, "R-" + id, id, "cd".repeat(32), at, state, at);
    }

    void opinion(long requestId, String outcome, String signedAt) throws SQLException {
        update("INSERT INTO sx_rev_opinion (request_id, outcome, remarks, reviewer_id, reviewer_name, signed_at)"
                + " VALUES (?, ?, '同意', 'F1', '法制员', ?)", requestId, outcome, utc(signedAt));
    }

    int count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** A UTC wall-clock time as the hub stores it. */
    static Timestamp utc(String isoLocal) {
        return Timestamp.valueOf(LocalDateTime.parse(isoLocal));
    }

    static Instant instant(String isoLocalUtc) {
        return LocalDateTime.parse(isoLocalUtc).toInstant(ZoneOffset.UTC);
    }

    /** The configuration with its defaults, values in {@code overrides} replacing them by method name. */
    static StatisticsConfig config(Map<String, Object> overrides) {
        return (StatisticsConfig) Proxy.newProxyInstance(StatisticsConfig.class.getClassLoader(),
                new Class<?>[] {StatisticsConfig.class}, (proxy, method, args) -> {
                    if (overrides.containsKey(method.getName())) {
                        return overrides.get(method.getName());
                    }
                    if (method.getDefaultValue() != null) {
                        return method.getDefaultValue();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
