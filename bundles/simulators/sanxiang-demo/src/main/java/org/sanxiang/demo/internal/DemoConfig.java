package org.sanxiang.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The demo profile (PID {@code org.sanxiang.demo}); the distribution ships it with {@code demo = true}. */
@ObjectClassDefinition(name = "Sanxiang demo profile", description = "演示模式: simulators wired, demo data loaded")
public @interface DemoConfig {

    @AttributeDefinition(description = "true: wire the simulators and load the demo data at start; false: a clean "
            + "production hub (what the demo wired is taken back; its data, if loaded, stays in the database)")
    boolean demo() default false;

    @AttributeDefinition(description = "Seconds to wait for the hub's SOAP doors before giving up the load")
    int wait_seconds() default 300;
}
