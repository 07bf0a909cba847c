package org.sanxiang.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.sanxiang.routes.common.PasswordHash;

/**
 * The hub as operators run it (issue: operations), on the real distribution in its own process:
 * <ul>
 * <li>the console is scripted without a terminal — {@code bin/sanxiang-cli} with stdin from {@code /dev/null}, as
 * cron or a monitoring agent runs it — and its exit status says whether the command succeeded;</li>
 * <li>after a known workload (SOAP calls answered and refused) the Prometheus endpoint {@code /metrics} counts exactly
 * those calls per endpoint, operation and outcome, and the routes and queues they went through;</li>
 * <li>{@code /health} answers the same checks as {@code sanxiang:health}, for a load balancer.</li>
 * </ul>
 */
public class OperationsIT {

    private static final String STATUS = "ops-status";
    private static final String STATUS_PW = "ops-status-pw";

    @Test
    public void theConsoleIsScriptedAndMetricsAndHealthCountTheWorkload() throws Exception {
        Path work = Path.of("target/operations-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        try (StandaloneHub hub = new StandaloneHub(work, null)) {
            hub.set("etc/org.sanxiang.clients.cfg", "client." + STATUS,
                    "status;" + PasswordHash.hash(STATUS_PW.toCharArray(), 10_000));
            hub.start();

            // the console from a script: no terminal, exit status = the command's
            StandaloneHub.Run health = hub.cli("sanxiang:health");
            assertEquals(health.output(), 0, health.status());
            assertTrue(health.output(), health.output().matches("(?s).*database\\s+\\| UP.*")
                    && health.output().matches("(?s).*broker\\s+\\| UP.*"));
            StandaloneHub.Run routes = hub.cli("camel:route-list");
            assertEquals(routes.output(), 0, routes.status());
            assertTrue(routes.output(), routes.output().contains("hub-status.request") && routes.output().contains("Started"));
            StandaloneHub.Run bad = hub.cli("sanxiang:client-add someone no-such-role");
            assertEquals("a failing command fails the script: " + bad.output(), 1, bad.status());
            assertTrue(bad.output(), bad.output().contains("unknown role"));

            // a known workload: 20 answered GetStatus, 3 refused for a wrong password
            long okBefore = count(metrics(hub), "hub-status", "GetStatus", "OK");
            long refusedBefore = count(metrics(hub), "hub-status", "GetStatus", "SX-AUTH");
            for (int i = 0; i < 20; i++) {
                assertEquals(200, getStatus(hub, STATUS_PW, "ops-" + i));
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(500, getStatus(hub, "wrong", "ops-bad-" + i));
            }
            String m = metrics(hub);
            assertEquals(m, okBefore + 20, count(m, "hub-status", "GetStatus", "OK"));
            assertEquals(m, refusedBefore + 3, count(m, "hub-status", "GetStatus", "SX-AUTH"));
            assertTrue("the latency histogram is published", m.contains(
                    "sanxiang_soap_requests_seconds_bucket{endpoint=\"hub-status\",operation=\"GetStatus\",outcome=\"OK\""));
            assertTrue(m, value(m, "sanxiang_route_exchanges_total\\{context=\"[^\"]*\",route=\"hub-status.request\"\\}") >= 20);
            assertTrue(m, value(m, "sanxiang_route_exchanges_total\\{context=\"[^\"]*\",route=\"journal.persist\"\\}") >= 20);
            assertTrue(m, m.contains("sanxiang_queue_messages{dlq=\"false\",queue=\"sanxiang.journal.inbound\"}"));
            assertTrue(m, m.contains("sanxiang_health_up{component=\"database\"} 1.0"));
            assertTrue(m, m.contains("jvm_memory_used_bytes"));
            assertTrue(m, value(m, "sanxiang_ledger_size") >= 0);

            // health for a load balancer
            HttpURLConnection h = (HttpURLConnection) new URL(base(hub) + "/health").openConnection();
            assertEquals(200, h.getResponseCode());
            String json = new String(h.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(json, json.startsWith("{\"status\":\"UP\"") && json.contains("\"component\":\"database\",\"state\":\"UP\""));
            HttpURLConnection live = (HttpURLConnection) new URL(base(hub) + "/health/live").openConnection();
            assertEquals(200, live.getResponseCode());
        }
    }

    private static String base(StandaloneHub hub) {
        return "http://127.0.0.1:" + hub.httpPort;
    }

    private static String metrics(StandaloneHub hub) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(base(hub) + "/metrics").openConnection();
        assertEquals(200, c.getResponseCode());
        assertTrue(c.getContentType(), c.getContentType().startsWith("text/plain"));
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The count of SOAP requests of one endpoint, operation and outcome in a scrape (0 when none yet). */
    private static long count(String metrics, String endpoint, String operation, String outcome) {
        double v = value(metrics, Pattern.quote("sanxiang_soap_requests_seconds_count{endpoint=\"" + endpoint
                + "\",operation=\"" + operation + "\",outcome=\"" + outcome + "\"}"));
        return Double.isNaN(v) ? 0 : (long) v;
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+|NaN)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static int getStatus(StandaloneHub hub, String password, String id) throws IOException {
        String body = "<hs:GetStatusRequest xmlns:hs=\"urn:sanxiang:hub-status:v1\"><hs:requestId>" + id
                + "-" + UUID.randomUUID().toString().substring(0, 8) + "</hs:requestId></hs:GetStatusRequest>";
        HttpURLConnection c = (HttpURLConnection) new URL(base(hub) + "/cxf/hub/status").openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "text/xml; charset=UTF-8");
        c.setRequestProperty("SOAPAction", "\"urn:sanxiang:hub-status:v1:GetStatus\"");
        try (OutputStream out = c.getOutputStream()) {
            out.write(HubTestSupport.envelope(STATUS, password, body).getBytes(StandardCharsets.UTF_8));
        }
        int status = c.getResponseCode();
        c.disconnect();
        return status;
    }

}
