package org.sanxiang.statistics.internal;

import java.nio.file.Path;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.sanxiang.store.support.ConfigValues;

/** The effective configuration of PID {@value StatisticsComponent#PID}, checked. */
record StatisticsSettings(MonthDay reportDate, Path reportsDir, String bureau) {

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

    static Path resolve(String configured) {
        return ConfigValues.path(StatisticsComponent.PID, "reports.dir", configured);
    }
}
