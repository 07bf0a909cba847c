package org.sanxiang.routes.supervision;

import org.sanxiang.api.statistics.AnnualStatistics;

/** The annual report XML from the statistics module (行政执法统计年报), or a clear refusal when it is not installed. */
public final class StatisticsReportSource implements SupervisionChannel.AnnualReportSource {

    private final AnnualStatistics statistics;

    public StatisticsReportSource(AnnualStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String xml(int year, String actor) {
        try {
            return statistics.xml(statistics.compute(year));
        } catch (RuntimeException e) {
            // the blueprint proxy of the optional reference throws ServiceUnavailableException without it
            if (e.getClass().getSimpleName().equals("ServiceUnavailableException")) {
                return new StatisticsNotInstalled().xml(year, actor);
            }
            throw e;
        }
    }
}
