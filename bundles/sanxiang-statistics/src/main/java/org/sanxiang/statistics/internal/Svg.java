package org.sanxiang.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report: plain shapes and text, no scripts, sized by {@code viewBox} so
 * that they scale with the page and print. Every chart carries a {@code <title>} for screen readers.
 */
final class Svg {

    /** One series of values with its colour. */
    record Series(String name, String colour, List<BigDecimal> values) {
    }

    /** One share of a whole. */
    record Part(String name, String colour, int value) {
    }

    private static final int WIDTH = 720;

    private Svg() {
    }

    /**
     * Vertical bars, one group per label: side by side, or stacked when {@code stacked}. Values above each bar
     * (the stack's total when stacked).
     */
    static String columns(String id, String title, List<String> labels, List<Series> series, boolean stacked) {
        int height = 300;
        int left = 56;
        int right = 16;
        int top = 40;
        int bottom = 48;
        int plotW = WIDTH - left - right;
        int plotH = height - top - bottom;
        BigDecimal max = BigDecimal.ZERO;
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal stack = BigDecimal.ZERO;
            for (Series s : series) {
                stack = stacked ? stack.add(s.values().get(i)) : stack.max(s.values().get(i));
            }
            max = max.max(stack);
        }
        BigDecimal axis = niceMax(max);
        if (whole(series)) {
            // whole counts: gridlines on whole numbers
            axis = axis.divide(BigDecimal.valueOf(4), 0, RoundingMode.CEILING).multiply(BigDecimal.valueOf(4));
        }
        StringBuilder sb = open(id, title, height);
        legend(sb, series.stream().map(s -> new Part(s.name(), s.colour(), 0)).toList(), left, 14, false);
        for (int g = 0; g <= 4; g++) {
            BigDecimal v = axis.multiply(BigDecimal.valueOf(g)).divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_UP);
            double y = top + plotH - plotH * g / 4.0;
            sb.append(f("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>", left, y,
                    left + plotW, y));
            sb.append(f("<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%s</text>", left - 6,
                    y + 4, number(v)));
        }
        double slot = plotW / (double) labels.size();
        int bars = stacked ? 1 : series.size();
        double barW = Math.min(36, slot * 0.7 / bars);
        for (int i = 0; i < labels.size(); i++) {
            double x0 = left + slot * i + (slot - barW * bars) / 2;
            double base = top + plotH;
            BigDecimal stack = BigDecimal.ZERO;
            for (int s = 0; s < series.size(); s++) {
                BigDecimal v = series.get(s).values().get(i);
                double h = scale(v, axis, plotH);
                double x = stacked ? x0 : x0 + barW * s;
                double y = stacked ? base - scale(stack.add(v), axis, plotH) : base - h;
                if (h > 0) {
                    sb.append(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                            + "<title>%s %s: %s</title></rect>", x, y, barW, h, series.get(s).colour(),
                            Html.escape(labels.get(i)), Html.escape(series.get(s).name()), number(v)));
                }
                if (!stacked && v.signum() > 0) {
                    sb.append(f("<text x=\"%.1f\" y=\"%.1f\" class=\"value\" text-anchor=\"middle\">%s</text>",
                            x + barW / 2, y - 3, number(v)));
                }
                stack = stack.add(v);
            }
            if (stacked && stack.signum() > 0) {
                sb.append(f("<text x=\"%.1f\" y=\"%.1f\" class=\"value\" text-anchor=\"middle\">%s</text>",
                        x0 + barW / 2, base - scale(stack, axis, plotH) - 3, number(stack)));
            }
            sb.append(f("<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%s</text>",
                    left + slot * i + slot / 2, top + plotH + 18, Html.escape(labels.get(i))));
        }
        sb.append(f("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"base\"/>", left, top + plotH,
                left + plotW, top + plotH));
        return sb.append("</svg>").toString();
    }

    /** Horizontal bars, one per label, with the value at the end of each bar. */
    static String bars(String id, String title, List<String> labels, List<Integer> values, String colour) {
        int row = 32;
        int top = 12;
        int left = 150;
        int plotW = WIDTH - left - 70;
        int height = top * 2 + row * labels.size();
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        BigDecimal axis = niceMax(BigDecimal.valueOf(max));
        StringBuilder sb = open(id, title, height);
        for (int i = 0; i < labels.size(); i++) {
            int v = values.get(i);
            double w = scale(BigDecimal.valueOf(v), axis, plotW);
            int y = top + row * i;
            sb.append(f("<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\">%s</text>", left - 8,
                    y + 20, Html.escape(labels.get(i))));
            sb.append(f("<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\">"
                    + "<title>%s: %d</title></rect>", left, y + 6, w, colour, Html.escape(labels.get(i)), v));
            sb.append(f("<text x=\"%.1f\" y=\"%d\" class=\"value\">%d</text>", left + w + 6, y + 20, v));
        }
        return sb.append("</svg>").toString();
    }

    /** One bar of 100% split into shares, with a legend giving each share's count and percentage. */
    static String shares(String id, String title, List<Part> parts) {
        int height = 110;
        int left = 20;
        int plotW = WIDTH - 2 * left;
        int total = parts.stream().mapToInt(Part::value).sum();
        StringBuilder sb = open(id, title, height);
        double x = left;
        if (total == 0) {
            sb.append(f("<rect x=\"%d\" y=\"14\" width=\"%d\" height=\"36\" fill=\"#e6e6e6\"/>", left, plotW));
            sb.append(f("<text x=\"%d\" y=\"37\" class=\"label\" text-anchor=\"middle\">无数据</text>",
                    left + plotW / 2));
        }
        for (Part p : parts) {
            if (total == 0 || p.value() == 0) {
                continue;
            }
            double w = plotW * p.value() / (double) total;
            sb.append(f("<rect x=\"%.1f\" y=\"14\" width=\"%.1f\" height=\"36\" fill=\"%s\">"
                    + "<title>%s: %d (%s)</title></rect>", x, w, p.colour(), Html.escape(p.name()), p.value(),
                    percent(p.value(), total)));
            if (w > 44) {
                sb.append(f("<text x=\"%.1f\" y=\"37\" class=\"inside\" text-anchor=\"middle\">%s</text>",
                        x + w / 2, percent(p.value(), total)));
            }
            x += w;
        }
        legend(sb, parts, left, 78, true);
        return sb.append("</svg>").toString();
    }

    static String percent(int part, int total) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }

    private static void legend(StringBuilder sb, List<Part> parts, int x, int y, boolean counts) {
        int cx = x;
        for (Part p : parts) {
            String text = counts ? p.name() + " " + p.value() : p.name();
            sb.append(f("<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", cx, y - 10,
                    p.colour()));
            sb.append(f("<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>", cx + 16, y, Html.escape(text)));
            cx += 28 + 14 * text.length();
        }
    }

    private static StringBuilder open(String id, String title, int height) {
        StringBuilder sb = new StringBuilder();
        sb.append(f("<svg id=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "role=\"img\" aria-labelledby=\"%s-title\"><title id=\"%s-title\">%s</title>", id, WIDTH, height,
                id, id, Html.escape(title)));
        return sb;
    }

    private static boolean whole(List<Series> series) {
        return series.stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v.signum() == 0 || v.stripTrailingZeros().scale() <= 0);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static double scale(BigDecimal v, BigDecimal axis, int length) {
        return v.doubleValue() / axis.doubleValue() * length;
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^n at or above {@code max} (1 for nothing). */
    static BigDecimal niceMax(BigDecimal max) {
        if (max.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal magnitude = BigDecimal.ONE.movePointRight(max.precision() - max.scale() - 1);
        for (String step : new String[] {"1", "2", "2.5", "5", "10"}) {
            BigDecimal candidate = magnitude.multiply(new BigDecimal(step));
            if (candidate.compareTo(max) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        return magnitude.multiply(BigDecimal.TEN);
    }

    private static String number(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() > 2) {
            s = s.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
