package org.sanxiang.statistics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.review.Outcome;
import org.sanxiang.api.statistics.AnnualReport;
import org.sanxiang.api.statistics.AnnualReport.KindFigures;
import org.sanxiang.api.statistics.CaseOutcome;
import org.sanxiang.api.statistics.GeneratedReport;
import org.sanxiang.api.statistics.Source;
import org.sanxiang.store.support.ModuleStore;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The annual statistics of a seeded year (2025) on H2 with the records and disclosure schemas: figures by
 * month in China time, kind, outcome; penalties and amounts; publication timeliness; recordings; reviews
 * connected or not (未接入); the XML valid against the XSD; the HTML with its charts; generation and the
 * yearly schedule.
 */
class StatisticsServiceTest {

    /** 2026-01-20 10:00 in China: the default report date. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-20T02:00:00Z"));

    @TempDir
    Path reports;

    private Seed seed;

    @BeforeEach
    void setUp() throws Exception {
        seed = Seed.database(true, true);
        seedYear2025(seed);
    }

    /**
     * Cases C1..C7 (one filed on New Year's Eve in UTC, which is already 2025 in China; one filed at 00:30 on
     * 2026-01-01 in China; one filed in 2024 but decided in 2025), publications P1..P7, recordings.
     */
    static void seedYear2025(Seed s) throws Exception {
        long c1 = s.caseFiled("C1", "PENALTY", "ARCHIVED", "2025-01-15T02:00:00");
        s.transition(c1, null, "FILED", "2025-01-15T02:00:00");
        s.transition(c1, "EXAMINATION", "DECISION", "2025-03-10T02:00:00");
        s.transition(c1, "CLOSED", "ARCHIVED", "2025-05-10T02:00:00");
        long c2 = s.caseFiled("C2", "PENALTY", "EXECUTION", "2024-12-31T17:00:00");
        s.transition(c2, "EXAMINATION", "DECISION", "2025-06-01T02:00:00");
        long c3 = s.caseFiled("C3", "PERMIT", "CLOSED", "2025-03-05T01:00:00");
        s.transition(c3, "EXAMINATION", "DECISION", "2025-03-20T01:00:00");
        long c4 = s.caseFiled("C4", "INSPECTION", "WITHDRAWN", "2025-07-20T08:00:00");
        s.transition(c4, "FILED", "WITHDRAWN", "2025-07-25T08:00:00");
        s.caseFiled("C5", "INSPECTION", "FILED", "2025-12-31T16:30:00");
        long c6 = s.caseFiled("C6", "COERCION", "ARCHIVED", "2025-12-31T15:59:00");
        s.transition(c6, "FILED", "WITHDRAWN", "2026-01-02T01:00:00");
        s.transition(c6, "WITHDRAWN", "ARCHIVED", "2026-01-03T01:00:00");
        long c7 = s.caseFiled("C7", "PENALTY", "SERVICE", "2024-06-01T02:00:00");
        s.transition(c7, "EXAMINATION", "DECISION", "2025-02-10T02:00:00");

        s.publication("C1", "PENALTY", "PUBLISHED", "2025-03-10", "2025-03-19", "2025-03-18T03:00:00",
                "123456.78", "1000.00");
        // published at 01:00 on 06-11 in China: one day late although the UTC date is the due date
        s.publication("C2", "PENALTY", "PUBLISHED", "2025-06-01", "2025-06-10", "2025-06-10T17:00:00",
                "50000.00", null);
        s.publication("C7", "PENALTY", "REVOKED", "2025-02-10", "2025-02-19", "2025-02-12T03:00:00",
                "9999.99", null);
        s.publication("C3", "PERMIT", "APPROVED", "2025-03-20", "2025-03-31", null, null, null);
        s.publication("I-9", "INSPECTION", "DRAFT", "2025-12-30", "2026-01-28", null, null, null);
        s.publication("P-6", "PENALTY", "NOT_PUBLISHED", "2025-09-01", "2025-09-10", null, "200.00", null);
        s.publication("P-7", "PENALTY", "PUBLISHED", "2024-12-31", "2025-01-10", "2025-01-06T03:00:00",
                "777.00", null);

        s.media(c1, "ON_SITE_INSPECTION", false, "2025-01-20T03:00:00");
        s.media(c1, "SERVICE", false, "2025-03-12T03:00:00");
        s.media(c3, "HEARING", true, "2025-07-01T03:00:00");
        s.media(c2, "INVESTIGATION", false, "2024-12-31T15:00:00");
    }

    private StatisticsService service(Seed s) throws Exception {
        ModuleStore store = ModuleStore.open(s.dataSource(), "statistics", StatisticsComponent.class.getClassLoader(),
                StatisticsComponent.MAPPERS);
        StatisticsSettings settings = StatisticsSettings.of(Seed.config(Map.of("reports_dir", reports.toString())));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        return new StatisticsService(store, new Sources(s.dataSource()), () -> settings, clock);
    }

    @Test
    void casesAreCountedByMonthInChinaKindAndOutcome() throws Exception {
        AnnualReport r = service(seed).compute(2025);
        assertEquals("长治市自然资源局", r.bureau());
        assertEquals(LocalDate.parse("2026-01-20"), r.asOf());
        assertEquals(5, r.cases().filed(), "C1, C2 (2025-01-01 01:00 in China), C3, C4, C6; not C5 nor C7");
        assertEquals(List.of(2, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1), r.cases().filedByMonth());
        assertEquals(Map.of(CaseOutcome.CONCLUDED, 2, CaseOutcome.WITHDRAWN, 2, CaseOutcome.IN_PROGRESS, 1),
                r.cases().outcomes(), "C6 was archived after its withdrawal: withdrawn, not concluded");
        assertEquals(List.of(
                new KindFigures(EnforcementKind.PERMIT, 1, 1, 0, 0, 1),
                new KindFigures(EnforcementKind.PENALTY, 2, 1, 0, 1, 3),
                new KindFigures(EnforcementKind.COERCION, 1, 0, 1, 0, 0),
                new KindFigures(EnforcementKind.LEVY, 0, 0, 0, 0, 0),
                new KindFigures(EnforcementKind.INSPECTION, 1, 0, 1, 0, 0)), r.cases().byKind());
        assertEquals(4, r.cases().decisions(), "C7 was filed in 2024 and decided in 2025");
        assertEquals(List.of(0, 1, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0), r.cases().decisionsByMonth());
    }

    @Test
    void penaltiesAndAmountsAreSummedExactlyWithoutRevokedDecisions() throws Exception {
        AnnualReport r = service(seed).compute(2025);
        assertEquals(3, r.penalties().decisions());
        assertEquals(1, r.penalties().revoked());
        assertEquals(new BigDecimal("173656.78"), r.penalties().fineYuan());
        assertEquals(new BigDecimal("1000.00"), r.penalties().confiscatedYuan());
        assertEquals(new BigDecimal("174656.78"), r.penalties().totalYuan());
        assertEquals(new BigDecimal("17.465678"), AnnualReport.wanYuan(r.penalties().totalYuan()));
        assertEquals(List.of(0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0), r.penalties().decisionsByMonth());
        assertEquals(new BigDecimal("123456.78"), r.penalties().fineByMonth().get(2));
        assertEquals(new BigDecimal("0.00"), r.penalties().confiscatedByMonth().get(5));
    }

    @Test
    void publicationTimelinessComparesTheChinaPublishingDayWithTheDueDate() throws Exception {
        AnnualReport.DisclosureFigures d = service(seed).compute(2025).disclosure();
        assertEquals(6, d.decisions());
        assertEquals(2, d.onTime());
        assertEquals(1, d.late(), "published 01:00 on the day after the due date in China");
        assertEquals(1, d.overdue());
        assertEquals(1, d.pending(), "due 2026-01-28, after the day of the report");
        assertEquals(1, d.notPublished());
    }

    @Test
    void recordingsAreCountedByMonthAndActivity() throws Exception {
        AnnualReport.RecordingFigures m = service(seed).compute(2025).recordings();
        assertEquals(3, m.linked());
        assertEquals(1, m.fullProcess());
        assertEquals(List.of(1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0), m.byMonth());
        assertEquals(1, m.byActivity().get(Activity.HEARING));
        assertEquals(0, m.byActivity().get(Activity.INVESTIGATION), "linked in 2024 in China");
    }

    @Test
    void aMissingSourceIsNotConnectedNeverZero() throws Exception {
        StatisticsService service = service(seed);
        AnnualReport r = service.compute(2025);
        assertFalse(r.connected(Source.REVIEWS));
        assertNull(r.reviews());
        assertTrue(service.xml(r).contains("<reviews connected=\"false\" status=\"未接入\"/>"), service.xml(r));
        String html = service.html(r);
        assertTrue(section(html, "reviews").contains("未接入"), section(html, "reviews"));

        Seed bare = Seed.database(false, true);
        AnnualReport onlyDisclosure = service(bare).compute(2025);
        assertNull(onlyDisclosure.cases());
        assertNull(onlyDisclosure.recordings());
        assertNotNull(onlyDisclosure.penalties());
        assertEquals(0, onlyDisclosure.penalties().decisions(), "connected and empty is zero");
        String page = service(bare).html(onlyDisclosure);
        assertTrue(section(page, "cases").contains("未接入"));
        assertTrue(section(page, "recordings").contains("未接入"));
        assertEquals(2, count(page, "<svg "), "only the penalty and disclosure charts");
        valid(service(bare).xml(onlyDisclosure));
    }

    @Test
    void reviewsAreCountedWhenTheReviewModuleIsInstalled() throws Exception {
        seed.reviewTables();
        seed.reviewRequest(1, "COMPLETED", "2025-04-01T02:00:00");
        seed.reviewRequest(2, "IN_REVIEW", "2025-12-20T02:00:00");
        seed.reviewRequest(3, "COMPLETED", "2024-11-20T02:00:00");
        seed.opinion(1, "APPROVE", "2025-04-03T02:00:00");
        seed.opinion(3, "REVISE_CORRECT", "2025-01-03T02:00:00");
        StatisticsService service = service(seed);
        AnnualReport r = service.compute(2025);
        assertEquals(2, r.reviews().submitted());
        assertEquals(1, r.reviews().open());
        assertEquals(2, r.reviews().opinions());
        assertEquals(1, r.reviews().outcomes().get(Outcome.APPROVE));
        assertEquals(1, r.reviews().outcomes().get(Outcome.REVISE_CORRECT));
        assertEquals(0, r.reviews().outcomes().get(Outcome.DISAGREE));
        String html = service.html(r);
        assertEquals(7, count(html, "<svg "));
        assertFalse(html.contains("未接入</div>"), "no overview card is 未接入");
        valid(service.xml(r));
    }

    @Test
    void theXmlIsValidAgainstTheSchemaAndCarriesTheFigures() throws Exception {
        StatisticsService service = service(seed);
        String xml = service.xml(service.compute(2025));
        valid(xml);
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        XPath x = xpath();
        assertEquals("2025", x.evaluate("/s:annualReport/@year", doc));
        assertEquals("长治市自然资源局", x.evaluate("/s:annualReport/s:bureau", doc));
        assertEquals("5", x.evaluate("/s:annualReport/s:cases/s:filed", doc));
        assertEquals("4", x.evaluate("/s:annualReport/s:cases/s:decisions", doc));
        assertEquals("2", x.evaluate("/s:annualReport/s:cases/s:outcomes/@withdrawn", doc));
        assertEquals("3", x.evaluate("/s:annualReport/s:cases/s:byKind/s:kind[@code='PENALTY']/@decisions", doc));
        assertEquals("行政处罚", x.evaluate("/s:annualReport/s:cases/s:byKind/s:kind[@code='PENALTY']/@name", doc));
        assertEquals("2", x.evaluate("/s:annualReport/s:cases/s:byMonth/s:month[@number='1']/@filed", doc));
        assertEquals("174656.78", x.evaluate("/s:annualReport/s:penalties/s:totalYuan", doc));
        assertEquals("17.465678", x.evaluate("/s:annualReport/s:penalties/s:totalWanYuan", doc));
        assertEquals("123456.78",
                x.evaluate("/s:annualReport/s:penalties/s:byMonth/s:month[@number='3']/@fineYuan", doc));
        assertEquals("1", x.evaluate("/s:annualReport/s:disclosure/s:late", doc));
        assertEquals("1", x.evaluate("/s:annualReport/s:recordings/s:fullProcess", doc));
        assertEquals("false", x.evaluate("/s:annualReport/s:reviews/@connected", doc));
    }

    @Test
    void theHtmlIsSelfContainedChineseWithItsChartsAndTotals() throws Exception {
        StatisticsService service = service(seed);
        String html = service.html(service.compute(2025));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<title>长治市自然资源局2025年度行政执法统计年报</title>"));
        assertTrue(html.contains("<h1>2025年度行政执法统计年报</h1>"));
        for (String chart : List.of("chart-month", "chart-kind", "chart-outcome", "chart-amounts", "chart-disclosure",
                "chart-recordings")) {
            assertTrue(html.contains("<svg id=\"" + chart + "\""), chart);
        }
        assertEquals(6, count(html, "<svg "), "one chart each, reviews 未接入");
        assertTrue(html.contains("<td>合计</td><td>5</td><td>2</td><td>2</td><td>1</td><td>4</td>"),
                "the case totals row");
        assertTrue(html.contains("<td>罚没金额合计</td><td>174656.78</td><td>17.465678</td>"));
        assertTrue(section(html, "overview").contains("17.465678<span class=\"u\">万元"));
        assertTrue(section(html, "cases").contains("<title>3月 立案: 1</title>"), "bar tooltips carry the value");
        assertTrue(section(html, "cases").contains("<title>行政处罚: 2</title>"));
        assertTrue(section(html, "cases").contains("已办结 2"), "the outcome legend");
        for (String external : List.of("<script", "<link", "src=", "url(", "@import", "https:")) {
            assertFalse(html.contains(external), "no external resource: " + external);
        }
        Matcher http = Pattern.compile("http://[^\"]*").matcher(html);
        while (http.find()) {
            assertEquals("http://www.w3.org/2000/svg", http.group(), "only the SVG namespace");
        }
    }

    @Test
    void generateWritesBothFilesAndRecordsTheGeneration() throws Exception {
        StatisticsService service = service(seed);
        GeneratedReport g = service.generate(2025, "console:admin");
        assertEquals(reports.resolve("2025").resolve("行政执法统计年报-2025.xml"), g.xml());
        assertEquals(reports.resolve("2025").resolve("行政执法统计年报-2025.html"), g.html());
        String xml = Files.readString(g.xml(), StandardCharsets.UTF_8);
        valid(xml);
        assertEquals(StatisticsService.sha256(xml), g.xmlSha256());
        assertTrue(Files.readString(g.html(), StandardCharsets.UTF_8).contains("2025年度行政执法统计年报"));
        List<Rows.ReportRow> rows = service.generations(2025);
        assertEquals(1, rows.size());
        assertEquals("console:admin", rows.get(0).generatedBy);
        assertEquals(g.xmlSha256(), rows.get(0).xmlSha256);
        assertEquals(g.xml().toString(), rows.get(0).xmlPath);
        assertEquals(1, seed.count("SELECT COUNT(*) FROM sx_stat_report WHERE report_year = 2025"));
    }

    @Test
    void theScheduleGeneratesThePreviousYearOnceFromTheReportDate() throws Exception {
        StatisticsService service = service(seed);
        now.set(Instant.parse("2026-01-19T15:59:00Z"));
        assertTrue(service.generateIfDue("system").isEmpty(), "23:59 on 01-19 in China: not yet");
        now.set(Instant.parse("2026-01-19T16:00:00Z"));
        GeneratedReport g = service.generateIfDue("system").orElseThrow();
        assertEquals(2025, g.year());
        assertTrue(Files.isRegularFile(g.html()));
        now.set(Instant.parse("2026-03-01T02:00:00Z"));
        assertTrue(service.generateIfDue("system").isEmpty(), "generated once");
        assertEquals(1, service.generations(2025).size());
    }

    @Test
    void settingsHaveTheirDefaultsAndRefuseABadDate() {
        String previous = System.setProperty("karaf.data", "/srv/karaf/data");
        StatisticsSettings s;
        try {
            s = StatisticsSettings.of(Seed.config(Map.of()));
        } finally {
            if (previous == null) {
                System.clearProperty("karaf.data");
            } else {
                System.setProperty("karaf.data", previous);
            }
        }
        assertEquals(java.time.MonthDay.of(1, 20), s.reportDate());
        assertEquals(Path.of("/srv/karaf/data/reports"), s.reportsDir());
        assertEquals("长治市自然资源局", s.bureau());
        assertEquals(java.time.MonthDay.of(2, 1),
                StatisticsSettings.of(Seed.config(Map.of("report_date", "02-01", "reports_dir", "/r"))).reportDate());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> StatisticsSettings.of(Seed.config(Map.of("report_date", "20.01.", "reports_dir", "/r"))));
        assertTrue(bad.getMessage().contains("MM-dd"));
        assertThrows(IllegalArgumentException.class, () -> StatisticsSettings.of(
                Seed.config(Map.of("reports_dir", "${sanxiang.unset.property}/reports"))));
    }

    // ---------------------------------------------------------------- helpers

    static void valid(String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try (var xsd = StatisticsComponent.class.getClassLoader().getResourceAsStream(ReportXml.XSD)) {
            f.newSchema(new StreamSource(xsd)).newValidator().validate(new StreamSource(new StringReader(xml)));
        }
    }

    private static XPath xpath() {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "s".equals(prefix) ? "urn:sanxiang:statistics:v1" : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return x;
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** The HTML of {@code <section id="id">}. */
    static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, "section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }
}
