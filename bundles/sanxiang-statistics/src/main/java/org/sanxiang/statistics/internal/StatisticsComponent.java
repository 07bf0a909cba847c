package org.sanxiang.statistics.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.sanxiang.api.statistics.AnnualReport;
import org.sanxiang.api.statistics.AnnualStatistics;
import org.sanxiang.api.statistics.GeneratedReport;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AnnualStatistics} service on the hub's database, configured by PID {@value #PID}. A daily check
 * (the first a minute after start) generates the previous year's report on or after {@code report.date},
 * once: a year with a recorded generation is not generated again by the schedule.
 */
@Component(service = AnnualStatistics.class, configurationPid = StatisticsComponent.PID, immediate = true)
@Designate(ocd = StatisticsConfig.class)
public class StatisticsComponent implements AnnualStatistics {

    static final String PID = "org.sanxiang.statistics";
    static final List<String> MAPPERS = List.of("org/sanxiang/statistics/internal/StatisticsMapper.xml");
    /** The actor recorded for scheduled generations. */
    static final String SCHEDULER = "system:statistics-schedule";

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsComponent.class);

    private final StatisticsService service;
    private final ScheduledExecutorService scheduler;
    private volatile StatisticsSettings settings;

    @Activate
    public StatisticsComponent(@Reference(target = "(osgi.jndi.service.name=jdbc/sanxiang)") DataSource dataSource,
                               StatisticsConfig config) throws SQLException {
        this.settings = StatisticsSettings.of(config);
        ModuleStore store = ModuleStore.open(dataSource, "statistics", StatisticsComponent.class.getClassLoader(),
                MAPPERS);
        this.service = new StatisticsService(store, new Sources(dataSource), () -> settings, Clock.systemUTC());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sanxiang-statistics-schedule");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::dailyCheck, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
        LOG.info("Statistics ready on {} (schema v{}): report date {}, reports in {}", store.databaseId(),
                store.schemaVersion(), settings.reportDate(), settings.reportsDir());
    }

    @Modified
    void modified(StatisticsConfig config) {
        try {
            settings = StatisticsSettings.of(config);
            LOG.info("Statistics configuration {} reloaded: report date {}, reports in {}", PID,
                    settings.reportDate(), settings.reportsDir());
        } catch (IllegalArgumentException e) {
            LOG.error("Statistics configuration {} NOT applied, the previous one stays in use: {}", PID,
                    e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    void dailyCheck() {
        try {
            service.generateIfDue(SCHEDULER).ifPresent(g -> LOG.info(
                    "Scheduled annual statistics report of {} generated: {} and {}", g.year(), g.xml(), g.html()));
        } catch (RuntimeException e) {
            LOG.error("Scheduled annual statistics report failed, retried at the next daily check: {}",
                    e.getMessage(), e);
        }
    }

    @Override
    public AnnualReport compute(int year) {
        return service.compute(year);
    }

    @Override
    public String xml(AnnualReport report) {
        return service.xml(report);
    }

    @Override
    public String html(AnnualReport report) {
        return service.html(report);
    }

    @Override
    public GeneratedReport generate(int year, String actor) {
        return service.generate(year, actor);
    }
}
