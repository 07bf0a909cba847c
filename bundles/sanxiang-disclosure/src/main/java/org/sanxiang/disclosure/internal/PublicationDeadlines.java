package org.sanxiang.disclosure.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.sanxiang.api.domain.EnforcementKind;

/**
 * Publication deadlines (公开期限, R-D5): a decision is published within
 * {@link EnforcementKind#disclosureWorkingDays()} working days of its date (7 for 行政许可 and 行政处罚, 20
 * for the rest) unless an override for its enforcement item says otherwise; a revoked decision is
 * withdrawn within {@value #REVOCATION_DAYS} calendar days of the trigger, rolled forward off rest days
 * (行政处罚法 Art. 48). Days are counted by the {@link WorkingDayCalendar}: start day excluded, a deadline
 * reaching a year without holiday data stays provisional.
 */
final class PublicationDeadlines {

    static final int REVOCATION_DAYS = 3;

    private final WorkingDayCalendar calendar;
    private final Map<String, Integer> overrides;

    /**
     * @param overrides working days per enforcement item code, where a law sets another period
     */
    PublicationDeadlines(WorkingDayCalendar calendar, Map<String, Integer> overrides) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Reads overrides from configuration entries {@code <item code>=<working days>}.
     *
     * @throws IllegalArgumentException naming the malformed entries, in Chinese
     */
    static Map<String, Integer> parseOverrides(String[] entries) {
        Map<String, Integer> m = new TreeMap<>();
        StringBuilder problems = new StringBuilder();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String code = eq < 0 ? "" : entry.substring(0, eq).trim();
            Integer days = null;
            if (eq >= 0) {
                try {
                    days = Integer.valueOf(entry.substring(eq + 1).trim());
                } catch (NumberFormatException e) {
                    days = null;
                }
            }
            if (code.isEmpty() || days == null || days < 0) {
                problems.append(" “").append(entry).append("”");
            } else {
                m.put(code, days);
            }
        }
        if (problems.length() > 0) {
            throw new IllegalArgumentException("公开期限特例配置应为“事项编码=工作日数”:" + problems);
        }
        return m;
    }

    Deadline deadline(EnforcementKind kind, LocalDate decisionDate) {
        return calendar.addWorkingDays(decisionDate, kind.disclosureWorkingDays());
    }

    Deadline deadline(EnforcementKind kind, String itemCode, LocalDate decisionDate) {
        Integer days = itemCode == null ? null : overrides.get(itemCode);
        return days == null ? deadline(kind, decisionDate) : calendar.addWorkingDays(decisionDate, days);
    }

    Deadline revocationDeadline(LocalDate trigger) {
        return calendar.addCalendarDays(trigger, REVOCATION_DAYS);
    }
}
