package org.sanxiang.routes.supervision;

/** The annual report source while no statistics module is installed: a clear refusal, never an empty report. */
public final class StatisticsNotInstalled implements SupervisionChannel.AnnualReportSource {

    @Override
    public String xml(int year, String actor) {
        throw new IllegalStateException("统计年报模块(sanxiang-statistics)未安装或暂不可用, 无法生成" + year + "年统计年报, 请稍后重试");
    }
}
