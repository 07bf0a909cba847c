package org.sanxiang.metrics.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.sanxiang.api.health.HealthStatus;

/**
 * {@code GET /health} (and {@code /health/ready}): the hub's health checks — the same as {@code sanxiang:health} —
 * as JSON, {@code 200} when every component is UP, {@code 503} otherwise. {@code /health/live}: {@code 200} while
 * the hub answers at all.
 */
final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient MetricsComponent metrics;
    private final boolean allowRemote;

    HealthServlet(MetricsComponent metrics, boolean allowRemote) {
        this.metrics = metrics;
        this.allowRemote = allowRemote;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Access.fromAllowedHost(req, allowRemote)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "health is served to this host only");
            return;
        }
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String json;
        int status;
        if (path.equals("/live")) {
            json = "{\"status\":\"UP\"}";
            status = HttpServletResponse.SC_OK;
        } else if (path.isEmpty() || path.equals("/") || path.equals("/ready")) {
            List<HealthStatus> checks = metrics.health();
            boolean up = !checks.isEmpty() && checks.stream().allMatch(HealthStatus::isUp);
            json = json(up, checks);
            status = up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static String json(boolean up, List<HealthStatus> checks) {
        StringBuilder b = new StringBuilder("{\"status\":\"").append(up ? "UP" : "DOWN").append("\",\"checks\":[");
        for (int i = 0; i < checks.size(); i++) {
            HealthStatus s = checks.get(i);
            b.append(i == 0 ? "" : ",").append("{\"component\":").append(quote(s.component()))
                    .append(",\"state\":\"").append(s.isUp() ? "UP" : "DOWN").append("\",\"detail\":")
                    .append(quote(s.detail())).append(",\"ms\":").append(s.millis()).append('}');
        }
        return b.append("]}").toString();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }
}
