package org.sanxiang.metrics.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code GET /metrics}: every meter in the Prometheus text format (version 0.0.4). */
final class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient MetricsComponent metrics;
    private final boolean allowRemote;
    private final String role;

    MetricsServlet(MetricsComponent metrics, boolean allowRemote, String role) {
        this.metrics = metrics;
        this.allowRemote = allowRemote;
        this.role = role;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Access.fromAllowedHost(req, allowRemote)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "metrics are served to this host only");
            return;
        }
        if (!Access.hasRole(req, role, metrics.clients())) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"sanxiang-metrics\", charset=\"UTF-8\"");
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/plain; version=0.0.4; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
