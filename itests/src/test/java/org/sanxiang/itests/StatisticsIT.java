package org.sanxiang.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.statistics.AnnualReport;
import org.sanxiang.api.statistics.AnnualStatistics;
import org.sanxiang.api.statistics.CaseOutcome;
import org.sanxiang.api.statistics.Source;

/**
 * The annual enforcement statistics in Karaf (R-D2): a past year seeded with plain SQL on the hub's database
 * (cases across months and kinds with their transitions, recordings, penalty publications with amounts) and
 * its report written by {@code sanxiang:stats-report --format html --out}: the page has its charts and
 * totals. A case filed and walked through the real records services counts in this year's figures, and
 * {@code --generate} writes and records the report files. Figures are compared as differences from before
 * the seeding, because on MariaDB the database outlives each Karaf.
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class StatisticsIT extends HubTestSupport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    private AnnualStatistics statistics;

    @Inject
    private CaseRecords cases;

    @Inject
    private OfficerRegistry officers;

    @Inject
    private EvidenceStore evidence;

    @Inject
    @Filter("(osgi.jndi.service.name=jdbc/sanxiang)")
    private DataSource dataSource;

    @Override
    protected Option[] extraOptions() {
        // where the console writes the report: outside the Karaf folder, which Pax Exam deletes
        return new Option[] {systemProperty("sanxiang.itest.reports")
                .value(new File("target/statistics-reports").getAbsolutePath())};
    }

    @Test
    public void theAnnualReportOfASeededYearOpensAsHtmlWithItsCharts() throws Exception {
        int year = ThreadLocalRandom.current().nextInt(2001, 2020);
        AnnualReport before = statistics.compute(year);
        String run = uniqueId("ST");
        long a = caseFiled(run + "-A", "PENALTY", "ARCHIVED", year + "-01-10T02:00:00");
        transition(a, null, "FILED", year + "-01-10T02:00:00");
        transition(a, "EXAMINATION", "DECISION", year + "-02-15T02:00:00");
        long b = caseFiled(run + "-B", "PENALTY", "EXECUTION", year + "-03-05T02:00:00");
        transition(b, "EXAMINATION", "DECISION", year + "-04-01T02:00:00");
        long c = caseFiled(run + "-C", "PERMIT", "CLOSED", year + "-05-20T02:00:00");
        transition(c, "EXAMINATION", "DECISION", year + "-05-25T02:00:00");
        long d = caseFiled(run + "-D", "INSPECTION", "WITHDRAWN", year + "-08-08T02:00:00");
        transition(d, "FILED", "WITHDRAWN", year + "-08-10T02:00:00");
        caseFiled(run + "-E", "LEVY", "INVESTIGATION", year + "-11-11T02:00:00");
        // 00:30 on 1 January in China
        caseFiled(run + "-F", "COERCION", "FILED", (year - 1) + "-12-31T16:30:00");
        media(a, "ON_SITE_INSPECTION", false, year + "-01-12T02:00:00");
        media(a, "SERVICE", false, year + "-02-20T02:00:00");
        media(c, "HEARING", true, year + "-05-22T02:00:00");
        publication(run + "-A", "PENALTY", "PUBLISHED", year + "-02-15", year + "-02-26", year + "-02-20T02:00:00",
                "88888.88", "1111.12");
        publication(run + "-B", "PENALTY", "PUBLISHED", year + "-04-01", year + "-04-10", year + "-04-15T02:00:00",
                "20000.00", null);
        publication(run + "-C", "PERMIT", "PUBLISHED", year + "-05-25", year + "-06-04", year + "-06-01T02:00:00",
                null, null);
        publication(run + "-X", "PENALTY", "REVOKED", year + "-06-06", year + "-06-16", null, "500.00", null);

        Path file = Path.of(System.getProperty("sanxiang.itest.reports"), "行政执法统计年报-" + year + ".html");
        String printed = console("sanxiang:stats-report --year " + year + " --format html --out " + file);
        assertTrue(printed, printed.contains("已写入 " + file));
        AnnualReport after = statistics.compute(year);

        assertEquals(6, after.cases().filed() - before.cases().filed());
        assertEquals(2, after.cases().filedByMonth().get(0) - before.cases().filedByMonth().get(0));
        assertEquals(3, after.cases().decisions() - before.cases().decisions());
        assertEquals(2, after.cases().outcomes().get(CaseOutcome.CONCLUDED)
                - before.cases().outcomes().get(CaseOutcome.CONCLUDED));
        assertEquals(1, after.cases().outcomes().get(CaseOutcome.WITHDRAWN)
                - before.cases().outcomes().get(CaseOutcome.WITHDRAWN));
        assertEquals(2, after.penalties().decisions() - before.penalties().decisions());
        assertEquals(new BigDecimal("110000.00"),
                after.penalties().totalYuan().subtract(before.penalties().totalYuan()));
        assertEquals(1, after.disclosure().late() - before.disclosure().late());
        assertEquals(3, after.recordings().linked() - before.recordings().linked());

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>" + year + "年度行政执法统计年报</h1>"));
        List<String> charts = List.of("chart-month", "chart-kind", "chart-outcome", "chart-amounts",
                "chart-disclosure", "chart-recordings");
        for (String chart : charts) {
            assertTrue(chart, html.contains("<svg id=\"" + chart + "\""));
        }
        int expected = charts.size() + (after.connected(Source.REVIEWS) ? 1 : 0);
        assertEquals(expected, html.split("<svg ", -1).length - 1);
        assertTrue("case totals", html.contains("<tr class=\"total\"><td>合计</td><td>" + after.cases().filed() + "</td>"));
        assertTrue("amount totals", html.contains("<td>罚没金额合计</td><td>" + after.penalties().totalYuan()
                .toPlainString() + "</td><td>" + AnnualReport.wanYuan(after.penalties().totalYuan()).toPlainString()));
        assertFalse("self-contained", html.contains("<script") || html.contains("<link") || html.contains("src="));
        System.out.println("StatisticsIT: annual report of " + year + " written to " + file);

        String text = console("sanxiang:stats-report --year " + year);
        assertTrue(text, text.contains("罚没金额合计(元)"));
        assertTrue(text, text.contains(after.penalties().totalYuan().toPlainString()));
    }

    @Test
    public void aCaseFiledThroughTheServicesCountsInThisYearAndTheReportIsGenerated() throws Exception {
        int year = LocalDate.now(CHINA).getYear();
        AnnualReport before = statistics.compute(year);
        String lead = CaseFixtures.officer(officers, "赵六");
        String second = CaseFixtures.officer(officers, "孙七");
        CaseFixtures.walkToExamination(cases, evidence, uniqueId("长自然资罚"), lead, second);
        AnnualReport after = statistics.compute(year);
        assertEquals(1, after.cases().filed() - before.cases().filed());
        assertEquals(1, kindFiled(after, EnforcementKind.PENALTY) - kindFiled(before, EnforcementKind.PENALTY));
        assertEquals(1, after.cases().outcomes().get(CaseOutcome.IN_PROGRESS)
                - before.cases().outcomes().get(CaseOutcome.IN_PROGRESS));
        assertEquals(2, after.recordings().linked() - before.recordings().linked());
        assertEquals(1, after.recordings().byActivity().get(Activity.ON_SITE_INSPECTION)
                - before.recordings().byActivity().get(Activity.ON_SITE_INSPECTION));

        String printed = console("sanxiang:stats-report --year " + year + " --generate");
        assertTrue(printed, printed.contains(year + "年行政执法统计年报已生成"));
        Path xml = Path.of(System.getProperty("karaf.data"), "reports", String.valueOf(year),
                "行政执法统计年报-" + year + ".xml");
        assertTrue(printed, printed.contains(xml.toString()));
        assertTrue(Files.readString(xml, StandardCharsets.UTF_8).contains("urn:sanxiang:statistics:v1"));
        assertTrue(Files.isRegularFile(xml.resolveSibling("行政执法统计年报-" + year + ".html")));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT generated_by, xml_sha256 FROM sx_stat_report WHERE report_year = ? ORDER BY id DESC")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue("the generation is recorded", rs.next());
                assertTrue(rs.getString(1), rs.getString(1).startsWith("console"));
                assertEquals(sha256(Files.readAllBytes(xml)), rs.getString(2));
            }
        }
    }

    private static int kindFiled(AnnualReport r, EnforcementKind kind) {
        return r.cases().byKind().stream().filter(k -> k.kind() == kind).findFirst().orElseThrow().filed();
    }

    // ---------------------------------------------------------------- plain SQL for past-dated rows

    private long caseFiled(String number, String kind, String stage, String filedAtUtc) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sx_rec_case (case_number, kind, item, region, stage, filed_by, filed_at, updated_at)"
                        + " VALUES (?, ?, '非法占用土地', '140400', ?, 'itest', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, number);
            ps.setString(2, kind);
            ps.setString(3, stage);
            ps.setObject(4, LocalDateTime.parse(filedAtUtc));
            ps.setObject(5, LocalDateTime.parse(filedAtUtc));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    private void transition(long caseId, String from, String to, String atUtc) throws Exception {
        update("INSERT INTO sx_rec_transition (case_id, from_stage, to_stage, actor, occurred_at, reason)"
                + " VALUES (?, ?, ?, 'itest', ?, '统计测试数据')", caseId, from, to, LocalDateTime.parse(atUtc));
    }

    /**
     * A recording linked at a past time: the row is written directly (the records service links only now), its
     * content is put in the evidence store first, so the hub's integrity verification finds every linked file
     * (the suite leaves no data the product would flag, whichever suite runs after it on a shared database).
     */
    private void media(long caseId, String activity, boolean fullProcess, String atUtc) throws Exception {
        String sha = evidence.put(new java.io.ByteArrayInputStream(("media " + caseId + activity + " " + uniqueId("m"))
                .getBytes(StandardCharsets.UTF_8))).sha256();
        update("INSERT INTO sx_rec_media (case_id, activity, sha256, officer_id, full_process, file_name, linked_by,"
                + " linked_at) VALUES (?, ?, ?, 'itest', ?, 'itest.mp4', 'itest', ?)", caseId, activity, sha,
                fullProcess, LocalDateTime.parse(atUtc));
    }

    private void publication(String caseNumber, String kind, String state, String decided, String due,
                             String publishedAtUtc, String fine, String confiscated) throws Exception {
        LocalDateTime now = LocalDateTime.now(java.time.ZoneOffset.UTC);
        update("INSERT INTO sx_dis_publication (case_number, kind, title, decision_date, due_date, state, version,"
                + " published_version, published_at, fine_yuan, confiscated_yuan, created_by, created_at, updated_at)"
                + " VALUES (?, ?, '统计测试决定', ?, ?, ?, 1, 1, ?, ?, ?, 'itest', ?, ?)", caseNumber, kind,
                LocalDate.parse(decided), LocalDate.parse(due), state,
                publishedAtUtc == null ? null : LocalDateTime.parse(publishedAtUtc),
                fine == null ? null : new BigDecimal(fine), confiscated == null ? null : new BigDecimal(confiscated),
                now, now);
    }

    private void update(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            assertEquals(1, ps.executeUpdate());
        }
    }
}
