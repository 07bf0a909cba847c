package org.sanxiang.statistics.internal;

import java.nio.file.Path;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The effective configuration of PID {@value StatisticsComponent#PID}, checked. */
record StatisticsSettings(MonthDay reportDate, Path reportsDir, String bureau) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    static StatisticsSettings of(StatisticsConfig config) {
        MonthDay date;
        try {
            date = MonthDay.parse(config.report_date().strip(), MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("report.date must be MM-dd (e.g. 01-20): " + config.report_date());
        }
        String bureau = config.bureau_name().strip();
        if (bureau.isEmpty()) {
            throw new IllegalArgumentException("bureau.name must not be empty");
        }
        return new StatisticsSettings(date, resolve(config.reports_dir()), bureau);
    }

    /** Replaces every {@code ${name}} by the system property of that name. */
    static Path resolve(String configured) {
        Matcher m = PLACEHOLDER.matcher(configured);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = System.getProperty(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("reports.dir " + configured + " refers to the unset system property "
                        + m.group(1) + ": configure reports.dir in " + StatisticsComponent.PID);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Path.of(out.toString());
    }
}
