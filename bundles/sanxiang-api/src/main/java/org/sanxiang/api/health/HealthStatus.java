package org.sanxiang.api.health;

import java.util.Objects;

/** Result of a {@link HealthCheck}: up or down, a short detail, and how long the check took. */
public final class HealthStatus {

    private final String component;
    private final boolean up;
    private final String detail;
    private final long millis;

    private HealthStatus(String component, boolean up, String detail, long millis) {
        this.component = Objects.requireNonNull(component, "component");
        this.up = up;
        this.detail = detail == null ? "" : detail;
        this.millis = millis;
    }

    public static HealthStatus up(String component, String detail, long millis) {
        return new HealthStatus(component, true, detail, millis);
    }

    public static HealthStatus down(String component, String detail, long millis) {
        return new HealthStatus(component, false, detail, millis);
    }

    public String component() {
        return component;
    }

    public boolean isUp() {
        return up;
    }

    public String detail() {
        return detail;
    }

    public long millis() {
        return millis;
    }

    @Override
    public String toString() {
        return component + ": " + (up ? "UP" : "DOWN") + " (" + detail + ", " + millis + " ms)";
    }
}
