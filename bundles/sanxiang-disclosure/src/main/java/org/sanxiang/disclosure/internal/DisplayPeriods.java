package org.sanxiang.disclosure.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.sanxiang.api.disclosure.Severity;

/**
 * Display periods (公示期) of penalties by {@link Severity}, each within its legal band. The default is the
 * shortest period of each band: 轻微 — not published ({@code P0D}); 一般 — 3 months ({@code P3M}); 严重 —
 * 1 year ({@code P1Y}). The 公示截止期 is the decision date plus the period ({@link LocalDate#plus}: the same
 * day of the month, or the month's last day when that day does not exist).
 *
 * <p>Configured periods are ISO-8601 ({@code P6M}, {@code P2Y}) in whole months or years so that the
 * band check is exact; a period outside its band, or given in days, is refused.
 */
final class DisplayPeriods {

    private final Map<Severity, Period> periods;

    private DisplayPeriods(Map<Severity, Period> periods) {
        this.periods = periods;
    }

    /** The defaults: the minimum of each band. */
    static DisplayPeriods defaults() {
        Map<Severity, Period> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, s.minimum());
        }
        return new DisplayPeriods(m);
    }

    /**
     * Periods from configuration text; each must be an ISO-8601 period of whole months or years within
     * the severity's band.
     *
     * @throws IllegalArgumentException naming every problem, in Chinese
     */
    static DisplayPeriods of(String minor, String general, String serious) {
        Map<Severity, Period> m = new EnumMap<>(Severity.class);
        StringBuilder problems = new StringBuilder();
        parse(Severity.MINOR, minor, m, problems);
        parse(Severity.GENERAL, general, m, problems);
        parse(Severity.SERIOUS, serious, m, problems);
        if (problems.length() > 0) {
            throw new IllegalArgumentException("公示期配置错误:" + problems);
        }
        return new DisplayPeriods(m);
    }

    private static void parse(Severity s, String text, Map<Severity, Period> m, StringBuilder problems) {
        Period p;
        try {
            p = Period.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            problems.append(' ').append(s.chinese()).append(": 不是ISO-8601期间（如P6M、P2Y）: ").append(text).append(';');
            return;
        }
        if (p.getDays() != 0 || p.isNegative()) {
            problems.append(' ').append(s.chinese()).append(": 应以整月或整年表示: ").append(text).append(';');
            return;
        }
        long months = p.toTotalMonths();
        if (months < s.minimum().toTotalMonths() || months > s.maximum().toTotalMonths()) {
            problems.append(' ').append(s.chinese()).append(": 应在").append(label(s.minimum())).append("至")
                    .append(label(s.maximum())).append("之间: ").append(text).append(';');
            return;
        }
        m.put(s, p.normalized());
    }

    private static String label(Period p) {
        return p.isZero() ? "不公示" : p.toTotalMonths() % 12 == 0 ? p.toTotalMonths() / 12 + "年" : p.toTotalMonths() + "个月";
    }

    Period period(Severity severity) {
        return periods.get(severity);
    }

    /** The 公示截止期; empty when the period is zero (not published). */
    Optional<LocalDate> displayUntil(Severity severity, LocalDate decisionDate) {
        Period p = periods.get(severity);
        return p.isZero() ? Optional.empty() : Optional.of(decisionDate.plus(p));
    }
}
