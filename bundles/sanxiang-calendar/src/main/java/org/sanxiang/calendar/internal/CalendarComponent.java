package org.sanxiang.calendar.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link WorkingDayCalendar} service: the holiday file shipped in this bundle plus every
 * {@code *.csv} in the ops directory, reloaded when the configuration changes. A malformed file stops
 * activation; on a configuration change it is reported and the data loaded before stays in use.
 * Each call works on one immutable snapshot, swapped atomically on reload.
 */
@Component(service = WorkingDayCalendar.class, configurationPid = CalendarComponent.PID)
@Designate(ocd = CalendarComponent.Config.class)
public class CalendarComponent implements WorkingDayCalendar {

    static final String PID = "org.sanxiang.calendar";

    private static final Logger LOG = LoggerFactory.getLogger(CalendarComponent.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    @ObjectClassDefinition(name = "Sanxiang working-day calendar (工作日历)",
            description = "Statutory holidays and make-up working days used for every deadline.")
    public @interface Config {

        @AttributeDefinition(name = "Ops data directory",
                description = "Directory whose *.csv holiday files (same format as the shipped file) are loaded"
                        + " after the shipped data; their rows replace shipped rows for the same date."
                        + " ${name} is replaced by the system property. Empty: none.")
        String data_dir() default "${karaf.etc}/calendar";

        @AttributeDefinition(name = "Missing year policy",
                description = "WARN: a deadline reaching a year without data is computed with weekends only,"
                        + " marked provisional, and a warning is logged once per year."
                        + " REFUSE: such computations throw MissingCalendarDataException.")
        MissingYearPolicy missing_year_policy() default MissingYearPolicy.WARN;
    }

    private volatile StatutoryCalendar calendar;

    @Activate
    void activate(Config config) {
        calendar = load(config);
    }

    @Modified
    void modified(Config config) {
        try {
            calendar = load(config);
        } catch (CalendarDataException e) {
            LOG.error("Working-day calendar NOT reloaded, the data loaded before stays in use: {}", e.getMessage(), e);
        }
    }

    private static StatutoryCalendar load(Config config) {
        Path dir = dataDir(config.data_dir(), System::getProperty);
        CalendarLoader.Loaded loaded = CalendarLoader.load(dir);
        CalendarData data = loaded.data();
        MissingYearPolicy policy = config.missing_year_policy();
        LOG.info("Working-day calendar loaded: {} rows, known years {}, missing year policy {}, ops directory {}"
                        + " ({} files {}, {} shipped rows replaced)",
                data.size(), data.knownYears(), policy, dir == null ? "none" : dir,
                loaded.opsFiles().size(), loaded.opsFiles(), data.overridden());
        int thisYear = LocalDate.now(CHINA).getYear();
        if (!data.knownYears().contains(thisYear)) {
            LOG.warn("Working-day calendar has NO holiday data for the current year {}: add the State Council"
                    + " notice for {} to {} (工作日历缺少本年度{}年法定节假日数据)", thisYear, thisYear, where(dir), thisYear);
        } else if (!data.knownYears().contains(thisYear + 1)) {
            LOG.info("Working-day calendar has no holiday data for {} yet; add the State Council notice to {}"
                    + " when it is published (usually in November)", thisYear + 1, where(dir));
        }
        return new StatutoryCalendar(data, policy, year -> LOG.warn(
                "WORKING-DAY CALENDAR HAS NO HOLIDAY DATA FOR {}: deadlines that depend on {} are computed with"
                        + " weekends only and marked PROVISIONAL. Add the State Council holiday notice for {} to {}"
                        + " and reload (工作日历缺少{}年法定节假日数据，涉及该年的期限仅按周末计算，标记为暂定)",
                year, year, year, where(dir), year));
    }

    private static String where(Path dir) {
        return dir == null ? "a CSV file in the directory named by data.dir" : dir.toString();
    }

    /**
     * The ops directory named by {@code configured}, with each {@code ${name}} replaced by
     * {@code properties.apply(name)}; {@code null} when {@code configured} is empty or names a property
     * that is not set.
     */
    static Path dataDir(String configured, UnaryOperator<String> properties) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(configured.strip());
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String value = properties.apply(m.group(1));
            if (value == null) {
                LOG.warn("Working-day calendar: data.dir '{}' uses the system property {}, which is not set;"
                        + " no ops calendar files are loaded", configured, m.group(1));
                return null;
            }
            m.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        m.appendTail(resolved);
        return Path.of(resolved.toString());
    }

    /** The snapshot in use. */
    StatutoryCalendar snapshot() {
        return calendar;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    @Override
    public Deadline addWorkingDays(LocalDate start, int days) {
        return calendar.addWorkingDays(start, days);
    }

    @Override
    public Deadline addCalendarDays(LocalDate start, int days) {
        return calendar.addCalendarDays(start, days);
    }

    @Override
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        return calendar.workingDaysBetween(startExclusive, endInclusive);
    }

    @Override
    public Set<Integer> knownYears() {
        return calendar.knownYears();
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        return calendar.holidayName(date);
    }
}
