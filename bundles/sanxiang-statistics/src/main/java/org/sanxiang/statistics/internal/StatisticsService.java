package org.sanxiang.statistics.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.review.Outcome;
import org.sanxiang.api.review.ReviewState;
import org.sanxiang.api.statistics.AnnualReport;
import org.sanxiang.api.statistics.AnnualReport.CaseFigures;
import org.sanxiang.api.statistics.AnnualReport.DisclosureFigures;
import org.sanxiang.api.statistics.AnnualReport.KindFigures;
import org.sanxiang.api.statistics.AnnualReport.PenaltyFigures;
import org.sanxiang.api.statistics.AnnualReport.RecordingFigures;
import org.sanxiang.api.statistics.AnnualReport.ReviewFigures;
import org.sanxiang.api.statistics.AnnualStatistics;
import org.sanxiang.api.statistics.CaseOutcome;
import org.sanxiang.api.statistics.GeneratedReport;
import org.sanxiang.api.statistics.Source;
import org.sanxiang.statistics.internal.Rows.CaseRow;
import org.sanxiang.statistics.internal.Rows.DecisionRow;
import org.sanxiang.statistics.internal.Rows.MediaRow;
import org.sanxiang.statistics.internal.Rows.PublicationRow;
import org.sanxiang.statistics.internal.Rows.ReportRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes a year's figures read-only from the tables of the connected sources, renders them, writes the
 * files and records each generation in {@code sx_stat_report}.
 */
final class StatisticsService implements AnnualStatistics {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String FILE_STEM = "行政执法统计年报-";

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsService.class);

    private final ModuleStore store;
    private final Sources sources;
    private final Supplier<StatisticsSettings> settings;
    private final Clock clock;

    StatisticsService(ModuleStore store, Sources sources, Supplier<StatisticsSettings> settings, Clock clock) {
        this.store = store;
        this.sources = sources;
        this.settings = settings;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }

    // ---------------------------------------------------------------- compute

    @Override
    public AnnualReport compute(int year) {
        if (year < 1900 || year > 9998) {
            throw new IllegalArgumentException("统计年度无效: " + year);
        }
        Set<Source> connected = sources.connected();
        LocalDateTime from = utc(LocalDate.of(year, 1, 1));
        LocalDateTime to = utc(LocalDate.of(year + 1, 1, 1));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate asOf = LocalDate.ofInstant(now, CHINA);
        return store.read(session -> {
            StatisticsMapper m = session.getMapper(StatisticsMapper.class);
            CaseFigures cases = connected.contains(Source.CASES)
                    ? cases(m.casesFiled(from, to), m.decisions(from, to)) : null;
            List<PublicationRow> publications = connected.contains(Source.PENALTIES)
                    ? m.publications(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)) : List.of();
            PenaltyFigures penalties = connected.contains(Source.PENALTIES) ? penalties(publications) : null;
            DisclosureFigures disclosure = connected.contains(Source.DISCLOSURE)
                    ? disclosure(publications, asOf) : null;
            RecordingFigures recordings = connected.contains(Source.RECORDINGS) ? recordings(m.media(from, to)) : null;
            ReviewFigures reviews = connected.contains(Source.REVIEWS)
                    ? reviews(m.reviewRequestStates(from, to), m.opinionOutcomes(from, to)) : null;
            return new AnnualReport(year, settings.get().bureau(), now, asOf, cases, penalties, disclosure,
                    recordings, reviews);
        });
    }

    /** Midnight of {@code day} in China as a UTC wall-clock time, the form the tables hold. */
    static LocalDateTime utc(LocalDate day) {
        return day.atStartOfDay(CHINA).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** The month (1..12) in China of a UTC wall-clock time. */
    static int month(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(CHINA).getMonthValue();
    }

    private static CaseFigures cases(List<CaseRow> filed, List<DecisionRow> decided) {
        int[] byMonth = new int[12];
        int[] decisionsByMonth = new int[12];
        Map<EnforcementKind, int[]> kinds = new EnumMap<>(EnforcementKind.class);
        for (EnforcementKind k : EnforcementKind.values()) {
            kinds.put(k, new int[5]);
        }
        Map<CaseOutcome, Integer> outcomes = new EnumMap<>(CaseOutcome.class);
        for (CaseRow r : filed) {
            byMonth[month(r.filedAt) - 1]++;
            CaseOutcome outcome = outcome(r);
            outcomes.merge(outcome, 1, Integer::sum);
            int[] k = kinds.get(EnforcementKind.valueOf(r.kind));
            k[0]++;
            k[1 + outcome.ordinal()]++;
        }
        for (DecisionRow r : decided) {
            decisionsByMonth[month(r.occurredAt) - 1]++;
            kinds.get(EnforcementKind.valueOf(r.kind))[4]++;
        }
        List<KindFigures> byKind = new ArrayList<>();
        kinds.forEach((kind, k) -> byKind.add(new KindFigures(kind, k[0], k[1], k[2], k[3], k[4])));
        return new CaseFigures(filed.size(), list(byMonth), byKind, outcomes, decided.size(), list(decisionsByMonth));
    }

    static CaseOutcome outcome(CaseRow r) {
        CaseStage stage = CaseStage.valueOf(r.stage);
        if (r.withdrawals > 0 || stage == CaseStage.WITHDRAWN) {
            return CaseOutcome.WITHDRAWN;
        }
        return stage == CaseStage.CLOSED || stage == CaseStage.ARCHIVED ? CaseOutcome.CONCLUDED : CaseOutcome.IN_PROGRESS;
    }

    private static PenaltyFigures penalties(List<PublicationRow> publications) {
        int decisions = 0;
        int revoked = 0;
        int[] byMonth = new int[12];
        BigDecimal[] fines = zeros();
        BigDecimal[] confiscated = zeros();
        for (PublicationRow p : publications) {
            if (!EnforcementKind.PENALTY.name().equals(p.kind)) {
                continue;
            }
            if ("REVOKED".equals(p.state)) {
                revoked++;
                continue;
            }
            decisions++;
            int i = p.decisionDate.getMonthValue() - 1;
            byMonth[i]++;
            fines[i] = fines[i].add(yuan(p.fineYuan));
            confiscated[i] = confiscated[i].add(yuan(p.confiscatedYuan));
        }
        return new PenaltyFigures(decisions, revoked, sum(fines), sum(confiscated), list(byMonth), List.of(fines),
                List.of(confiscated));
    }

    private static DisclosureFigures disclosure(List<PublicationRow> publications, LocalDate asOf) {
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int pending = 0;
        int notPublished = 0;
        for (PublicationRow p : publications) {
            if (p.publishedAt != null) {
                LocalDate published = LocalDate.ofInstant(p.publishedAt.toInstant(ZoneOffset.UTC), CHINA);
                if (published.isAfter(p.dueDate)) {
                    late++;
                } else {
                    onTime++;
                }
            } else if ("NOT_PUBLISHED".equals(p.state) || "REVOKED".equals(p.state)) {
                notPublished++;
            } else if (asOf.isAfter(p.dueDate)) {
                overdue++;
            } else {
                pending++;
            }
        }
        return new DisclosureFigures(publications.size(), onTime, late, overdue, pending, notPublished);
    }

    private static RecordingFigures recordings(List<MediaRow> media) {
        int[] byMonth = new int[12];
        int full = 0;
        Map<Activity, Integer> byActivity = new EnumMap<>(Activity.class);
        for (MediaRow r : media) {
            byMonth[month(r.linkedAt) - 1]++;
            if (r.fullProcess) {
                full++;
            }
            byActivity.merge(Activity.valueOf(r.activity), 1, Integer::sum);
        }
        return new RecordingFigures(media.size(), full, list(byMonth), byActivity);
    }

    private static ReviewFigures reviews(List<String> requestStates, List<String> opinionOutcomes) {
        int open = 0;
        for (String s : requestStates) {
            if (ReviewState.valueOf(s).open()) {
                open++;
            }
        }
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (String o : opinionOutcomes) {
            outcomes.merge(Outcome.valueOf(o), 1, Integer::sum);
        }
        return new ReviewFigures(requestStates.size(), open, opinionOutcomes.size(), outcomes);
    }

    private static BigDecimal yuan(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2);
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] a = new BigDecimal[12];
        Arrays.fill(a, BigDecimal.ZERO.setScale(2));
        return a;
    }

    private static BigDecimal sum(BigDecimal[] values) {
        BigDecimal s = BigDecimal.ZERO.setScale(2);
        for (BigDecimal v : values) {
            s = s.add(v);
        }
        return s;
    }

    private static List<Integer> list(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    // ---------------------------------------------------------------- render

    @Override
    public String xml(AnnualReport report) {
        return ReportXml.write(report);
    }

    @Override
    public String html(AnnualReport report) {
        return ReportHtml.write(report);
    }

    // ---------------------------------------------------------------- generate

    @Override
    public GeneratedReport generate(int year, String actor) {
        AnnualReport report = compute(year);
        String xml = xml(report);
        String html = html(report);
        Path dir = settings.get().reportsDir().resolve(String.valueOf(year));
        Path xmlFile = dir.resolve(FILE_STEM + year + ".xml");
        Path htmlFile = dir.resolve(FILE_STEM + year + ".html");
        try {
            Files.createDirectories(dir);
            write(xmlFile, xml);
            write(htmlFile, html);
        } catch (IOException e) {
            throw new UncheckedIOException("统计年报文件写入失败: " + dir, e);
        }
        ReportRow row = new ReportRow();
        row.reportYear = year;
        row.generatedAt = LocalDateTime.ofInstant(report.computedAt(), ZoneOffset.UTC);
        row.xmlSha256 = sha256(xml);
        row.xmlPath = xmlFile.toString();
        row.generatedBy = actor;
        store.inTransaction(s -> s.getMapper(StatisticsMapper.class).insertReport(row));
        LOG.info("{}年行政执法统计年报已生成 by {}: {} (XML sha256 {}), {}", year, actor, xmlFile, row.xmlSha256, htmlFile);
        return new GeneratedReport(year, xmlFile, htmlFile, row.xmlSha256, report.computedAt(), actor);
    }

    /** The generations of {@code year}'s report, oldest first. */
    List<ReportRow> generations(int year) {
        return store.read(s -> s.getMapper(StatisticsMapper.class).reports(year));
    }

    /**
     * The yearly run: on or after the report date of this year, generates the previous year's report unless
     * it was generated before; empty when nothing was due.
     */
    Optional<GeneratedReport> generateIfDue(String actor) {
        LocalDate today = today();
        LocalDate due = settings.get().reportDate().atYear(today.getYear());
        int year = today.getYear() - 1;
        if (today.isBefore(due) || !generations(year).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(generate(year, actor));
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
