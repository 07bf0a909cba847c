package org.sanxiang.itests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The built distribution unpacked and run as ops run it ({@code bin/karaf server}) in its own process, for checks
 * Pax Exam cannot make: kill -9 of the hub and restart, peak memory of the hub's process under a heap cap
 * (passed as {@code EXTRA_JAVA_OPTS=-Xmx…}; Karaf's Unix scripts ignore {@code JAVA_MAX_MEM}). Free
 * ports; the H2 database opened with {@code AUTO_SERVER} so that the check can read it (and seed officers and a
 * case) while the hub runs. {@link #close()} kills the process and deletes the folder.
 */
final class StandaloneHub implements AutoCloseable {

    static final String DEVICE = "DSJ-CHK-0001";
    static final String OFFICER = "chk-officer-1";
    static final String CERT = "14040020269901";

    final Path home;
    final Path drop;
    final int httpPort;
    private final String maxHeap;
    private Process process;

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
        set("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort()));
        set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        set("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
        // the shipped H2 datasource (installed at first boot unless present), opened with AUTO_SERVER
        Files.write(home.resolve("etc/org.ops4j.datasource-sanxiang.cfg"), List.of(
                "osgi.jdbc.driver.class = org.h2.Driver",
                "url = jdbc:h2:file:" + home.resolve("data/sanxiang/hub") + ";AUTO_SERVER=TRUE",
                "user = sanxiang", "password =", "dataSourceName = jdbc/sanxiang", "pool = dbcp2", "xa = false",
                "jdbc.pool.maxTotal = 16", "jdbc.pool.testOnBorrow = true"), StandardCharsets.ISO_8859_1);
        set("etc/org.sanxiang.recorder.cfg", "drop.dir", drop.toString());
        set("etc/org.sanxiang.recorder.cfg", "drop.poll.millis", "500");
        set("etc/org.sanxiang.recorder.cfg", "devices", DEVICE);
        set("etc/org.sanxiang.recorder.cfg", "officer.map", "C00001=" + CERT);
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

    void start() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        if (maxHeap != null) {
            pb.environment().put("EXTRA_JAVA_OPTS", "-Xmx" + maxHeap);
        }
        process = pb.start();
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (status("/recorder/media") != 405) {
            if (!process.isAlive()) {
                throw new IOException("the hub stopped during boot; see " + home.resolve("data/log/karaf.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the recorder ingest did not come up within 240 s");
            }
            Thread.sleep(500);
        }
        Thread.sleep(3000);
    }

    /** kill -9 of the hub's JVM (and the start script). */
    void kill() throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            Thread.sleep(500);
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
