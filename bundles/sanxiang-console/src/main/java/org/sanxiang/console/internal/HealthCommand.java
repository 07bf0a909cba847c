package org.sanxiang.console.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.health.HealthStatus;

/**
 * {@code sanxiang:health}: every health check of the hub in one table (the same checks HubStatus and {@code /health}
 * report). When a component is DOWN the command fails after the table (exit status 1 from a script), so that a cron
 * job or a monitoring agent sees it.
 */
@Service
@Command(scope = "sanxiang", name = "health", description = "Shows the live state of the hub's components")
public class HealthCommand extends TableCommand {

    @Reference
    private List<HealthCheck> checks;

    @Override
    public Object execute() {
        List<HealthStatus> results = new ArrayList<>();
        for (HealthCheck c : checks) {
            results.add(c.check());
        }
        results.sort(Comparator.comparing(HealthStatus::component));
        List<List<String>> rows = new ArrayList<>();
        for (HealthStatus s : results) {
            rows.add(List.of(s.component(), s.isUp() ? "UP" : "DOWN", s.detail(), String.valueOf(s.millis())));
        }
        table(List.of("Component", "State", "Detail", "ms"), rows);
        List<String> down = results.stream().filter(s -> !s.isUp()).map(HealthStatus::component).toList();
        if (!down.isEmpty()) {
            throw new IllegalStateException("组件不可用 / DOWN: " + String.join(", ", down));
        }
        return null;
    }
}
