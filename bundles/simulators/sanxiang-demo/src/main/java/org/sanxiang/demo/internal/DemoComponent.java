package org.sanxiang.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.supervision.SupervisionReporting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo profile (演示模式). With {@code demo = true} (the distribution's {@code etc/org.sanxiang.demo.cfg}) it
 * wires the bundled simulators as the hub's receivers with generated credentials, and — once, on a hub that does
 * not hold it yet — loads the demo data through the hub's Enforcement SOAP service, sends the year's statistics
 * report to the supervision office simulator, and logs where to look. With {@code demo = false} it takes back
 * what it wired: no simulator is called, no demo client can log in. It works on its own thread: the hub's start
 * never waits for it.
 */
@Component(service = {}, configurationPid = "org.sanxiang.demo", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true)
@Designate(ocd = DemoConfig.class)
public class DemoComponent {

    static final String CREDENTIALS = "sanxiang-demo.credentials";
    private static final Logger LOG = LoggerFactory.getLogger(DemoComponent.class);

    private final ConfigurationAdmin admin;
    private final Thread worker;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SupervisionReporting supervision;

    /** The hub's health checks (database, broker, required gates…): the load starts when all are UP. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<HealthCheck> health;

    @Activate
    public DemoComponent(@Reference ConfigurationAdmin admin, DemoConfig config) {
        this.admin = admin;
        this.worker = new Thread(() -> run(config), "sanxiang-demo");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.interrupt();
        worker.join(10_000);
    }

    private void run(DemoConfig config) {
        try {
            int port = httpPort();
            Wiring wiring = new Wiring(admin, port);
            Path credentials = etc().resolve(CREDENTIALS);
            if (!config.demo()) {
                List<String> changes = wiring.unwire();
                Files.deleteIfExists(credentials);
                if (changes.isEmpty()) {
                    LOG.info("Demo off (demo = false): nothing of the demo is wired");
                } else {
                    LOG.info("Demo off (demo = false): taken back {}", changes);
                }
                return;
            }
            List<String> changes = new ArrayList<>();
            Map<String, String> passwords = wiring.wire(read(credentials), changes);
            write(credentials, passwords);
            if (!changes.isEmpty()) {
                LOG.info("Demo: wired {}", changes);
            }
            String base = "http://127.0.0.1:" + port;
            Soap enforcement = new Soap(URI.create(base + cxf() + enforcementAddress()), DemoStory.NS, "demo-loader",
                    passwords.get("demo-loader"));
            Soap hall = new Soap(URI.create(base + cxf() + hallAddress()), "urn:sanxiang:hall-window:v1",
                    "demo-screen", passwords.get("demo-screen"));
            long deadline = System.nanoTime() + config.wait_seconds() * 1_000_000_000L;
            while (!enforcement.up() || !hall.up() || !healthy()) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("Demo: the hub's SOAP services did not come up within {} s, or a component stayed DOWN "
                            + "(sanxiang:health); no demo data loaded", config.wait_seconds());
                    return;
                }
                Thread.sleep(1000);
            }
            DemoStory story = new DemoStory(enforcement, dropDir(), DemoStory.today());
            boolean there = retry(story::loaded, deadline);
            String screen = base + cxf() + "/sim/screen";
            // the simulated information screen receives the register changes
            retry(() -> hall.call("RegisterScreen", Xml.of().el("requestId", "demo-screen-" + System.nanoTime())
                    .el("screenId", "demo-hall-1F").el("callbackUrl", screen)
                    .el("register", "ENFORCEMENT_ITEM").el("register", "PERSONNEL").el("register", "SERVICE_GUIDE")
                    .toString()), deadline);
            if (there) {
                LOG.info("Demo: the demo data is in the hub already");
            } else {
                long start = System.nanoTime();
                DemoStory.Loaded loaded = story.load();
                LOG.info("Demo: data loaded in {} ms through the Enforcement service: cases {}, publications {}, "
                        + "draw {}", (System.nanoTime() - start) / 1_000_000, loaded.cases(), loaded.publications(),
                        loaded.drawId());
                report();
            }
            LOG.info("Demo ready — portal {}{}/ · console: sanxiang:outbox-list -c credit, sanxiang:health, "
                    + "sanxiang:case-list · demo clients' passwords in etc/{} · production: demo = false in "
                    + "etc/org.sanxiang.demo.cfg", base, portalPath(), CREDENTIALS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (DemoException e) {
            LOG.warn("Demo: the demo data was not loaded completely: {} (it is resumed at the next start)",
                    e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Demo: could not be set up", e);
        }
    }

    private boolean healthy() {
        List<HealthCheck> checks = health;
        return checks != null && checks.stream().allMatch(c -> c.check().isUp());
    }

    private interface Call<T> {
        T call() throws DemoException, InterruptedException;
    }

    /** A first call, retried while the service still refuses (the demo's clients being loaded, a route starting). */
    private static <T> T retry(Call<T> call, long deadline) throws DemoException, InterruptedException {
        while (true) {
            try {
                return call.call();
            } catch (DemoException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    private void report() {
        SupervisionReporting s = supervision;
        if (s == null) {
            LOG.info("Demo: the supervision report module is not running; no report sent");
            return;
        }
        int year = DemoStory.today().getYear();
        try {
            LOG.info("Demo: statistics report {} sent to the supervision office simulator ({})", year,
                    s.sendAnnualReport(year, "demo"));
        } catch (RuntimeException e) {
            LOG.warn("Demo: the statistics report could not be sent: {}", e.getMessage());
        }
    }

    // ------------------------------------------------------------------ settings of other modules

    private Object property(String pid, String key) throws IOException {
        Dictionary<String, Object> p = admin.getConfiguration(pid, null).getProperties();
        return p == null ? null : p.get(key);
    }

    private String setting(String pid, String key, String fallback) throws IOException {
        String v = Wiring.string(property(pid, key));
        return v.isEmpty() ? fallback : v;
    }

    private int httpPort() throws IOException {
        return Integer.parseInt(setting("org.ops4j.pax.web", "org.osgi.service.http.port",
                System.getProperty("org.osgi.service.http.port", "8181")));
    }

    private String cxf() throws IOException {
        return setting("org.apache.cxf.osgi", "org.apache.cxf.servlet.context", "/cxf");
    }

    private String enforcementAddress() throws IOException {
        return setting("org.sanxiang.enforcement", "enforcement.address", "/hub/enforcement");
    }

    private String hallAddress() throws IOException {
        return setting("org.sanxiang.hallwindow", "hallwindow.address", "/hall/window");
    }

    private String portalPath() throws IOException {
        return setting("org.sanxiang.portal", "path", "/portal");
    }

    private Path dropDir() throws IOException {
        String dir = setting("org.sanxiang.recorder", "drop.dir",
                System.getProperty("karaf.base", ".") + "/recorder/drop");
        return Path.of(dir);
    }

    private static Path etc() {
        return Path.of(System.getProperty("karaf.etc", "etc"));
    }

    // ------------------------------------------------------------------ the credentials file

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        }
        return out;
    }

    /** The demo clients' passwords, readable by the hub's user only, for trying the services by hand. */
    private static void write(Path file, Map<String, String> passwords) throws IOException {
        Properties p = new Properties();
        passwords.forEach(p::setProperty);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Demo clients of this hub (generated at first start; demo only - removed with demo = false). "
                    + "demo-loader: registers,case-system,reviewer,disclosure,recorder; demo-screen: screen");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
