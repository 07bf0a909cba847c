package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.sanxiang.routes.common.PasswordHash;

/**
 * HOT-REDEPLOY (issue 16): every route bundle is restarted in turn ({@code bundle:restart}, from outside through
 * {@code bin/sanxiang-cli}) on the distribution as shipped, while callers keep reading HubStatus and writing register
 * entries through the enforcement service. A caller that is not served (the service is away: SX-UNAVAILABLE, or the
 * connection refused) tries again with the same request id, as the fault text tells counter staff to. Counted at the
 * receivers afterwards:
 * <ul>
 * <li>every GetStatus answered is in the inbound journal, every write answered is in the register once (no entry
 * written twice by a retry), nothing answered is missing;</li>
 * <li>after the last restart every call is answered at the first try;</li>
 * <li>no bundle was refreshed on the way: the same bundle ids, names and states before and after;</li>
 * <li>no answer, during the restarts or after, is CXF's HTML 404 or names a Java class.</li>
 * </ul>
 * Short form in {@code .ci/run} ({@code -Pcrash}: one round over the route bundles); the long form is
 * {@code -Dredeploy.rounds=50}. Prints its figures.
 */
public class HotRedeployCheck {

    private static final String STATUS = "hr-status";
    private static final String REGISTERS = "hr-registers";
    private static final String STATUS_NS = "urn:sanxiang:hub-status:v1";
    private static final String ENFORCEMENT_NS = "urn:sanxiang:enforcement:v1";
    private static final List<String> ROUTE_BUNDLES = List.of("sanxiang-hub-status", "sanxiang-enforcement",
            "sanxiang-hall-window", "sanxiang-outbound-delivery", "sanxiang-supervision-report",
            "sanxiang-credit-publication", "sanxiang-recorder-ingest", "sanxiang-routes-common");
    private static final Pattern FAULT_CODE = Pattern.compile("<faultstring[^>]*>(SX-[A-Z]+)");
    private static final Duration RETRY_FOR = Duration.ofSeconds(120);

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final Map<String, AtomicInteger> notServed = new ConcurrentHashMap<>();
    private final Set<String> strange = ConcurrentHashMap.newKeySet();
    private final Map<String, String> examples = new ConcurrentHashMap<>();
    private final Set<String> statusAnswered = ConcurrentHashMap.newKeySet();
    private final Set<String> keysWritten = ConcurrentHashMap.newKeySet();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicInteger probes = new AtomicInteger();

    @Test
    public void everyRouteBundleRestartedInTurnUnderLoadLosesNothingAndRefreshesNothing() throws Exception {
        int rounds = Integer.getInteger("redeploy.rounds", 1);
        Path work = Path.of("target/redeploy-" + run).toAbsolutePath();
        try (StandaloneHub hub = new StandaloneHub(work, null)) {
            hub.set("etc/org.sanxiang.clients.cfg", "client." + STATUS,
                    "status;" + PasswordHash.hash((STATUS + "-pw").toCharArray(), 10_000));
            hub.set("etc/org.sanxiang.clients.cfg", "client." + REGISTERS,
                    "registers;" + PasswordHash.hash((REGISTERS + "-pw").toCharArray(), 10_000));
            hub.start();
            Set<String> bundlesBefore = bundles(hub);
            assertTrue("the route bundles are listed: " + bundlesBefore, ROUTE_BUNDLES.stream()
                    .allMatch(b -> bundlesBefore.stream().anyMatch(l -> l.endsWith(" " + b) && l.contains("Active"))));

            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger sequence = new AtomicInteger();
            List<Thread> callers = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                boolean writer = n == 0;
                Thread t = new Thread(() -> {
                    while (loading.get()) {
                        int i = sequence.incrementAndGet();
                        if (writer) {
                            write(hub, "hr-w-" + run + "-" + i, "HR-" + run + "-" + i);
                        } else {
                            status(hub, "hr-s-" + run + "-" + i);
                        }
                    }
                }, "redeploy-load-" + n);
                t.start();
                callers.add(t);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> statusAnswered.size() > 20 && keysWritten.size() > 5);

            Map<String, Long> longestAway = new TreeMap<>();
            int restarts = 0;
            long started = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                for (String bundle : ROUTE_BUNDLES) {
                    long t0 = System.nanoTime();
                    StandaloneHub.Run r = hub.cli("bundle:restart " + bundle);
                    assertEquals("bundle:restart " + bundle + ": " + r.output(), 0, r.status());
                    restarts++;
                    // back when a read and a write are each served again at the first try
                    await("served again after bundle:restart " + bundle).atMost(Duration.ofSeconds(90))
                            .pollInterval(Duration.ofMillis(200)).until(() -> servedAtOnce(hub));
                    longestAway.merge(bundle, (System.nanoTime() - t0) / 1_000_000, Math::max);
                }
            }
            long restartSeconds = (System.nanoTime() - started) / 1_000_000_000;
            loading.set(false);
            for (Thread t : callers) {
                t.join(RETRY_FOR.toMillis() + 30_000);
                assertFalse(t.getName() + " ended", t.isAlive());
            }

            // after the last restart: every call served at the first try
            Map<String, Integer> before = snapshot(notServed);
            for (int i = 0; i < 20; i++) {
                assertTrue("answered at the first try after the restarts", servedAtOnce(hub));
            }
            assertEquals("nothing refused after the last restart", before, snapshot(notServed));

            Set<String> bundlesAfter = bundles(hub);
            assertEquals("no bundle refreshed, reinstalled or left stopped (ids, states, names)", bundlesBefore,
                    bundlesAfter);

            Set<String> notJournaled = await().atMost(Duration.ofSeconds(60)).until(() -> {
                Set<String> missing = new HashSet<>(statusAnswered);
                missing.removeAll(hub.journaled("hr-s-" + run));
                missing.removeAll(hub.journaled("hr-p-" + run));
                return missing;
            }, Set::isEmpty);
            Map<String, Integer> rows = registerRows(hub);
            Set<String> lost = new HashSet<>(keysWritten);
            lost.removeAll(rows.keySet());
            Map<String, Integer> twice = new HashMap<>();
            rows.forEach((k, v) -> {
                if (v != 1) {
                    twice.put(k, v);
                }
            });
            System.out.printf("[hot-redeploy] %d round(s), %d restarts of %d route bundles in %d s; %d calls, %d reads "
                            + "and %d writes answered; not served at once (then retried with the same id): %s; "
                            + "longest until served again (ms): %s; lost %d, written twice %d, not journaled %d%n",
                    rounds, restarts, ROUTE_BUNDLES.size(), restartSeconds, calls.get(), statusAnswered.size(),
                    keysWritten.size(), snapshot(notServed), longestAway, lost.size(), twice.size(),
                    notJournaled.size());
            examples.forEach((why, body) -> System.out.println("[hot-redeploy] first " + why + ": " + body));
            assertEquals("answered writes missing from the register", Set.of(), lost);
            assertEquals("register entries written more than once", Map.of(), twice);
            assertEquals("answers a caller must not see (CXF's 404 page, a Java class)", Set.of(), strange);
        }
    }

    /** A read and a write, each answered at the first try. */
    private boolean servedAtOnce(StandaloneHub hub) {
        int i = probes.incrementAndGet();
        try {
            StandaloneHub.Answer s = hub.soap("/cxf/hub/status", STATUS_NS, STATUS, STATUS + "-pw", "GetStatus",
                    "<p:requestId>hr-p-" + run + "-" + i + "</p:requestId>");
            if (s.status() != 200) {
                return false;
            }
            statusAnswered.add("hr-p-" + run + "-" + i);
            String key = "HR-P-" + run + "-" + i;
            StandaloneHub.Answer w = hub.soap("/cxf/hub/enforcement", ENFORCEMENT_NS, REGISTERS, REGISTERS + "-pw",
                    "PutRegisterEntry", entry("hr-pw-" + run + "-" + i, key));
            if (w.status() == 200) {
                keysWritten.add(key);
                return true;
            }
            // not served at once: retried with the same id as any caller would, so that the key is settled either way
            write(hub, "hr-pw-" + run + "-" + i, key);
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private void status(StandaloneHub hub, String requestId) {
        if (call(hub, "/cxf/hub/status", STATUS_NS, STATUS, "GetStatus", "<p:requestId>" + requestId + "</p:requestId>")) {
            statusAnswered.add(requestId);
        }
    }

    private boolean write(StandaloneHub hub, String requestId, String key) {
        if (call(hub, "/cxf/hub/enforcement", ENFORCEMENT_NS, REGISTERS, "PutRegisterEntry", entry(requestId, key))) {
            keysWritten.add(key);
            return true;
        }
        return false;
    }

    /** One call, tried again with the same request (and a new token) until it is answered or RETRY_FOR is over. */
    private boolean call(StandaloneHub hub, String path, String ns, String user, String operation, String inner) {
        long until = System.nanoTime() + RETRY_FOR.toNanos();
        while (System.nanoTime() < until) {
            calls.incrementAndGet();
            String why;
            String example;
            try {
                StandaloneHub.Answer a = hub.soap(path, ns, user, user + "-pw", operation, inner);
                if (a.status() == 200) {
                    return true;
                }
                example = a.body().length() > 300 ? a.body().substring(0, 300) : a.body();
                Matcher m = FAULT_CODE.matcher(a.body());
                why = m.find() ? m.group(1) : "HTTP " + a.status();
                if (a.body().contains("No service was found") || a.body().matches("(?s).*(java\\.|Exception|org\\.apache).*")) {
                    strange.add(operation + " " + a.status() + ": " + a.body());
                }
            } catch (IOException e) {
                why = "connection " + e.getClass().getSimpleName();
                example = String.valueOf(e.getMessage());
            }
            notServed.computeIfAbsent(operation + " " + why, k -> new AtomicInteger()).incrementAndGet();
            examples.putIfAbsent(operation + " " + why, example);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static String entry(String requestId, String key) {
        return "<p:requestId>" + requestId + "</p:requestId><p:operator>staff-hr</p:operator>"
                + "<p:register>ENFORCEMENT_ITEM</p:register><p:key>" + key + "</p:key><p:effectiveFrom>" + LocalDate.now()
                + "</p:effectiveFrom>" + field("事项名称", "对非法占用土地的行政处罚") + field("实施主体", "长治市自然资源局")
                + field("职责", "土地执法") + field("职权类别", "行政处罚")
                + field("法定依据", "《中华人民共和国土地管理法》第七十七条");
    }

    private static String field(String name, String value) {
        return "<p:field><p:name>" + name + "</p:name><p:value>" + value + "</p:value></p:field>";
    }

    /** Rows per register key written by this run. */
    private Map<String, Integer> registerRows(StandaloneHub hub) throws Exception {
        Map<String, Integer> rows = new HashMap<>();
        try (Connection c = hub.database(); PreparedStatement s = c.prepareStatement(
                "SELECT entry_key, COUNT(*) FROM sx_dis_register WHERE entry_key LIKE ? GROUP BY entry_key")) {
            s.setString(1, "HR-%" + run + "-%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return rows;
    }

    /** Every bundle as "id state … name" (symbolic names), from {@code bundle:list -t 0 -s}. */
    private static Set<String> bundles(StandaloneHub hub) throws Exception {
        StandaloneHub.Run r = hub.cli("bundle:list -t 0 -s --no-format");
        assertEquals(r.output(), 0, r.status());
        Set<String> lines = new HashSet<>();
        for (String line : r.output().split("\\R")) {
            String[] cols = line.trim().split("\\s*[\\t|│]\\s*");
            if (cols.length >= 5 && cols[0].matches("\\d+")) {
                lines.add(cols[0] + " " + cols[1] + " " + cols[cols.length - 1]);
            }
        }
        assertTrue(r.output(), lines.size() > 50);
        return lines;
    }

    private static Map<String, Integer> snapshot(Map<String, AtomicInteger> counts) {
        Map<String, Integer> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }
}
