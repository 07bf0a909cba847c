package org.sanxiang.metrics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the metrics and health endpoints (PID {@code org.sanxiang.metrics}). */
@ObjectClassDefinition(name = "Sanxiang metrics", description = "Prometheus scrape endpoint and health endpoint")
public @interface MetricsConfig {

    @AttributeDefinition(description = "Path of the Prometheus scrape endpoint (text format)")
    String metrics_path() default "/metrics";

    @AttributeDefinition(description = "Path of the health endpoint (/live and /ready below it)")
    String health_path() default "/health";

    @AttributeDefinition(description = "Answer callers from other hosts too (default: loopback only)")
    boolean allow_remote() default false;

    @AttributeDefinition(description = "When set, /metrics needs HTTP Basic of a client with this role "
            + "(etc/org.sanxiang.clients.cfg); /health stays open for load balancers")
    String role() default "";
}
