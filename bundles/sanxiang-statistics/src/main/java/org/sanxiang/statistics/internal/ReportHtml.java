package org.sanxiang.statistics.internal;

import static org.sanxiang.statistics.internal.Html.escape;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.review.Outcome;
import org.sanxiang.api.statistics.AnnualReport;
import org.sanxiang.api.statistics.AnnualReport.CaseFigures;
import org.sanxiang.api.statistics.AnnualReport.DisclosureFigures;
import org.sanxiang.api.statistics.AnnualReport.KindFigures;
import org.sanxiang.api.statistics.AnnualReport.PenaltyFigures;
import org.sanxiang.api.statistics.AnnualReport.RecordingFigures;
import org.sanxiang.api.statistics.AnnualReport.ReviewFigures;
import org.sanxiang.api.statistics.CaseOutcome;
import org.sanxiang.api.statistics.Source;
import org.sanxiang.statistics.internal.Svg.Part;
import org.sanxiang.statistics.internal.Svg.Series;

/**
 * The report as one self-contained Chinese HTML page: inline CSS, inline SVG charts, system fonts only, no
 * script and no external resource, so that it opens offline in any browser and prints on A4.
 */
final class ReportHtml {

    static final String BLUE = "#2f6fb0";
    static final String ORANGE = "#e07b39";
    static final String GREEN = "#3f9b5a";
    static final String RED = "#c0392b";
    static final String PURPLE = "#8e6fc1";
    static final String GREY = "#9aa0a6";

    private static final List<String> MONTHS = List.of("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月",
            "10月", "11月", "12月");

    private static final String CSS = "body{font-family:\"Microsoft YaHei\",\"PingFang SC\",\"Noto Sans CJK SC\","
            + "\"Source Han Sans SC\",SimSun,sans-serif;color:#222;margin:0;background:#f4f5f7}"
            + "main{max-width:960px;margin:0 auto;background:#fff;padding:32px 40px 48px}"
            + "header{border-bottom:3px solid #b22222;margin-bottom:24px;text-align:center}"
            + "header .bureau{font-size:18px;margin:0;color:#555}"
            + "h1{font-size:28px;margin:8px 0 12px;color:#b22222;letter-spacing:2px}"
            + "header p{color:#666;font-size:13px;margin:4px 0 16px}"
            + "h2{font-size:20px;border-left:5px solid #2f6fb0;padding-left:10px;margin:36px 0 12px}"
            + "h3{font-size:15px;margin:20px 0 6px;color:#444}"
            + ".cards{display:flex;flex-wrap:wrap;gap:12px}"
            + ".card{flex:1 1 150px;border:1px solid #dde3ea;border-radius:6px;padding:12px 14px;background:#f9fbfd}"
            + ".card .k{font-size:13px;color:#666}.card .v{font-size:24px;font-weight:bold;color:#2f6fb0}"
            + ".card .u{font-size:13px;color:#666;margin-left:4px}"
            + "table{border-collapse:collapse;width:100%;margin:8px 0 12px;font-size:14px}"
            + "th,td{border:1px solid #cfd6de;padding:6px 10px;text-align:right}"
            + "th{background:#eef2f6}td:first-child,th:first-child{text-align:left}"
            + "tr.total td{font-weight:bold;background:#fafafa}"
            + ".na{color:#b22222;font-weight:bold}"
            + ".notconnected{border:1px dashed #b22222;color:#b22222;padding:14px;border-radius:6px;background:#fff7f7}"
            + "figure{margin:12px 0 20px}figcaption{font-size:13px;color:#555;text-align:center}"
            + "svg{width:100%;height:auto;display:block}"
            + "svg .grid{stroke:#e3e6ea;stroke-width:1}svg .base{stroke:#888;stroke-width:1}"
            + "svg text{font-family:inherit;fill:#333}svg .axis{font-size:12px;fill:#666}"
            + "svg .value{font-size:11px}svg .label{font-size:13px}svg .inside{font-size:13px;fill:#fff}"
            + ".notes{font-size:12px;color:#666;border-top:1px solid #ddd;margin-top:36px;padding-top:12px}"
            + "@media print{body{background:#fff}main{padding:0}figure,table{break-inside:avoid}}";

    private final StringBuilder out = new StringBuilder(32_000);

    private ReportHtml() {
    }

    static String write(AnnualReport r) {
        return new ReportHtml().page(r);
    }

    static String title(AnnualReport r) {
        return r.year() + "年度行政执法统计年报";
    }

    private String page(AnnualReport r) {
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(r.bureau() + title(r))).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        LocalDateTime generated = LocalDateTime.ofInstant(r.computedAt(), StatisticsService.CHINA);
        out.append("<header><p class=\"bureau\">").append(escape(r.bureau())).append("</p><h1>")
                .append(escape(title(r))).append("</h1><p>统计期间：").append(r.year()).append("年1月1日至")
                .append(r.year()).append("年12月31日　统计截止日：").append(r.asOf()).append("　生成时间：")
                .append(generated.toLocalDate()).append(' ')
                .append(String.format(Locale.ROOT, "%02d:%02d", generated.getHour(), generated.getMinute()))
                .append("（北京时间）</p></header>\n");
        overview(r);
        cases(r.cases());
        penalties(r.penalties());
        disclosure(r.disclosure());
        recordings(r.recordings());
        reviews(r.reviews());
        notes();
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void overview(AnnualReport r) {
        out.append("<section id=\"overview\"><h2>概览</h2><div class=\"cards\">");
        card("立案", r.cases() == null ? null : String.valueOf(r.cases().filed()), "件");
        card("作出决定", r.cases() == null ? null : String.valueOf(r.cases().decisions()), "件");
        card("行政处罚决定", r.penalties() == null ? null : String.valueOf(r.penalties().decisions()), "件");
        card("罚没金额", r.penalties() == null ? null : AnnualReport.wanYuan(r.penalties().totalYuan()).toPlainString(),
                "万元");
        card("音像记录", r.recordings() == null ? null : String.valueOf(r.recordings().linked()), "条");
        card("法制审核", r.reviews() == null ? null : String.valueOf(r.reviews().submitted()), "件");
        out.append("</div></section>\n");
    }

    private void card(String name, String value, String unit) {
        out.append("<div class=\"card\"><div class=\"k\">").append(name).append("</div>");
        if (value == null) {
            out.append("<div class=\"v na\">").append(Source.NOT_CONNECTED).append("</div></div>");
        } else {
            out.append("<div class=\"v\">").append(escape(value)).append("<span class=\"u\">").append(unit)
                    .append("</span></div></div>");
        }
    }

    private boolean section(String id, String heading, Source source, Object figures) {
        out.append("<section id=\"").append(id).append("\"><h2>").append(heading).append("</h2>");
        if (figures == null) {
            out.append("<p class=\"notconnected\">").append(Source.NOT_CONNECTED).append("：")
                    .append(source.chinese()).append("的数据来源模块未安装，本项不作统计（不是零）。</p></section>\n");
            return false;
        }
        return true;
    }

    private void cases(CaseFigures c) {
        if (!section("cases", "一、执法案件", Source.CASES, c)) {
            return;
        }
        out.append("<h3>按执法类别</h3><table><thead><tr><th>执法类别</th><th>立案</th><th>已办结</th><th>撤销立案</th>"
                + "<th>在办</th><th>作出决定</th></tr></thead><tbody>");
        for (KindFigures k : c.byKind()) {
            row(k.kind().chinese(), k.filed(), k.concluded(), k.withdrawn(), k.inProgress(), k.decisions());
        }
        out.append("<tr class=\"total\">");
        cells("合计", c.filed(), c.outcomes().get(CaseOutcome.CONCLUDED), c.outcomes().get(CaseOutcome.WITHDRAWN),
                c.outcomes().get(CaseOutcome.IN_PROGRESS), c.decisions());
        out.append("</tr></tbody></table>");
        figure(Svg.columns("chart-month", "按月立案数与作出决定数", MONTHS,
                List.of(new Series("立案", BLUE, decimals(c.filedByMonth())),
                        new Series("作出决定", ORANGE, decimals(c.decisionsByMonth()))), false),
                "图1　按月立案数与作出决定数（件）");
        List<String> kinds = new ArrayList<>();
        List<Integer> filed = new ArrayList<>();
        for (KindFigures k : c.byKind()) {
            kinds.add(k.kind().chinese());
            filed.add(k.filed());
        }
        figure(Svg.bars("chart-kind", "按执法类别立案数", kinds, filed, BLUE), "图2　按执法类别立案数（件）");
        figure(Svg.shares("chart-outcome", "办理结果", List.of(
                new Part(CaseOutcome.CONCLUDED.chinese(), GREEN, c.outcomes().get(CaseOutcome.CONCLUDED)),
                new Part(CaseOutcome.WITHDRAWN.chinese(), GREY, c.outcomes().get(CaseOutcome.WITHDRAWN)),
                new Part(CaseOutcome.IN_PROGRESS.chinese(), ORANGE, c.outcomes().get(CaseOutcome.IN_PROGRESS)))),
                "图3　本年立案案件办理结果（截至统计截止日）");
        out.append("</section>\n");
    }

    private void penalties(PenaltyFigures p) {
        if (!section("penalties", "二、行政处罚及罚没金额", Source.PENALTIES, p)) {
            return;
        }
        out.append("<table><thead><tr><th>项目</th><th>金额（元）</th><th>金额（万元）</th></tr></thead><tbody>");
        money("罚款", p.fineYuan());
        money("没收违法所得、没收非法财物", p.confiscatedYuan());
        out.append("<tr class=\"total\">");
        out.append("<td>罚没金额合计</td><td>").append(p.totalYuan().toPlainString()).append("</td><td>")
                .append(AnnualReport.wanYuan(p.totalYuan()).toPlainString()).append("</td></tr></tbody></table>");
        out.append("<p>行政处罚决定 <b>").append(p.decisions()).append("</b> 件（不含已撤销的 ").append(p.revoked())
                .append(" 件）。</p>");
        figure(Svg.columns("chart-amounts", "按月罚没金额（万元）", MONTHS,
                List.of(new Series("罚款", BLUE, wan(p.fineByMonth())),
                        new Series("没收违法所得、没收非法财物", ORANGE, wan(p.confiscatedByMonth()))), true),
                "图4　按月罚没金额（万元，按处罚决定日期）");
        out.append("</section>\n");
    }

    private void disclosure(DisclosureFigures d) {
        if (!section("disclosure", "三、执法决定公开", Source.DISCLOSURE, d)) {
            return;
        }
        out.append("<table><thead><tr><th>应公开决定</th><th>按期公开</th><th>逾期公开</th><th>逾期未公开</th><th>待公开</th>"
                + "<th>依规不公开或已撤销</th></tr></thead><tbody>");
        row(String.valueOf(d.decisions()), d.onTime(), d.late(), d.overdue(), d.pending(), d.notPublished());
        out.append("</tbody></table>");
        figure(Svg.shares("chart-disclosure", "执法决定公开时效", List.of(
                new Part("按期公开", GREEN, d.onTime()), new Part("逾期公开", ORANGE, d.late()),
                new Part("逾期未公开", RED, d.overdue()), new Part("待公开", BLUE, d.pending()),
                new Part("不公开", GREY, d.notPublished()))), "图5　执法决定公开时效（按决定日期统计）");
        out.append("</section>\n");
    }

    private void recordings(RecordingFigures r) {
        if (!section("recordings", "四、音像记录", Source.RECORDINGS, r)) {
            return;
        }
        out.append("<table><thead><tr><th>音像记录事项</th><th>条数</th></tr></thead><tbody>");
        for (Map.Entry<Activity, Integer> a : r.byActivity().entrySet()) {
            row(a.getKey().chinese(), a.getValue());
        }
        out.append("<tr class=\"total\">");
        cells("合计（其中全过程记录 " + r.fullProcess() + " 条）", r.linked());
        out.append("</tr></tbody></table>");
        figure(Svg.columns("chart-recordings", "按月音像记录数", MONTHS,
                List.of(new Series("音像记录", PURPLE, decimals(r.byMonth()))), false), "图6　按月音像记录数（条）");
        out.append("</section>\n");
    }

    private void reviews(ReviewFigures r) {
        if (!section("reviews", "五、重大执法决定法制审核", Source.REVIEWS, r)) {
            return;
        }
        out.append("<p>提交法制审核 <b>").append(r.submitted()).append("</b> 件，其中尚在审核 ").append(r.open())
                .append(" 件；出具审核意见 <b>").append(r.opinions()).append("</b> 件。</p>");
        out.append("<table><thead><tr><th>审核结论</th><th>件数</th></tr></thead><tbody>");
        List<String> names = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Map.Entry<Outcome, Integer> o : r.outcomes().entrySet()) {
            row(o.getKey().chinese(), o.getValue());
            names.add(o.getKey().chinese());
            counts.add(o.getValue());
        }
        out.append("</tbody></table>");
        figure(Svg.bars("chart-reviews", "法制审核结论", names, counts, GREEN), "图7　法制审核意见按结论（件）");
        out.append("</section>\n");
    }

    private void notes() {
        out.append("<section class=\"notes\"><p>说明：年度、月份按北京时间计算。立案数为本年立案的案件，办理结果为截至统计截止日所处环节"
                + "（结案、归档为已办结；曾撤销立案的为撤销立案；其余为在办）。作出决定数为本年进入决定环节的案件。行政处罚按处罚决定日期统计，"
                + "罚没金额不含已撤销的决定。执法决定公开以首次公开日期与公开期限比较。音像记录按关联案件的时间统计。"
                + "“").append(Source.NOT_CONNECTED).append("”表示该项数据来源模块未安装，不作统计。</p></section>\n");
    }

    private void figure(String svg, String caption) {
        out.append("<figure>").append(svg).append("<figcaption>").append(escape(caption)).append("</figcaption></figure>");
    }

    private void money(String name, BigDecimal yuan) {
        out.append("<tr><td>").append(name).append("</td><td>").append(yuan.toPlainString()).append("</td><td>")
                .append(AnnualReport.wanYuan(yuan).toPlainString()).append("</td></tr>");
    }

    private void row(String first, Object... values) {
        out.append("<tr>");
        cells(first, values);
        out.append("</tr>");
    }

    private void cells(String first, Object... values) {
        out.append("<td>").append(escape(first)).append("</td>");
        for (Object v : values) {
            out.append("<td>").append(v).append("</td>");
        }
    }

    private static List<BigDecimal> decimals(List<Integer> values) {
        return values.stream().map(BigDecimal::valueOf).toList();
    }

    private static List<BigDecimal> wan(List<BigDecimal> yuan) {
        return yuan.stream().map(AnnualReport::wanYuan).toList();
    }
}
