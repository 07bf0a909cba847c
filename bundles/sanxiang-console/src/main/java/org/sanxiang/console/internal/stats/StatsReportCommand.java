package org.sanxiang.console.internal.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.review.Outcome;
import org.sanxiang.api.statistics.AnnualReport;
import org.sanxiang.api.statistics.AnnualReport.KindFigures;
import org.sanxiang.api.statistics.AnnualStatistics;
import org.sanxiang.api.statistics.CaseOutcome;
import org.sanxiang.api.statistics.GeneratedReport;
import org.sanxiang.api.statistics.Source;
import org.sanxiang.console.internal.ShellUser;
import org.sanxiang.console.internal.Tables;

/**
 * {@code sanxiang:stats-report}: the annual enforcement statistics (行政执法统计年报, R-D2) of a year as a table,
 * XML or HTML, printed or written to a file; {@code --generate} writes the year's report files and records
 * the generation.
 */
@Service
@Command(scope = "sanxiang", name = "stats-report",
        description = "Shows or generates the annual enforcement statistics report (行政执法统计年报)")
public class StatsReportCommand implements Action {

    @Reference(optional = true)
    private AnnualStatistics statistics;

    @Option(name = "-y", aliases = "--year", description = "The year reported (default: the previous year, China time)")
    private int year;

    @Option(name = "-f", aliases = "--format", description = "text (a table of the figures), xml or html")
    @Completion(value = StringsCompleter.class, values = {"text", "xml", "html"})
    private String format = "text";

    @Option(name = "-o", aliases = "--out", description = "Write the report to this file instead of printing it")
    private String out;

    @Option(name = "--generate", description = "Generate the year's XML and HTML files under reports.dir and record it")
    private boolean generate;

    @Option(name = "--csv", description = "Comma-separated output of the text table, for scripts")
    private boolean csv;

    @Override
    public Object execute() throws IOException {
        AnnualStatistics stats = Installed.require(statistics, "sanxiang-statistics");
        int y = year > 0 ? year : LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        if (generate) {
            GeneratedReport g = stats.generate(y, ShellUser.name());
            System.out.println(y + "年行政执法统计年报已生成:");
            System.out.println("  XML:  " + g.xml());
            System.out.println("  HTML: " + g.html());
            System.out.println("  XML SHA-256: " + g.xmlSha256());
            return null;
        }
        AnnualReport report = stats.compute(y);
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "xml", "html").contains(f)) {
            System.err.println("不支持的格式: " + format + " (text, xml, html)");
            return null;
        }
        if (f.equals("text") && out == null) {
            print(report);
            return null;
        }
        String body = f.equals("xml") ? stats.xml(report) : f.equals("html") ? stats.html(report) : text(report);
        if (out == null) {
            System.out.println(body);
        } else {
            Path file = Path.of(out).toAbsolutePath();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, body, StandardCharsets.UTF_8);
            System.out.println(y + "年行政执法统计年报(" + f + ")已写入 " + file);
        }
        return null;
    }

    private void print(AnnualReport r) {
        System.out.println(r.bureau() + " " + r.year() + "年度行政执法统计年报 (统计截止 " + r.asOf() + ")");
        Tables.print(System.out, csv, List.of("项目", "数值"), rows(r));
    }

    private static String text(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.bureau()).append(' ').append(r.year()).append("年度行政执法统计年报 (统计截止 ").append(r.asOf())
                .append(")\n");
        for (List<String> row : rows(r)) {
            sb.append(row.get(0)).append('\t').append(row.get(1)).append('\n');
        }
        return sb.toString();
    }

    static List<List<String>> rows(AnnualReport r) {
        List<List<String>> rows = new ArrayList<>();
        if (r.cases() == null) {
            rows.add(List.of(Source.CASES.chinese(), Source.NOT_CONNECTED));
        } else {
            rows.add(List.of("立案(件)", String.valueOf(r.cases().filed())));
            for (KindFigures k : r.cases().byKind()) {
                rows.add(List.of("  " + k.kind().chinese(), k.filed() + " (已办结 " + k.concluded() + ", 撤销立案 "
                        + k.withdrawn() + ", 在办 " + k.inProgress() + ", 作出决定 " + k.decisions() + ")"));
            }
            for (CaseOutcome o : CaseOutcome.values()) {
                rows.add(List.of("  " + o.chinese(), String.valueOf(r.cases().outcomes().get(o))));
            }
            rows.add(List.of("按月立案(1-12月)", join(r.cases().filedByMonth())));
            rows.add(List.of("作出决定(件)", String.valueOf(r.cases().decisions())));
            rows.add(List.of("按月作出决定(1-12月)", join(r.cases().decisionsByMonth())));
        }
        if (r.penalties() == null) {
            rows.add(List.of(Source.PENALTIES.chinese(), Source.NOT_CONNECTED));
        } else {
            rows.add(List.of("行政处罚决定(件)", r.penalties().decisions() + " (另已撤销 " + r.penalties().revoked() + ")"));
            rows.add(List.of("罚款(元)", r.penalties().fineYuan().toPlainString()));
            rows.add(List.of("没收违法所得、没收非法财物(元)", r.penalties().confiscatedYuan().toPlainString()));
            rows.add(List.of("罚没金额合计(元)", r.penalties().totalYuan().toPlainString()));
            rows.add(List.of("罚没金额合计(万元)", AnnualReport.wanYuan(r.penalties().totalYuan()).toPlainString()));
        }
        if (r.disclosure() == null) {
            rows.add(List.of(Source.DISCLOSURE.chinese(), Source.NOT_CONNECTED));
        } else {
            var d = r.disclosure();
            rows.add(List.of("执法决定公开", "应公开 " + d.decisions() + ", 按期 " + d.onTime() + ", 逾期公开 " + d.late()
                    + ", 逾期未公开 " + d.overdue() + ", 待公开 " + d.pending() + ", 不公开 " + d.notPublished()));
        }
        if (r.recordings() == null) {
            rows.add(List.of(Source.RECORDINGS.chinese(), Source.NOT_CONNECTED));
        } else {
            rows.add(List.of("音像记录(条)", r.recordings().linked() + " (全过程 " + r.recordings().fullProcess() + ")"));
            for (Map.Entry<Activity, Integer> a : r.recordings().byActivity().entrySet()) {
                rows.add(List.of("  " + a.getKey().chinese(), String.valueOf(a.getValue())));
            }
        }
        if (r.reviews() == null) {
            rows.add(List.of(Source.REVIEWS.chinese(), Source.NOT_CONNECTED));
        } else {
            rows.add(List.of("法制审核(件)", r.reviews().submitted() + " (尚在审核 " + r.reviews().open() + ", 出具意见 "
                    + r.reviews().opinions() + ")"));
            for (Map.Entry<Outcome, Integer> o : r.reviews().outcomes().entrySet()) {
                rows.add(List.of("  " + o.getKey().chinese(), String.valueOf(o.getValue())));
            }
        }
        return rows;
    }

    private static String join(List<Integer> values) {
        StringBuilder sb = new StringBuilder();
        for (Integer v : values) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(v);
        }
        return sb.toString();
    }
}
