package org.sanxiang.api.health;

/**
 * A live check of one component the hub depends on. Implementations register as OSGi services; a check
 * must answer within a few seconds and never throw (a failure is a {@link HealthStatus#down} result).
 */
public interface HealthCheck {

    /** Stable component name, e.g. {@code database} or {@code broker}. */
    String component();

    HealthStatus check();
}
