package org.sanxiang.routes.supervision;

import org.sanxiang.api.statistics.AnnualStatistics;
import org.osgi.framework.BundleContext;
import org.sanxiang.routes.common.OptionalService;
import org.sanxiang.routes.common.ServiceAtUse;

/** The annual report XML from the statistics module (行政执法统计年报), or a clear refusal when it is not running. */
public final class StatisticsReportSource implements SupervisionChannel.AnnualReportSource {

    private final OptionalService<AnnualStatistics> statistics;

    /** The statistics module looked up in the registry at each report (it is optional). */
    public StatisticsReportSource(BundleContext context) {
        this(new ServiceAtUse<>(context, AnnualStatistics.class));
    }

    StatisticsReportSource(OptionalService<AnnualStatistics> statistics) {
        this.statistics = statistics;
    }

    @Override
    public String xml(int year, String actor) {
        return statistics.apply(s -> s.xml(s.compute(year)))
                .orElseGet(() -> new StatisticsNotInstalled().xml(year, actor));
    }
}
