package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.sanxiang.api.journal.InboundJournal;
import org.sanxiang.api.journal.JournalEntry;

/**
 * Issue 2 (foundation), through the real stack: the distribution boots, every sanxiang feature is
 * installed with its bundles Active, the routes are Started, HubStatus answers a real SOAP envelope over
 * HTTP with database and broker up, an accepted message arrives as a journal row via the durable queue,
 * and bad input (malformed envelope, bad credentials) gets a SOAP fault and writes nothing.
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class FoundationIT extends HubTestSupport {

    private static final String ACTION = "urn:sanxiang:hub-status:v1:GetStatus";
    private static final String PATH = "/cxf/hub/status";

    @Inject
    private FeaturesService features;

    @Inject
    private InboundJournal journal;

    @Inject
    @Filter("(osgi.jndi.service.name=jdbc/sanxiang)")
    private DataSource dataSource;

    private static String statusRequest(String requestId) {
        return "<hs:GetStatusRequest xmlns:hs=\"urn:sanxiang:hub-status:v1\"><hs:requestId>" + requestId
                + "</hs:requestId><hs:caller>FoundationIT</hs:caller></hs:GetStatusRequest>";
    }

    private HttpAnswer callStatus(String user, String password, String requestId) throws Exception {
        return post(PATH, ACTION, envelope(user, password, statusRequest(requestId)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Waits until the requests sent before are written: a marker sent after them is in the journal and the count of
     * rows then stays put for a second (several consumers write side by side, so the marker can overtake a request
     * sent just before it, never by more than a moment).
     */
    private void awaitJournalCaughtUp() throws Exception {
        String marker = uniqueId("marker");
        assertEquals(200, callStatus(STATUS_CLIENT, STATUS_PASSWORD, marker).status);
        await().atMost(Duration.ofSeconds(30)).until(() -> journal.find("hub-status", marker).isPresent());
        long[] last = {journal.count()};
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    long now = journal.count();
                    boolean still = now == last[0];
                    last[0] = now;
                    return still;
                });
    }

    @Test
    public void everySanxiangFeatureIsInstalledWithItsBundlesActive() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Feature f : features.listFeatures()) {
            if (!f.getName().startsWith("sanxiang")) {
                continue;
            }
            assertTrue("feature " + f.getName() + " installed", features.isInstalled(f));
            for (BundleInfo info : f.getBundles()) {
                Bundle b = bundleContext.getBundle(info.getLocation());
                if (b == null && info.isDependency()) {
                    continue; // dependency="true": installed only when something needs it
                }
                assertNotNull("bundle " + info.getLocation() + " of " + f.getName(), b);
                // the boot may still be starting bundles when the first test runs: wait, do not race
                await().atMost(Duration.ofSeconds(90)).until(() -> b.getState() == Bundle.ACTIVE
                        || b.getHeaders().get("Fragment-Host") != null);
                assertTrue(b.getSymbolicName() + " Active", b.getState() == Bundle.ACTIVE
                        || b.getHeaders().get("Fragment-Host") != null);
            }
            checked.add(f.getName());
        }
        assertTrue(checked.toString(), checked.containsAll(List.of("sanxiang", "sanxiang-api", "sanxiang-store",
                "sanxiang-calendar", "sanxiang-ledger", "sanxiang-broker", "sanxiang-routes-common", "sanxiang-hub-status",
                "sanxiang-console")));
    }

    @Test
    public void routesAreStarted() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> routeStatus("hub-status.request") == ServiceStatus.Started
                && routeStatus("journal.persist") == ServiceStatus.Started);
    }

    private ServiceStatus routeStatus(String routeId) throws Exception {
        for (ServiceReference<CamelContext> ref : bundleContext.getServiceReferences(CamelContext.class, null)) {
            CamelContext ctx = bundleContext.getService(ref);
            if (ctx.getRoute(routeId) != null) {
                return ctx.getRouteController().getRouteStatus(routeId);
            }
        }
        return null;
    }

    @Test
    public void hubStatusAnswersARealSoapEnvelopeWithDatabaseAndBrokerUp() throws Exception {
        String id = uniqueId("status");
        HttpAnswer answer = await().atMost(Duration.ofSeconds(60)).until(
                () -> callStatus(STATUS_CLIENT, STATUS_PASSWORD, id), a -> a.status == 200);
        String body = answer.body;
        assertTrue(body, body.contains("<overall>UP</overall>"));
        assertTrue(body, body.matches("(?s).*<component><name>database</name><state>UP</state>.*"));
        assertTrue(body, body.matches("(?s).*<component><name>broker</name><state>UP</state>.*"));
        assertTrue(body, body.contains("<hubVersion>" + System.getProperty("project.version", "") ));
        assertTrue(body, body.contains("<requestId>" + id + "</requestId>"));
        assertFalse("the caller's credentials must not be echoed: " + body, body.contains(STATUS_PASSWORD));
    }

    @Test
    public void anAcceptedMessageArrivesAsAJournalRowViaTheQueue() throws Exception {
        String id = uniqueId("journal");
        byte[][] sent = new byte[1][];
        HttpAnswer answer = await().atMost(Duration.ofSeconds(60)).until(() -> {
            sent[0] = envelope(STATUS_CLIENT, STATUS_PASSWORD, statusRequest(id)).getBytes(StandardCharsets.UTF_8);
            return post(PATH, ACTION, sent[0]);
        }, a -> a.status == 200);
        byte[] payload = sent[0];
        assertTrue(answer.body, answer.body.contains("<payloadSha256>" + sha256(payload) + "</payloadSha256>"));
        JournalEntry row = await().atMost(Duration.ofSeconds(30))
                .until(() -> journal.find("hub-status", id).orElse(null), e -> e != null);
        assertEquals(sha256(payload), row.payloadSha256());
        String receivedAt = answer.body.replaceAll("(?s).*<receivedAt>([^<]+)</receivedAt>.*", "$1");
        assertEquals("the journal keeps the time of receipt to the millisecond",
                java.time.OffsetDateTime.parse(receivedAt).toInstant(), row.receivedAt());
        assertEquals(payload.length, row.payloadSize());
        assertEquals("journaled with what the hub did (the one inbound pattern): answered", "OK", row.outcome());
    }

    @Test
    public void aMalformedEnvelopeGetsASoapFaultAndWritesNothing() throws Exception {
        awaitJournalCaughtUp();
        long before = journal.count();
        String id = uniqueId("malformed");
        String broken = envelope(STATUS_CLIENT, STATUS_PASSWORD, statusRequest(id)).replace("</soapenv:Body>", "");
        HttpAnswer answer = post(PATH, ACTION, broken.getBytes(StandardCharsets.UTF_8));
        assertEquals(answer.toString(), 500, answer.status);
        assertTrue(answer.body, answer.body.contains("SX-XML") && answer.body.contains("请求报文不是合法的XML"));
        String invalid = envelope(STATUS_CLIENT, STATUS_PASSWORD,
                statusRequest(id).replace("</hs:requestId>", "</hs:requestId><hs:unexpected/>"));
        HttpAnswer invalidAnswer = post(PATH, ACTION, invalid.getBytes(StandardCharsets.UTF_8));
        assertEquals(invalidAnswer.toString(), 500, invalidAnswer.status);
        assertTrue(invalidAnswer.body, invalidAnswer.body.contains("SX-SCHEMA")
                && invalidAnswer.body.contains("请求报文不符合接口规范"));
        awaitJournalCaughtUp();
        assertFalse(journal.find("hub-status", id).isPresent());
        assertEquals("only the marker was written", before + 1, journal.count());
    }

    @Test
    public void wrongPasswordUnknownUserAndMissingTokenAreRefusedAndWriteNothing() throws Exception {
        awaitJournalCaughtUp();
        long before = journal.count();
        String id = uniqueId("denied");
        for (HttpAnswer a : List.of(callStatus(STATUS_CLIENT, "wrong", id), callStatus("nobody", STATUS_PASSWORD, id),
                post(PATH, ACTION, ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                        + "<soapenv:Body>" + statusRequest(id) + "</soapenv:Body></soapenv:Envelope>")
                        .getBytes(StandardCharsets.UTF_8)))) {
            assertEquals(a.toString(), 500, a.status);
            assertTrue(a.body, a.body.contains("SX-AUTH") && a.body.contains("身份验证失败"));
            assertFalse(a.body, a.body.contains("<overall>"));
        }
        awaitJournalCaughtUp();
        assertFalse(journal.find("hub-status", id).isPresent());
        assertEquals(before + 1, journal.count());
    }

    /** R-S1: a token is accepted once within the replay window, and only with its nonce and creation time. */
    @Test
    public void aReplayedOrUnstampedTokenIsRefusedAndWritesNothing() throws Exception {
        String id = uniqueId("replay");
        byte[] once = envelope(STATUS_CLIENT, STATUS_PASSWORD, statusRequest(id)).getBytes(StandardCharsets.UTF_8);
        assertEquals(200, post(PATH, ACTION, once).status);
        awaitJournalCaughtUp();
        long before = journal.count();
        String unstampedId = uniqueId("unstamped");
        byte[] unstamped = envelope(STATUS_CLIENT, STATUS_PASSWORD, false, statusRequest(unstampedId))
                .getBytes(StandardCharsets.UTF_8);
        for (HttpAnswer a : List.of(post(PATH, ACTION, once), post(PATH, ACTION, unstamped))) {
            assertEquals(a.toString(), 500, a.status);
            assertTrue(a.body, a.body.contains("SX-AUTH") && a.body.contains("身份验证失败"));
            assertFalse(a.body, a.body.contains("<overall>"));
        }
        awaitJournalCaughtUp();
        assertFalse(journal.find("hub-status", unstampedId).isPresent());
        assertEquals("the copy is not journaled a second time, only the marker is written", before + 1,
                journal.count());
    }

    /**
     * Issue 16: while the replay store (the hub's database) cannot answer, a token is refused with the retriable
     * SX-UNAVAILABLE (fail closed, but not "authentication failed": the credentials are fine), nothing is journaled,
     * and the same request with a new token is served once the store answers again.
     */
    @Test
    public void whileTheReplayStoreCannotAnswerATokenIsRefusedAsRetriable() throws Exception {
        String id = uniqueId("nonce-away");
        await().atMost(Duration.ofSeconds(60)).until(
                () -> callStatus(STATUS_CLIENT, STATUS_PASSWORD, uniqueId("ready")).status == 200);
        renameNonceTable("sx_ws_nonce", "sx_ws_nonce_away");
        HttpAnswer refused;
        try {
            refused = callStatus(STATUS_CLIENT, STATUS_PASSWORD, id);
        } finally {
            renameNonceTable("sx_ws_nonce_away", "sx_ws_nonce");
        }
        assertEquals(refused.toString(), 500, refused.status);
        assertTrue(refused.body, refused.body.contains("SX-UNAVAILABLE") && refused.body.contains("重放校验暂不可用"));
        assertFalse(refused.body, refused.body.contains("SX-AUTH") || refused.body.contains("<overall>"));
        assertFalse(refused.body, refused.body.contains("Exception") || refused.body.contains("org."));
        HttpAnswer again = callStatus(STATUS_CLIENT, STATUS_PASSWORD, id);
        assertEquals(again.toString(), 200, again.status);
        await().atMost(Duration.ofSeconds(30)).until(() -> journal.find("hub-status", id).isPresent());
    }

    /**
     * Issue 16: while the HubStatus bundle is stopped (as during a redeploy), a call to its address is the retriable
     * SOAP fault SX-UNAVAILABLE, not CXF's HTML 404 that legacy callers take for a wrong address; an address that was
     * never served stays a 404; once the bundle is back the same request is served.
     */
    @Test
    public void whileTheStatusServiceIsAwayACallIsTheRetriableFaultNotA404() throws Exception {
        String id = uniqueId("away");
        assertEquals(200, callStatus(STATUS_CLIENT, STATUS_PASSWORD, uniqueId("before")).status);
        Bundle bundle = java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> "sanxiang-hub-status".equals(b.getSymbolicName())).findFirst().orElseThrow();
        HttpAnswer away;
        HttpAnswer nowhere;
        bundle.stop();
        try {
            away = await().atMost(Duration.ofSeconds(30)).until(
                    () -> callStatus(STATUS_CLIENT, STATUS_PASSWORD, id), a -> !a.body.contains("<overall>"));
            nowhere = post("/cxf/hub/nowhere", ACTION, envelope(STATUS_CLIENT, STATUS_PASSWORD, statusRequest(id))
                    .getBytes(StandardCharsets.UTF_8));
        } finally {
            bundle.start();
        }
        assertEquals(away.toString(), 500, away.status);
        assertTrue(away.body, away.body.contains("<faultstring>SX-UNAVAILABLE: 服务暂不可用")
                && away.body.contains("<sx:code xmlns:sx=\"urn:sanxiang:faults:v1\">SX-UNAVAILABLE</sx:code>"));
        assertFalse(away.body, away.body.contains("No service was found"));
        assertEquals("a wrong address stays a wrong address: " + nowhere, 404, nowhere.status);
        HttpAnswer back = await().atMost(Duration.ofSeconds(60)).until(
                () -> callStatus(STATUS_CLIENT, STATUS_PASSWORD, id), a -> a.status == 200);
        assertTrue(back.body, back.body.contains("<requestId>" + id + "</requestId>"));
    }

    private void renameNonceTable(String from, String to) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + from + " RENAME TO " + to);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    @Test
    public void theWellKnownKarafLoginFails() {
        try {
            LoginContext login = new LoginContext("karaf", callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback) {
                        ((NameCallback) cb).setName("karaf");
                    } else if (cb instanceof PasswordCallback) {
                        ((PasswordCallback) cb).setPassword("karaf".toCharArray());
                    }
                }
            });
            login.login();
            fail("karaf/karaf must not log in");
        } catch (LoginException expected) {
            assertNotNull(expected.getMessage());
        }
    }
}
