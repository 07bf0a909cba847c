package org.sanxiang.statistics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@value StatisticsComponent#PID} ({@code etc/org.sanxiang.statistics.cfg}). */
@ObjectClassDefinition(name = "Sanxiang annual enforcement statistics (行政执法统计年报)")
public @interface StatisticsConfig {

    @AttributeDefinition(name = "report.date", description = "Day of the year (MM-dd) from which the previous"
            + " year's report is generated, once (上报日期).")
    String report_date() default "01-20";

    @AttributeDefinition(name = "reports.dir", description = "Directory of the generated reports, one folder per"
            + " year; ${name} is replaced by a system property.")
    String reports_dir() default "${karaf.data}/reports";

    @AttributeDefinition(name = "bureau.name", description = "The reporting bureau named in the report (填报单位).")
    String bureau_name() default "长治市自然资源局";
}
