package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.sanxiang.api.records.StageGate;
import org.sanxiang.routes.common.PasswordHash;

/**
 * Base of every Pax Exam suite: boots the distribution this build produced (its tar.gz), on free ports so
 * that a running demo does not collide with it, resolving only from the local Maven repository. The
 * database is H2 unless the build runs with {@code -Pmysql}, which points jdbc/sanxiang at the MariaDB/MySQL
 * server that {@code .ci/run} started. One SOAP client per role is configured with a hashed password.
 */
public abstract class HubTestSupport {

    /** The evidence root the MySQL suite shares between its Karafs (unset: the shipped ${karaf.data}/evidence). */
    private static final String EVIDENCE_ROOT = "sanxiang.itest.evidence.root";
    public static final String STATUS_CLIENT = "itest-status";
    public static final String STATUS_PASSWORD = "itest-status-" + "pw";
    public static final String HUB_CLIENT = "itest-hub";
    public static final String HUB_PASSWORD = "itest-hub-" + "pw";
    public static final String WSSE_NS =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    public static final String WSU_NS =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    public static final String BASE64_BINARY =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    private static final java.security.SecureRandom NONCES = new java.security.SecureRandom();

    @Inject
    protected BundleContext bundleContext;

    /**
     * The records refuse every stage change and document while a required gate (recommended: 法制审核) is not running,
     * as they do in production while the hub boots: a test starts once the legal review's gate is registered.
     */
    @Before
    public void awaitRequiredGates() {
        await().atMost(Duration.ofSeconds(120)).until(() -> !bundleContext.getServiceReferences(StageGate.class,
                "(" + StageGate.NAME_PROPERTY + "=法制审核)").isEmpty());
    }

    @Configuration
    public Option[] config() {
        String http = String.valueOf(freePort());
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(System.getProperty("sanxiang.distribution")).toURI().toString())
                        .karafVersion(System.getProperty("karaf.version"))
                        .name("Sanxiang Hub")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", http),
                // the suites wire what they test themselves: no demo data, no demo clients
                editConfigurationFilePut("etc/org.sanxiang.demo.cfg", "demo", "false"),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", " "),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        repo),
                editConfigurationFilePut("etc/org.sanxiang.clients.cfg", "client." + STATUS_CLIENT,
                        "status;" + PasswordHash.hash(STATUS_PASSWORD.toCharArray(), 10_000)),
                // the hub delivers to the supervision office simulator booted with it, as a client of role
                // supervision-office at the simulator
                editConfigurationFilePut("etc/org.sanxiang.clients.cfg", "client." + HUB_CLIENT,
                        "supervision-office;" + PasswordHash.hash(HUB_PASSWORD.toCharArray(), 10_000)),
                editConfigurationFilePut("etc/org.sanxiang.supervision.cfg", "office.url",
                        "http://127.0.0.1:" + http + "/cxf/sim/supervision"),
                editConfigurationFilePut("etc/org.sanxiang.supervision.cfg", "office.user", HUB_CLIENT),
                editConfigurationFilePut("etc/org.sanxiang.supervision.cfg", "office.password", HUB_PASSWORD),
                editConfigurationFilePut("etc/org.sanxiang.supervision.cfg", "office.receive.timeout.millis", "3000"),
                systemProperty("sanxiang.itest.httpPort").value(http),
                mavenBundle(maven("org.hamcrest", "hamcrest", System.getProperty("hamcrest.version"))),
                mavenBundle(maven("org.awaitility", "awaitility", System.getProperty("awaitility.version")))));
        if ("mysql".equals(System.getProperty("sanxiang.itest.db"))) {
            String cfg = "etc/org.ops4j.datasource-sanxiang.cfg";
            options.add(editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "mysql"));
            options.add(editConfigurationFilePut(cfg, "url", System.getProperty("sanxiang.itest.mysql.url")));
            options.add(editConfigurationFilePut(cfg, "user", System.getProperty("sanxiang.itest.mysql.user")));
            options.add(editConfigurationFilePut(cfg, "password", System.getProperty("sanxiang.itest.mysql.password")));
            options.add(editConfigurationFilePut(cfg, "dataSourceName", "jdbc/sanxiang"));
            options.add(editConfigurationFilePut(cfg, "pool", "dbcp2"));
            options.add(editConfigurationFilePut(cfg, "xa", "false"));
            // The MariaDB database outlives each Karaf the suites boot: so must the ledger's signing key, or
            // the heads signed by the previous instance would (rightly) fail verification as UNKNOWN_KEY.
            options.add(editConfigurationFilePut("etc/org.sanxiang.ledger.cfg", "key.dir",
                    new File("target/ledger-keys-mysql").getAbsolutePath()));
            // ... and so must the evidence store: a file the ledger names and no Karaf of this run holds is (rightly)
            // MISSING to the integrity verification
            String evidence = new File("target/evidence-mysql").getAbsolutePath();
            // The shipped file with only that line changed, put in place whole: an edit option would rewrite the
            // typed file as plain properties (java.util.Properties) and lose the shipped lists such as required.gates
            options.add(KarafDistributionOption.replaceConfigurationFile("etc/org.sanxiang.records.cfg",
                    recordsCfg(getClass().getSimpleName(), evidence, recordsOverrides())));
            options.add(systemProperty(EVIDENCE_ROOT).value(evidence));
        } else {
            recordsOverrides().forEach((key, value) ->
                    options.add(editConfigurationFilePut("etc/org.sanxiang.records.cfg", key, value)));
        }
        // benchmarks in the container write their figures into the one report beside those of the host's
        options.add(systemProperty("bench.report.dir").value(new File(System.getProperty("bench.report.dir",
                "target/bench")).getAbsolutePath()));
        // The probe waits for its invoker service 10 s by default: a boot slowed down by a busy machine then leaves
        // the test hanging. Both lookups read their timeout from these system properties inside the container.
        options.add(systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("180000"));
        options.add(systemProperty("org.ops4j.pax.swissbox.tracker.ServiceLookup.DEFAULT_TIMEOUT").value("180000"));
        if (Boolean.getBoolean("sanxiang.itest.keep")) {
            // -Dsanxiang.itest.keep=true keeps target/exam/<run>/ (its data/log/karaf.log) for a post-mortem
            options.add(keepRuntimeFolder());
        }
        options.add(javaModuleOptions());
        options.addAll(List.of(extraOptions()));
        return options.toArray(new Option[0]);
    }

    /**
     * The module options Karaf's own start script passes on Java 9+ (the spec locator patched into
     * java.base), which the Pax Exam launcher does not: without them the spec activator cannot register
     * the XML/JAXB providers.
     */
    private static Option javaModuleOptions() {
        File dist = new File(System.getProperty("sanxiang.distribution"));
        File endorsed = new File(dist.getParentFile(), "assembly/lib/endorsed");
        String karaf = System.getProperty("karaf.version");
        return vmOptions(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module=java.base=" + new File(endorsed, "org.apache.karaf.specs.locator-" + karaf + ".jar"),
                "--patch-module=java.xml=" + new File(endorsed, "org.apache.karaf.specs.java.xml-" + karaf + ".jar"),
                "--add-opens=java.base/java.security=ALL-UNNAMED",
                "--add-opens=java.base/java.net=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens=java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED");
    }

    /** Options a suite adds to the common ones. */
    protected Option[] extraOptions() {
        return new Option[0];
    }

    protected static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the hub answers 200 at {@code path} (a SOAP service's {@code ?wsdl}): a service is published by its
     * route, which may start after the services a test injects.
     */
    protected static void awaitPublished(String path) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() -> {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) new java.net.URL(url(path)).openConnection();
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        });
    }

    /**
     * Settings of etc/org.sanxiang.records.cfg this suite changes (key to a string value). On MariaDB they are
     * written into the suite's copy of the shipped file, elsewhere as edits of it.
     */
    protected java.util.Map<String, String> recordsOverrides() {
        return java.util.Map.of();
    }

    /** The shipped etc/org.sanxiang.records.cfg with evidence.root = {@code root} and the overrides, as a file. */
    private static File recordsCfg(String suite, String root, java.util.Map<String, String> overrides) {
        try {
            java.nio.file.Path shipped = java.nio.file.Path.of("../karaf-config/src/main/etc/org.sanxiang.records.cfg");
            String text = java.nio.file.Files.readString(shipped, StandardCharsets.ISO_8859_1);
            java.util.Map<String, String> values = new java.util.TreeMap<>(overrides);
            values.put("evidence.root", root);
            String changed = text;
            for (java.util.Map.Entry<String, String> e : values.entrySet()) {
                String next = changed.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(e.getKey()) + "\\s*=.*$",
                        java.util.regex.Matcher.quoteReplacement(e.getKey() + " = \"" + e.getValue() + "\""));
                if (next.equals(changed)) {
                    throw new IllegalStateException("no single-line " + e.getKey() + " in " + shipped.toAbsolutePath());
                }
                changed = next;
            }
            // one file per suite: Pax Exam copies it when that suite's container starts, after every suite's setup
            File out = new File("target/org.sanxiang.records-mysql-" + suite + ".cfg");
            java.nio.file.Files.writeString(out.toPath(), changed, StandardCharsets.ISO_8859_1);
            return out.getAbsoluteFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the evidence store of the booted hub keeps the file of this SHA-256 (evidence.root, sharded by 2+2). */
    protected static java.nio.file.Path evidenceFile(String sha256) {
        String root = System.getProperty(EVIDENCE_ROOT,
                java.nio.file.Path.of(System.getProperty("karaf.data"), "evidence").toString());
        return java.nio.file.Path.of(root, sha256.substring(0, 2), sha256.substring(2, 4), sha256);
    }

    protected static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    protected static String url(String path) {
        return "http://127.0.0.1:" + System.getProperty("sanxiang.itest.httpPort") + path;
    }

    /**
     * A SOAP 1.1 envelope with a UsernameToken (PasswordText) header around the body, the token carrying a fresh
     * nonce and creation time: every hub endpoint accepts a token once (replay protection), so each call builds its
     * own envelope.
     */
    protected static String envelope(String user, String password, String body) {
        return envelope(user, password, true, body);
    }

    /** As {@link #envelope(String, String, String)}; {@code fresh = false}: a token without nonce and creation time. */
    protected static String envelope(String user, String password, boolean fresh, String body) {
        byte[] nonce = new byte[16];
        NONCES.nextBytes(nonce);
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Header><wsse:Security xmlns:wsse=\"" + WSSE_NS + "\" xmlns:wsu=\"" + WSU_NS + "\">"
                + "<wsse:UsernameToken><wsse:Username>" + user + "</wsse:Username>"
                + "<wsse:Password Type=\"" + PASSWORD_TEXT + "\">" + password + "</wsse:Password>"
                + (fresh ? "<wsse:Nonce EncodingType=\"" + BASE64_BINARY + "\">"
                        + java.util.Base64.getEncoder().encodeToString(nonce) + "</wsse:Nonce><wsu:Created>"
                        + java.time.Instant.now() + "</wsu:Created>" : "")
                + "</wsse:UsernameToken></wsse:Security></soapenv:Header>"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    /** The answer of one HTTP POST. */
    protected static final class HttpAnswer {
        public final int status;
        public final String body;

        HttpAnswer(int status, String body) {
            this.status = status;
            this.body = body;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    protected static HttpAnswer post(String path, String soapAction, byte[] payload) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url(path)).openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setConnectTimeout(5_000);
        c.setReadTimeout(30_000);
        c.setRequestProperty("Content-Type", "text/xml; charset=UTF-8");
        c.setRequestProperty("SOAPAction", "\"" + soapAction + "\"");
        try (OutputStream out = c.getOutputStream()) {
            out.write(payload);
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (in != null) {
            try (InputStream i = in) {
                i.transferTo(body);
            }
        }
        return new HttpAnswer(status, body.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs a console command as ops would type it and returns what it printed. Commands register
     * asynchronously after their bundle starts, so a command not found yet is retried for up to 30 s.
     */
    /**
     * Asserts that {@code sanxiang:access-log} holds a read of {@code type} {@code ref} with {@code purpose} (调阅监督,
     * R-R6): the console's own reads are logged like every other channel's.
     */
    protected void assertReadLogged(String type, String ref, String purpose) throws Exception {
        String log = console("sanxiang:access-log --csv -n 20 -r \"" + ref + "\"");
        org.junit.Assert.assertTrue(type + " " + ref + " read not logged: " + log, log.lines()
                .anyMatch(l -> l.contains("," + type + "," + ref + ",") && l.endsWith("," + purpose)));
    }

    protected String console(String command) throws Exception {
        return untilCommandFound(() -> consoleOnce(command));
    }

    /** Runs a console command that may fail: what it printed, then the failure's message (the command's error). */
    protected String consoleOutcome(String command) throws Exception {
        return untilCommandFound(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                return consoleOnce(command, bytes);
            } catch (Exception e) {
                if (isCommandNotFound(e)) {
                    throw e;
                }
                return bytes.toString(StandardCharsets.UTF_8) + "\n" + e.getMessage();
            }
        });
    }

    /**
     * What {@code attempt} answers once it no longer fails with a CommandNotFoundException: tried again every 250 ms
     * for up to 30 s, then that exception is thrown. Any other exception is thrown at once; an attempt that succeeds
     * after the 30 s (a slow command) still answers.
     */
    private static String untilCommandFound(Callable<String> attempt) throws Exception {
        AtomicReference<String> answer = new AtomicReference<>();
        AtomicReference<Exception> notFound = new AtomicReference<>();
        try {
            // in this thread: a command that runs long is not cut off; other threads' failures are not this wait's
            await().pollInSameThread().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(30))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(() -> {
                        try {
                            answer.set(attempt.call());
                            return true;
                        } catch (Exception e) {
                            if (!isCommandNotFound(e)) {
                                throw e;
                            }
                            notFound.set(e);
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException timedOut) {
            if (answer.get() == null && notFound.get() != null) {
                throw notFound.get();
            }
            if (answer.get() == null) {
                throw timedOut;
            }
        }
        return answer.get();
    }

    private static boolean isCommandNotFound(Exception e) {
        return e.getClass().getSimpleName().equals("CommandNotFoundException");
    }

    private String consoleOnce(String command) throws Exception {
        return consoleOnce(command, new ByteArrayOutputStream());
    }

    private String consoleOnce(String command, ByteArrayOutputStream bytes) throws Exception {
        org.apache.karaf.shell.api.console.SessionFactory factory = bundleContext.getService(
                bundleContext.getServiceReference(org.apache.karaf.shell.api.console.SessionFactory.class));
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = factory.create(System.in, out, out);
        try {
            session.execute(command);
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    protected static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
