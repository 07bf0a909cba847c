package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.Test;
import org.sanxiang.routes.common.PasswordHash;

/**
 * The hub's SOAP services used by a client library the hub did not write — the npm {@code soap} package, WSDL read
 * from the hub, WS-Security with the library's defaults ({@code wsu:Timestamp}, PasswordText, a Created and no Nonce
 * in the token) — on the distribution as shipped, in its own process (issue 17, R-S1):
 * <ul>
 * <li>HubStatus answers with the defaults and with a nonce (every endpoint is protected against replay: a token
 * without nonce is fresh through its Timestamp); a wrong password is the coded Chinese fault, and so is the token
 * alone (nothing tells it from a copy); PasswordDigest is refused (the hub keeps only salted hashes);</li>
 * <li>the enforcement service writes a register entry and the hall window serves it; a bad date is the schema
 * fault;</li>
 * <li>callers keep calling while {@code bundle:restart} runs on {@code sanxiang-hub-status} and
 * {@code sanxiang-routes-common} (issue 16: after such restarts every call was answered SX-INTERNAL): afterwards
 * every call is answered, every request answered is journaled, and no fault ever names a Java class.</li>
 * </ul>
 * Needs {@code node} and {@code npm} ({@code .ci/run} installs Debian's when absent); the library is installed
 * from the npm registry into {@code target/} with the committed lock file. {@code -Dinterop.restarts=N} restarts each
 * bundle N times (1 by default).
 */
public class SoapInteropCheck {

    private static final String[][] CLIENTS = {
        {"np-status", "status"}, {"np-counter", "counter"}, {"np-registers", "registers"}};

    @Test
    public void anIndependentClientWithItsDefaultsIsServedAlsoAcrossBundleRestarts() throws Exception {
        Path interop = npmInstall();
        Path work = Path.of("target/interop-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        try (StandaloneHub hub = new StandaloneHub(work, null)) {
            for (String[] c : CLIENTS) {
                hub.set("etc/org.sanxiang.clients.cfg", "client." + c[0],
                        c[1] + ";" + PasswordHash.hash((c[0] + "-pw").toCharArray(), 10_000));
            }
            hub.start();

            Map<String, Map<String, String>> story = new HashMap<>();
            for (Map<String, String> line : node(interop, hub, null, "story")) {
                story.put(line.get("step"), line);
            }
            System.out.println("[soap-interop] " + story.values());
            for (String step : List.of("status-defaults", "status-nonce")) {
                Map<String, String> r = story.get(step);
                assertEquals(step + ": " + r, "true", r.get("ok"));
                assertTrue(step + ": the receipt names the request: " + r, r.get("requestId").startsWith("np-"));
                assertEquals(step + ": " + r, "UP", r.get("overall"));
            }
            // a bare token (no Nonce, no Created, no Timestamp) cannot be told from a copy: refused like a wrong password
            for (String step : List.of("status-wrong-password", "status-digest", "status-token-only")) {
                Map<String, String> r = story.get(step);
                assertEquals(step + ": " + r, "false", r.get("ok"));
                assertTrue(step + ": " + r, r.get("faultstring").contains("SX-AUTH")
                        && r.get("faultstring").contains("身份验证失败"));
            }
            Map<String, String> put = story.get("register-put");
            assertEquals("a write through the enforcement service with the defaults: " + put, "true", put.get("ok"));
            assertEquals(put.toString(), "1", put.get("version"));
            Map<String, String> bad = story.get("register-bad-date");
            assertEquals(bad.toString(), "false", bad.get("ok"));
            assertTrue(bad.toString(), bad.get("faultstring").contains("SX-SCHEMA"));
            Map<String, String> hall = story.get("hall-list");
            assertEquals("the hall window serves what was written: " + hall, "true", hall.get("found"));
            assertEquals(hall.toString(), "对非法占用土地的行政处罚", hall.get("name"));
            for (Map<String, String> r : story.values()) {
                assertNoJavaInFault(r);
            }

            // calls while the status route and the shared route bundle restart under them
            int restarts = Integer.getInteger("interop.restarts", 1);
            int seconds = 12 + restarts * 16;
            int callers = 4;
            Path answeredFile = work.resolve("answered.txt");
            List<Map<String, String>> loadResult = new ArrayList<>();
            Thread load = new Thread(() -> {
                try {
                    loadResult.addAll(node(interop, hub, answeredFile, "load", String.valueOf(seconds),
                            String.valueOf(callers), "np-load-"));
                } catch (Exception e) {
                    loadResult.add(Map.of("step", "load", "ok", "false", "error", String.valueOf(e)));
                }
            }, "npm-soap-load");
            load.start();
            // the load runs before the first restart: each of its callers served (its requests in the journal)
            await("the " + callers + " npm callers served before the first restart").atMost(Duration.ofSeconds(seconds))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).dontCatchUncaughtExceptions()
                    .until(() -> hub.journaled("np-load-"), ids -> IntStream.range(0, callers).allMatch(n -> ids
                            .stream().anyMatch(id -> id.startsWith("np-load-" + n + "-"))));
            AtomicInteger probes = new AtomicInteger();
            for (int i = 0; i < restarts; i++) {
                for (String bundle : List.of("sanxiang-hub-status", "sanxiang-routes-common")) {
                    StandaloneHub.Run r = hub.cli("bundle:restart " + bundle);
                    assertEquals("bundle:restart " + bundle + ": " + r.output(), 0, r.status());
                    // the bundle started again (status 0); back when GetStatus is answered again and the load's
                    // calls reach the journal again (unless the load is over)
                    int journaledBefore = hub.journaled("np-load-").size();
                    await("GetStatus answered, and the load served, again after bundle:restart " + bundle)
                            .atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                            .pollInterval(Duration.ofMillis(250)).dontCatchUncaughtExceptions()
                            .until(() -> statusAnswers(hub, "np-probe-" + probes.incrementAndGet())
                                    && (!load.isAlive() || hub.journaled("np-load-").size() > journaledBefore));
                }
            }
            load.join(TimeUnit.SECONDS.toMillis(seconds + 180));
            assertFalse("the npm callers ended (each call waits at most 30 s)", load.isAlive());
            assertEquals(loadResult.toString(), 1, loadResult.size());
            Map<String, String> summary = loadResult.get(0);
            System.out.println("[soap-interop] under " + restarts + " restart(s) of each bundle: " + summary);
            assertEquals(summary.toString(), "true", summary.get("ok"));
            assertFalse("no fault names a Java class: " + summary, summary.get("refused").matches(
                    "(?s).*(java\\.|javax\\.|org\\.apache|Exception|\\bat [a-z]+\\.).*"));

            // after the restarts: every call answered (they were SX-INTERNAL before the fix)
            Map<String, String> after = node(interop, hub, null, "story").stream()
                    .filter(l -> "status-defaults".equals(l.get("step"))).findFirst().orElseThrow();
            assertEquals("answered after the restarts: " + after, "true", after.get("ok"));
            List<Map<String, String>> twenty = node(interop, hub, work.resolve("after.txt"), "load", "4", "1", "np-after-");
            assertTrue("nothing refused after the restarts: " + twenty, twenty.get(0).get("refused").isEmpty()
                    && Integer.parseInt(twenty.get(0).get("answered")) >= 10);

            // every request answered under the restarts is journaled, once
            Set<String> answered = new HashSet<>(Files.readAllLines(answeredFile));
            answered.remove("");
            assertTrue("calls were answered under the restarts: " + summary, answered.size() >= 20);
            Set<String> missing;
            try {
                missing = await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofSeconds(1)).until(() -> notJournaled(hub, answered), Set::isEmpty);
            } catch (ConditionTimeoutException e) {
                missing = notJournaled(hub, answered);
            }
            // (once: the journal's key is the source and the requestId)
            assertTrue("answered but not journaled: " + missing, missing.isEmpty());
        }
    }

    private static void assertNoJavaInFault(Map<String, String> line) {
        String text = line.getOrDefault("faultstring", "");
        assertFalse("a fault names no Java class: " + line, text.matches("(?s).*(java\\.|Exception|org\\.apache).*"));
    }

    /** Of the {@code answered} requests, those the journal does not hold. */
    private static Set<String> notJournaled(StandaloneHub hub, Set<String> answered) throws SQLException {
        Set<String> missing = new HashSet<>(answered);
        missing.removeAll(hub.journaled("np-load-"));
        return missing;
    }

    /** Whether the hub answers a GetStatus of np-status with 200 (not while it refuses, nor when the call fails). */
    private static boolean statusAnswers(StandaloneHub hub, String requestId) {
        try {
            return hub.soap("/cxf/hub/status", "urn:sanxiang:hub-status:v1", "np-status", "np-status-pw", "GetStatus",
                    "<p:requestId>" + requestId + "</p:requestId>").status() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** The client's files in target/interop, its library installed there from the lock file (once a build). */
    private static Path npmInstall() throws IOException, InterruptedException {
        Path dir = Path.of("target/interop").toAbsolutePath();
        Files.createDirectories(dir);
        for (String f : List.of("package.json", "package-lock.json", "soap-interop.js")) {
            Files.copy(Path.of("src/test/interop", f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(dir.resolve("node_modules/soap"))) {
            Run r = run(dir, null, 600, "npm", "ci", "--no-audit", "--no-fund");
            assertEquals("npm ci (the npm soap client from the registry): " + r.output, 0, r.status);
        }
        return dir;
    }

    private record Run(int status, String output) {
    }

    private static List<Map<String, String>> node(Path dir, StandaloneHub hub, Path answered, String... args)
            throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>();
        env.put("HUB", "http://127.0.0.1:" + hub.httpPort);
        env.put("STATUS", "np-status:np-status-pw");
        env.put("COUNTER", "np-counter:np-counter-pw");
        env.put("REGISTERS", "np-registers:np-registers-pw");
        if (answered != null) {
            env.put("ANSWERED", answered.toString());
        }
        List<String> command = new ArrayList<>(List.of("node", "soap-interop.js"));
        command.addAll(List.of(args));
        int timeout = args.length > 1 && args[0].equals("load") ? Integer.parseInt(args[1]) + 150 : 300;
        Run r = run(dir, env, timeout, command.toArray(String[]::new));
        assertEquals("node soap-interop.js " + String.join(" ", args) + ": " + r.output, 0, r.status);
        List<Map<String, String>> lines = new ArrayList<>();
        for (String line : r.output.split("\n")) {
            if (line.startsWith("{")) {
                lines.add(flatJson(line));
            }
        }
        return lines;
    }

    private static Run run(Path dir, Map<String, String> env, int timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (env != null) {
            pb.environment().putAll(env);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            fail(command[0] + " is needed for this test (Debian: apt-get install nodejs npm): " + e.getMessage());
            throw e;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not end in " + timeoutSeconds + " s: " + out);
        }
        return new Run(p.exitValue(), out.toString(StandardCharsets.UTF_8));
    }

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}]*)");

    /** One line of the client's output: a JSON object of strings, numbers and booleans. */
    static Map<String, String> flatJson(String line) {
        Map<String, String> fields = new HashMap<>();
        Matcher m = FIELD.matcher(line);
        while (m.find()) {
            fields.put(m.group(1), m.group(3) != null ? unescape(m.group(3)) : m.group(2));
        }
        return fields;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }
}
