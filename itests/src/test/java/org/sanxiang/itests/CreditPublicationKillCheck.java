package org.sanxiang.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.After;
import org.junit.Test;
import org.sanxiang.itests.killcheck.KillCheckFixture;
import org.sanxiang.routes.common.PasswordHash;

/**
 * Kill -9 of the hub between the send and the receipt, then restart: still exactly once (issue 8, R-D6).
 * Pax Exam's forked Karaf cannot be killed and restarted from a test, so this check unpacks the built
 * distribution, runs it as a process ({@code bin/karaf server}) and drives it with {@code bin/client}: the
 * credit simulator holds its reply after recording a penalty publication, the Karaf JVM is killed with SIGKILL
 * while the hub waits for that reply, and after a restart the broker hands the unacknowledged message to the
 * delivery route again — the receiver answers DUPLICATE with its first receipt, and keeps one record.
 * Slow (two Karaf boots, about 2–3 minutes): not a {@code *IT}; run it by name:
 * {@code mvn -B verify -pl itests -Dit.test=CreditPublicationKillCheck}.
 */
public class CreditPublicationKillCheck {

    private static final String ADMIN = "killcheck";
    private static final String ADMIN_PASSWORD = "kc-" + UUID.randomUUID();
    private static final String CLIENT = "itest-credit";
    private static final String CLIENT_PASSWORD = "itest-credit-" + "pw";

    private Path home;
    private Process karaf;
    private int sshPort;

    @Test
    public void aKillBetweenSendAndReceiptStillDeliversExactlyOnce() throws Exception {
        long t0 = System.nanoTime();
        home = unpack();
        int http = freePort();
        sshPort = freePort();
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        append("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + http);
        append("etc/org.apache.karaf.shell.cfg", "sshPort = " + sshPort);
        append("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = " + freePort(),
                "rmiServerPort = " + freePort());
        append("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories = ",
                "org.ops4j.pax.url.mvn.localRepository = " + repo);
        append("etc/users.properties", ADMIN + " = " + ADMIN_PASSWORD + ",_g_:admingroup",
                "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh");
        // the check publishes what it counts: no demo data
        append("etc/org.sanxiang.demo.cfg", "demo = false");
        append("etc/org.sanxiang.clients.cfg",
                "client." + CLIENT + " = credit-receiver;" + PasswordHash.hash(CLIENT_PASSWORD.toCharArray(), 10_000));
        append("etc/org.sanxiang.credit.cfg", "receiver.url = http://127.0.0.1:" + http + "/cxf/sim/credit",
                "receiver.user = " + CLIENT, "receiver.password = " + CLIENT_PASSWORD,
                "receiver.receive.timeout.millis = 600000", "poll.millis = 500", "backoff.initial.millis = 500",
                "backoff.max.millis = 2000", "max.attempts = 50");

        start();
        long booted = System.nanoTime();
        client("feature:install --no-auto-refresh sanxiang-credit-simulator");
        await("simulator installed", () -> client("sanxiang:credit-sim-mode").contains("NORMAL"), 120);
        String hold = client("sanxiang:credit-sim-mode -d 600000 HOLD");
        assertTrue(hold, hold.contains("HOLD"));

        Files.writeString(home.resolve("killcheck.todo"), "1");
        Files.copy(fixtureBundle(), home.resolve("deploy/killcheck-fixture.jar"));
        await("publication created", () -> Files.exists(home.resolve("killcheck.id"))
                || Files.exists(home.resolve("killcheck.error")), 120);
        if (Files.exists(home.resolve("killcheck.error"))) {
            fail("fixture: " + Files.readString(home.resolve("killcheck.error")));
        }
        String key = "PUB-" + Files.readString(home.resolve("killcheck.id")).trim() + "-v1-PUBLISH";
        await("recorded at the receiver, reply held", () -> client("sanxiang:credit-sim-list --csv")
                .contains(key + ",PublishPenalty"), 60);
        assertTrue("no answer at the hub yet", !client("sanxiang:outbox-list --csv").contains("ACCEPTED"));

        long kill = System.nanoTime();
        killHard();
        start();
        long restarted = System.nanoTime();
        await("answered after the restart", () -> row(client("sanxiang:outbox-list --csv -n 500"), key)
                .contains("DUPLICATE"), 120);
        String sim = row(client("sanxiang:credit-sim-list --csv"), key);
        String[] c = sim.split(",", -1);
        assertEquals(sim, "1", c[4]);
        assertEquals(sim + ": the held call and the one after the restart", "2", c[5]);
        String receipt = c[3];
        assertTrue("the hub stored the receiver's first receipt",
                row(client("sanxiang:outbox-list --csv -n 500"), key).contains(receipt));
        long done = System.nanoTime();
        System.out.printf("kill check: first boot %d s, kill to restarted %d s, restart to receipt %d s, total %d s%n",
                TimeUnit.NANOSECONDS.toSeconds(booted - t0), TimeUnit.NANOSECONDS.toSeconds(restarted - kill),
                TimeUnit.NANOSECONDS.toSeconds(done - restarted), TimeUnit.NANOSECONDS.toSeconds(done - t0));
    }

    @After
    public void stop() {
        if (karaf != null) {
            karaf.descendants().forEach(ProcessHandle::destroyForcibly);
            karaf.destroyForcibly();
        }
    }

    private Path unpack() throws Exception {
        Path target = Path.of("target", "killcheck", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(target);
        run(target, "tar", "xzf", new File(System.getProperty("sanxiang.distribution")).getAbsolutePath());
        try (Stream<Path> dirs = Files.list(target)) {
            return dirs.filter(d -> Files.exists(d.resolve("bin/karaf"))).findFirst().orElseThrow();
        }
    }

    private void start() throws Exception {
        karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("karaf-console.out").toFile())).start();
        await("Karaf up with the credit channel", () -> client("camel:route-list").contains("credit.deliver"), 240);
    }

    /** SIGKILL to the Karaf JVM (the script's java child, or the script itself when it exec'd java). */
    private void killHard() throws Exception {
        ProcessHandle jvm = karaf.toHandle().descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst().orElse(karaf.toHandle());
        run(home, "kill", "-9", String.valueOf(jvm.pid()));
        karaf.waitFor(60, TimeUnit.SECONDS);
        jvm.onExit().get(60, TimeUnit.SECONDS);
    }

    private String client(String command) {
        try {
            Process p = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort), "-u",
                    ADMIN, "-p", ADMIN_PASSWORD, "-r", "3", "-d", "2", "-b").directory(home.toFile())
                    .redirectErrorStream(true).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream o = p.getInputStream()) {
                o.transferTo(out);
            }
            p.waitFor(60, TimeUnit.SECONDS);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    private static String row(String csv, String key) {
        for (String line : csv.split("\n")) {
            if (line.startsWith(key + ",")) {
                return line.trim();
            }
        }
        return "";
    }

    private Path fixtureBundle() throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "sanxiang-killcheck-fixture");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", KillCheckFixture.class.getName());
        a.putValue("Import-Package", "org.osgi.framework,org.osgi.util.tracker,org.sanxiang.api.disclosure,"
                + "org.sanxiang.api.domain,org.sanxiang.api.records");
        Path jar = home.resolve("killcheck-fixture.jar");
        String dir = KillCheckFixture.class.getPackageName().replace('.', '/');
        Path classes = Path.of(KillCheckFixture.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m);
             Stream<Path> files = Files.list(classes.resolve(dir))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith("KillCheckFixture")) {
                    out.putNextEntry(new JarEntry(dir + "/" + f.getFileName()));
                    out.write(Files.readAllBytes(f));
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private void append(String file, String... lines) throws IOException {
        Files.writeString(home.resolve(file), "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertEquals(String.join(" ", command), 0, p.waitFor());
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> condition, int seconds)
            throws Exception {
        AtomicBoolean met = new AtomicBoolean();
        try {
            // in this thread: a condition (a bin/client run) that began before the deadline ends and counts
            Awaitility.await(what).atMost(Duration.ofSeconds(seconds)).pollInSameThread().dontCatchUncaughtExceptions()
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        met.set(Boolean.TRUE.equals(condition.call()));
                        return met.get();
                    });
        } catch (ConditionTimeoutException e) {
            if (!met.get()) {
                fail("timed out after " + seconds + " s waiting for: " + what);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
