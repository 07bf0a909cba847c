package org.sanxiang.applications.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the permit applications, PID {@code org.sanxiang.applications}. */
@ObjectClassDefinition(name = "Sanxiang permit applications (行政许可申请)",
        description = "Time limit used when an item's service guide states none.")
public @interface ApplicationsConfig {

    @AttributeDefinition(name = "Default time limit (办理时限, working days)",
            description = "Used when the item's service guide has no '<n>个工作日' in 办理时限 (行政许可法 Art. 42: 20).",
            min = "1", max = "365")
    int default_time_limit_days() default 20;

    @AttributeDefinition(name = "Region (行政区划代码)",
            description = "Six-digit division code of the permits decided here; the officer recording a decision"
                    + " (审批结果) must hold a 行政许可 certificate covering it, valid on the decision day.")
    String region() default "140400";
}
