package org.sanxiang.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The one benchmark report (issue 18): every benchmark adds its figures, each beside the peer measured in the same
 * run, to {@code <bench.report.dir>/<bench>.csv} (default {@code target/bench}; the {@code bench} profile points it at
 * the project's {@code target/bench}), and the report is rewritten from all the CSV files there:
 * {@code report.csv} (every row) and {@code report.html} (a table and a bar per figure against its peer). Columns:
 * bench, figure, value, unit, peer, peer value, ratio (value / peer value), target, measured at. Figures only: a
 * benchmark never fails on its speed.
 */
final class BenchReport {

    static final String HEADER = "bench,figure,value,unit,peer,peer_value,ratio,target,measured_at";

    private BenchReport() {
    }

    /** The folder of the report (created when missing). */
    static Path dir() throws IOException {
        Path dir = Path.of(System.getProperty("bench.report.dir", "target/bench")).toAbsolutePath();
        Files.createDirectories(dir);
        return dir;
    }

    /** A figure without a peer. */
    static void add(String bench, String figure, double value, String unit, String target) throws IOException {
        add(bench, figure, value, unit, "", Double.NaN, target);
    }

    /** A figure beside its peer measured in the same run (peer value NaN: none). */
    static synchronized void add(String bench, String figure, double value, String unit, String peer, double peerValue,
            String target) throws IOException {
        Path file = dir().resolve(bench + ".csv");
        String ratio = Double.isNaN(peerValue) || peerValue == 0 ? "" : fmt(value / peerValue);
        String row = String.join(",", cell(bench), cell(figure), fmt(value), cell(unit), cell(peer),
                Double.isNaN(peerValue) ? "" : fmt(peerValue), ratio, cell(target), Instant.now().toString());
        if (!Files.exists(file)) {
            Files.writeString(file, HEADER + "\n", StandardCharsets.UTF_8);
        }
        Files.writeString(file, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        write();
    }

    /** Starts a benchmark's figures afresh (its CSV of an earlier run removed). */
    static void begin(String bench) throws IOException {
        Files.deleteIfExists(dir().resolve(bench + ".csv"));
    }

    /** Rewrites report.csv and report.html from every benchmark's CSV in the folder. */
    static void write() throws IOException {
        Path dir = dir();
        List<String[]> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv") && !p.getFileName().toString()
                    .equals("report.csv")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.equals(HEADER)) {
                        rows.add(parse(line));
                    }
                }
            }
        }
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(i == 0 ? "" : ",").append(cell(r[i]));
            }
            csv.append(line).append('\n');
        }
        Files.writeString(dir.resolve("report.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), html(rows), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.txt"), text(rows), StandardCharsets.UTF_8);
    }

    /** The table as plain text (what .ci/run prints): figure, value, unit, peer, peer value, ratio, target. */
    private static String text(List<String[]> rows) {
        int[] columns = {0, 1, 2, 3, 4, 5, 6, 7};
        String[] titles = {"bench", "figure", "value", "unit", "peer", "peer value", "ratio", "target"};
        int[] width = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            width[i] = titles[i].length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[columns[i]].length());
            }
        }
        StringBuilder t = new StringBuilder();
        List<String[]> all = new ArrayList<>();
        all.add(titles);
        all.addAll(rows);
        for (String[] r : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns.length; i++) {
                String cell = r[columns[i]];
                boolean number = i == 2 || i == 5 || i == 6;
                line.append(number ? " ".repeat(width[i] - cell.length()) + cell
                        : cell + " ".repeat(width[i] - cell.length())).append("  ");
            }
            t.append(line.toString().stripTrailing()).append('\n');
        }
        return t.toString();
    }

    private static String html(List<String[]> rows) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<title>Sanxiang Hub — benchmark report</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                + "td.n{text-align:right}.bar{fill:#3b73b9}.peer{fill:#a8a8a8}</style></head><body>\n"
                + "<h1>Sanxiang Hub — benchmark report</h1>\n<p>Each figure beside its peer measured in the same run "
                + "on the same machine; ratio = figure / peer. Speed is never asserted in a test.</p>\n"
                + "<table><tr><th>bench</th><th>figure</th><th>value</th><th>unit</th><th>peer</th><th>peer value"
                + "</th><th>ratio</th><th>target</th><th>chart (figure blue, peer grey)</th><th>measured at</th>"
                + "</tr>\n");
        for (String[] r : rows) {
            h.append("<tr>");
            for (int i = 0; i < 8; i++) {
                h.append(i == 2 || i == 5 || i == 6 ? "<td class=\"n\">" : "<td>").append(escape(r[i])).append("</td>");
            }
            h.append("<td>").append(chart(r[2], r[5])).append("</td><td>").append(escape(r[8])).append("</td></tr>\n");
        }
        return h.append("</table>\n</body></html>\n").toString();
    }

    /** Two horizontal bars on one scale: the figure and, when there is one, its peer. */
    private static String chart(String value, String peer) {
        double v = number(value);
        double p = number(peer);
        double max = Math.max(v, Double.isNaN(p) ? 0 : p);
        if (Double.isNaN(v) || max <= 0) {
            return "";
        }
        StringBuilder svg = new StringBuilder("<svg width=\"200\" height=\"" + (Double.isNaN(p) ? 10 : 22)
                + "\" role=\"img\">");
        svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"0\" y=\"0\" height=\"10\" width=\"%.1f\"/>",
                200 * v / max));
        if (!Double.isNaN(p)) {
            svg.append(String.format(Locale.ROOT, "<rect class=\"peer\" x=\"0\" y=\"12\" height=\"10\" width=\"%.1f\"/>",
                    200 * p / max));
        }
        return svg.append("</svg>").toString();
    }

    private static double number(String s) {
        try {
            return s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String cell(String s) {
        String v = s == null ? "" : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n")
                ? "\"" + v.replace("\"", "\"\"").replace("\n", " ") + "\"" : v;
    }

    /** One CSV line (quoted cells with doubled quotes), padded to the nine columns. */
    static String[] parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString());
        while (cells.size() < 9) {
            cells.add("");
        }
        return cells.toArray(new String[0]);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
