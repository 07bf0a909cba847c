package org.sanxiang.store.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.health.HealthStatus;

/**
 * Health of the hub's own modules (component {@value #COMPONENT}): every installed {@code sanxiang-*} bundle must be
 * ACTIVE. A module's own checks (the records' gates and integrity, …) vanish with it when it is stopped; this check
 * names it instead, DOWN, in {@code sanxiang:health}, HubStatus and {@code /health}. Fragments are never active and
 * are not counted.
 */
@Component(service = HealthCheck.class, immediate = true)
public class ModulesHealth implements HealthCheck {

    static final String COMPONENT = "modules";
    static final String PREFIX = "sanxiang-";

    private final BundleContext context;

    @Activate
    public ModulesHealth(BundleContext context) {
        this.context = context;
    }

    @Override
    public String component() {
        return COMPONENT;
    }

    @Override
    public HealthStatus check() {
        long start = System.nanoTime();
        int active = 0;
        List<String> stopped = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name == null || !name.startsWith(PREFIX) || b.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            if (b.getState() == Bundle.ACTIVE) {
                active++;
            } else {
                stopped.add(name + " (" + state(b.getState()) + ")");
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        return stopped.isEmpty() ? HealthStatus.up(COMPONENT, active + " 个模块运行中 / modules active", ms)
                : HealthStatus.down(COMPONENT, "未运行 / not active: " + String.join(", ", stopped)
                        + " (bundle:start <name>)", ms);
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED, 依赖未满足";
            case Bundle.RESOLVED -> "RESOLVED, 已停止";
            case Bundle.STARTING -> "STARTING, 启动中";
            case Bundle.STOPPING -> "STOPPING, 停止中";
            default -> "state " + state;
        };
    }
}
