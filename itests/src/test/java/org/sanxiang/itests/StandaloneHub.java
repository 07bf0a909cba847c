package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The built distribution unpacked and run as ops run it ({@code bin/karaf server}) in its own process, for checks
 * Pax Exam cannot make: kill -9 of the hub and restart, peak memory of the hub's process under a heap cap
 * (passed as {@code EXTRA_JAVA_OPTS=-Xmx…}; Karaf's Unix scripts ignore {@code JAVA_MAX_MEM}). Free
 * ports; the H2 database opened with {@code AUTO_SERVER} so that the check can read it (and seed officers and a
 * case) while the hub runs. {@link #close()} kills the process and deletes the folder.
 */
final class StandaloneHub implements AutoCloseable {

    /** How long a boot may take. */
    private static final Duration BOOT = Duration.ofSeconds(240);

    static final String DEVICE = "DSJ-CHK-0001";
    static final String OFFICER = "chk-officer-1";
    static final String CERT = "14040020269901";

    final Path home;
    final Path drop;
    final int httpPort;
    final int sshPort;
    /** A console user of this hub (none is shipped): created for the checks, with a random password. */
    final String admin = "chk-admin";
    private final String adminPassword = "chk-admin-" + java.util.UUID.randomUUID();
    private final String maxHeap;
    private Process process;
    /** The size of karaf.log when the hub was last launched: what it logged since starts there. */
    private long logAtLaunch;

    StandaloneHub(Path parent, String maxHeap) throws IOException, InterruptedException {
        Files.createDirectories(parent);
        this.home = parent.resolve("hub");
        this.drop = parent.resolve("drop");
        this.maxHeap = maxHeap;
        this.httpPort = freePort();
        String tarGz = System.getProperty("sanxiang.distribution");
        run(parent, "tar", "xzf", new File(tarGz).getAbsolutePath());
        try (Stream<Path> s = Files.list(parent)) {
            Path unpacked = s.filter(p -> p.getFileName().toString().startsWith("sanxiang-distribution")).findFirst()
                    .orElseThrow(() -> new IOException("nothing unpacked from " + tarGz));
            Files.move(unpacked, home);
        }
        set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
        this.sshPort = freePort();
        set("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(sshPort));
        set("etc/users.properties", admin, adminPassword + ",_g_:admingroup");
        set("etc/users.properties", "_g_\\:admingroup", "group,admin,manager,viewer,systembundles,ssh");
        set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        set("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
        // the shipped H2 datasource (installed at first boot unless present), opened with AUTO_SERVER
        Files.write(home.resolve("etc/org.ops4j.datasource-sanxiang.cfg"), List.of(
                "osgi.jdbc.driver.class = org.h2.Driver",
                "url = jdbc:h2:file:" + home.resolve("data/sanxiang/hub") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0",
                "user = sanxiang", "password =", "dataSourceName = jdbc/sanxiang", "pool = dbcp2", "xa = false",
                "jdbc.pool.maxTotal = 16", "jdbc.pool.testOnBorrow = true"), StandardCharsets.ISO_8859_1);
        // checks seed what they need; PortalIT turns the demo on
        set("etc/org.sanxiang.demo.cfg", "demo", "false");
        set("etc/org.sanxiang.recorder.cfg", "drop.dir", drop.toString());
        set("etc/org.sanxiang.recorder.cfg", "drop.poll.millis", "500");
        set("etc/org.sanxiang.ingest.cfg", "devices", DEVICE);
        set("etc/org.sanxiang.ingest.cfg", "officer.map", "C00001=" + CERT);
    }

    /** Replaces or adds {@code key = value} in a file of etc/ (the configuration files are installed at first boot). */
    void set(String file, String key, String value) throws IOException {
        Path p = home.resolve(file);
        List<String> lines = Files.exists(p) ? new ArrayList<>(Files.readAllLines(p, StandardCharsets.ISO_8859_1))
                : new ArrayList<>();
        lines.removeIf(l -> l.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*[=:].*"));
        lines.add(key + " = " + value);
        Files.write(p, lines, StandardCharsets.ISO_8859_1);
    }

    /** The SOAP services a started hub serves: each answers its WSDL. */
    static final List<String> SERVICES = List.of("/cxf/hub/status?wsdl", "/cxf/hall/window?wsdl",
            "/cxf/hub/enforcement?wsdl");

    void start() throws IOException, InterruptedException {
        launch();
        // up: the recorder ingest answers (405 to a GET of its upload endpoint), its drop-directory route started,
        // and every SOAP service answers its WSDL (the bundles start in no fixed order)
        awaitBoot(Duration.ofMillis(500),
                () -> "the hub stopped during boot; see " + home.resolve("data/log/karaf.log"),
                () -> "the recorder ingest or a SOAP service " + SERVICES + " did not come up within 240 s",
                () -> status("/recorder/media") == 405 && logSinceLaunch().contains("Started recorder-ingest.drop (")
                        && allAnswer());
    }

    private boolean allAnswer() {
        for (String path : SERVICES) {
            if (status(path) != 200) {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts the hub and answers the milliseconds from the start of its process until every one of {@code paths}
     * answers 200 (polled every 50 ms), the boot an operator waits for.
     */
    long bootMillis(String... paths) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        launch();
        AtomicInteger answering = new AtomicInteger();
        Supplier<String> failure = () -> paths[answering.get()] + " did not answer within 240 s; see "
                + home.resolve("data/log/karaf.log");
        awaitBoot(Duration.ofMillis(50), failure, failure, () -> {
            while (answering.get() < paths.length && status(paths[answering.get()]) == 200) {
                answering.incrementAndGet();
            }
            return answering.get() == paths.length;
        });
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Waits up to 240 s, polling every {@code poll}, until {@code up} holds: an IOException saying {@code stopped} when
     * the hub's process ends first, {@code timedOut} when the 240 s pass.
     */
    private void awaitBoot(Duration poll, Supplier<String> stopped, Supplier<String> timedOut, Callable<Boolean> up)
            throws IOException {
        try {
            await().atMost(BOOT).pollDelay(Duration.ZERO).pollInterval(poll).dontCatchUncaughtExceptions()
                    .failFast(() -> !process.isAlive()).until(up);
        } catch (TerminalFailureException e) {
            throw new IOException(stopped.get(), e);
        } catch (ConditionTimeoutException e) {
            throw new IOException(timedOut.get(), e);
        }
    }

    /** Starts {@code bin/karaf server} (output in console.log, the heap cap when one was asked for). */
    private void launch() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        logAtLaunch = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        if (maxHeap != null) {
            pb.environment().put("EXTRA_JAVA_OPTS", "-Xmx" + maxHeap);
        }
        process = pb.start();
    }

    /** Whether the hub's process (bin/karaf, which ends with the hub's JVM) runs. */
    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Stops the hub as ops do ({@code bin/stop}) and waits until its process ended. */
    void stop() throws IOException, InterruptedException {
        run(home, home.resolve("bin/stop").toString());
        if (process != null && !process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IOException("the hub did not stop within 120 s");
        }
    }

    /** kill -9 of the hub's JVM (and the start script). */
    void kill() throws InterruptedException {
        if (process != null) {
            List<ProcessHandle> killed = process.descendants().toList();
            killed.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            // the JVM (the script's child) ended too, its ports and files released, before anything goes on
            await("the killed hub's JVM ended").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50)).dontCatchUncaughtExceptions()
                    .until(() -> killed.stream().allMatch(StandaloneHub::ended));
        }
    }

    /**
     * Whether a process ended: gone, or a zombie (ended, its ports and files released, not yet reaped by whoever
     * inherited it from the killed script; {@link ProcessHandle#isAlive()} is true for those).
     */
    private static boolean ended(ProcessHandle p) {
        if (!p.isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"), StandardCharsets.ISO_8859_1);
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state == 'Z' || state == 'X';
        } catch (IOException e) {
            // no /proc entry: gone since (where there is no /proc at all, isAlive() has the last word)
            return Files.isDirectory(Path.of("/proc/self"));
        }
    }

    /** The hub's JVM. */
    Optional<ProcessHandle> jvm() {
        return process == null ? Optional.empty()
                : process.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst()
                .or(() -> Optional.of(process.toHandle()));
    }

    /** The heap cap on the hub JVM's command line ({@code -Xmx…}), or "JVM default". */
    String heapCap() {
        String[] args = jvm().orElseThrow().info().arguments().orElse(new String[0]);
        String cap = "JVM default";
        for (String a : args) {
            if (a.startsWith("-Xmx")) {
                cap = a;
            }
        }
        return cap;
    }

    /** Peak resident memory of the hub's JVM (VmHWM), in MiB. */
    long peakRssMib() throws IOException {
        long pid = jvm().orElseThrow().pid();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    int status(String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + httpPort + path).openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            return c.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/sanxiang/hub") + ";AUTO_SERVER=TRUE",
                "sanxiang", "");
    }

    /** The message ids in the inbound journal that start with {@code prefix}. */
    java.util.Set<String> journaled(String prefix) throws SQLException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try (Connection c = database();
             java.sql.PreparedStatement s = c.prepareStatement(
                     "SELECT message_id FROM sx_inbound_journal WHERE message_id LIKE ?")) {
            s.setString(1, prefix + "%");
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    long count(String sql) throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Seeds, straight into the database of the running hub, one certified officer (执法证号 {@value #CERT}, device
     * number C00001) and a case at 调查 assigned to him: the minimum a recording needs to be linked. The records
     * services read both from the database on every call.
     */
    String seedCase() throws SQLException {
        String caseNumber = "长自然罚-CHK-" + System.nanoTime();
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.executeUpdate("MERGE INTO sx_rec_officer (officer_id, name, unit, post, cert_number, cert_kinds, "
                    + "cert_region, valid_from, valid_to, updated_by, updated_at) KEY (officer_id) VALUES ('" + OFFICER
                    + "', '周检查', '长治市自然资源局', '执法监察支队', '" + CERT + "', 'PENALTY', '140400', "
                    + "DATE '2020-01-01', DATE '2035-12-31', 'check', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO sx_rec_case (case_number, kind, item, region, stage, filed_by, filed_at, "
                    + "updated_at) VALUES ('" + caseNumber + "', 'PENALTY', '非法占用土地', '140400', 'INVESTIGATION', '"
                    + OFFICER + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO sx_rec_case_officer (case_id, officer_id, assigned_by, assigned_at) SELECT id, '"
                    + OFFICER + "', 'check', CURRENT_TIMESTAMP FROM sx_rec_case WHERE case_number = '" + caseNumber + "'");
        }
        return caseNumber;
    }

    /** Stored objects of the evidence store ({@code data/evidence/ab/cd/<sha256>}), by name, and their sizes. */
    Map<String, Long> evidenceObjects() throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        Path root = home.resolve("data/evidence");
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (!p.startsWith(root.resolve("tmp"))) {
                    out.put(p.getFileName().toString(), Files.size(p));
                }
            }
        }
        return out;
    }

    /** Files in the evidence store's temporary folder (writes under way, or left by a killed hub). */
    List<Path> evidenceTemporaries() throws IOException {
        Path tmp = home.resolve("data/evidence/tmp");
        if (!Files.exists(tmp)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(tmp)) {
            return s.toList();
        }
    }

    /** A console command's exit status and output (colours removed). */
    record Run(int status, String output) {
    }

    /** {@code bin/sanxiang-cli} as a script runs it: stdin not a terminal (from /dev/null), output captured. */
    Run cli(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/sanxiang-cli").toString(), "-a",
                String.valueOf(sshPort), "-u", admin, "-p", adminPassword, "-r", "10", "-d", "2", command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("bin/sanxiang-cli did not end: " + out);
        }
        return new Run(p.exitValue(), out.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    /** An HTTP answer: status, body and headers. */
    record Answer(int status, String body, Map<String, List<String>> headers) {

        /** The first value of header {@code name} (any case), or null. */
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /**
     * A SOAP 1.1 call to one of the hub's services at {@code path} (e.g. {@code /cxf/hub/enforcement}) as an outside
     * system makes it: UsernameToken with PasswordText, a fresh nonce and creation time; {@code inner} is the
     * content of {@code <p:<operation>Request>}, elements with prefix {@code p}.
     */
    Answer soap(String path, String namespace, String user, String password, String operation, String inner)
            throws IOException {
        byte[] nonce = new byte[16];
        new java.security.SecureRandom().nextBytes(nonce);
        String wss = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-";
        String envelope = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:p=\"" + namespace
                + "\"><s:Header><wsse:Security xmlns:wsse=\"" + wss + "wssecurity-secext-1.0.xsd\" xmlns:wsu=\"" + wss
                + "wssecurity-utility-1.0.xsd\"><wsse:UsernameToken><wsse:Username>" + user + "</wsse:Username>"
                + "<wsse:Password Type=\"" + wss + "username-token-profile-1.0#PasswordText\">" + password
                + "</wsse:Password><wsse:Nonce EncodingType=\"" + wss + "soap-message-security-1.0#Base64Binary\">"
                + java.util.Base64.getEncoder().encodeToString(nonce) + "</wsse:Nonce><wsu:Created>"
                + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + "</wsu:Created>"
                + "</wsse:UsernameToken></wsse:Security></s:Header><s:Body><p:" + operation + "Request>" + inner
                + "</p:" + operation + "Request></s:Body></s:Envelope>";
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + httpPort + path).openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setConnectTimeout(5000);
        c.setReadTimeout(60_000);
        c.setRequestProperty("Content-Type", "text/xml; charset=UTF-8");
        c.setRequestProperty("SOAPAction", "\"" + namespace + ":" + operation + "\"");
        try (java.io.OutputStream out = c.getOutputStream()) {
            out.write(envelope.getBytes(StandardCharsets.UTF_8));
        }
        return answer(c);
    }

    /** A GET of {@code path} on the hub's HTTP port, with request headers (name, value, …). */
    Answer get(String path, String... headers) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + httpPort + path).openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(60_000);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            c.setRequestProperty(headers[i], headers[i + 1]);
        }
        return answer(c);
    }

    private static Answer answer(HttpURLConnection c) throws IOException {
        int status = c.getResponseCode();
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    c.getHeaderFields());
        }
    }

    /** What the hub logged since it was last launched (all of karaf.log when the file was rolled over since). */
    String logSinceLaunch() throws IOException {
        Path p = home.resolve("data/log/karaf.log");
        if (!Files.exists(p)) {
            return "";
        }
        try (SeekableByteChannel in = Files.newByteChannel(p)) {
            in.position(in.size() >= logAtLaunch ? logAtLaunch : 0);
            return new String(Channels.newInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The hub's log (data/log/karaf.log). */
    String log() throws IOException {
        Path p = home.resolve("data/log/karaf.log");
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** sha256sum of a file, with its wall-clock time in milliseconds. */
    static String[] sha256sum(Path file) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        p.waitFor();
        return new String[] {out.split("\\s+")[0], Long.toString((System.nanoTime() - t0) / 1_000_000)};
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }

    @Override
    public void close() throws Exception {
        kill();
        if (!Boolean.getBoolean("sanxiang.itest.keep")) {
            run(home.getParent().getParent(), "rm", "-rf", home.getParent().toString());
        }
    }
}
