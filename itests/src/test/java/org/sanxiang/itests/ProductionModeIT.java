package org.sanxiang.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.Test;

/**
 * {@code demo = false} (issue: portal and demo): the distribution starts as a clean production hub — no simulator
 * wired as a receiver, no demo client, no demo row in the database; the portal is up and shows empty lists.
 */
public class ProductionModeIT {

    @Test
    public void withTheDemoOffNoSimulatorIsWiredAndNoDemoRowExists() throws Exception {
        Path work = Path.of("target/production-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        try (StandaloneHub hub = new StandaloneHub(work, null)) {
            String demoCfg = Files.readString(hub.home.resolve("etc/org.sanxiang.demo.cfg"));
            assertTrue("the checks run with the setting ops use: " + demoCfg, demoCfg.contains("demo = false"));
            hub.start();
            // the portal is served once the hub is up, and the demo component has read its setting when it says so
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                    .until(() -> hub.get("/portal/").status() == 200);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(1))
                    .until(() -> hub.log().contains("Demo off (demo = false)"));

            // the delivery routes are there and stay stopped without a receiver
            String routes = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(1))
                    .until(() -> hub.cli("camel:route-list").output(), out -> java.util.stream.Stream.of(
                            "credit.deliver", "supervision.deliver").allMatch(route -> out.lines()
                            .anyMatch(l -> l.contains(" " + route + " "))));
            for (String route : new String[] {"credit.deliver", "supervision.deliver"}) {
                assertTrue(route + " is not started without a receiver: " + routes, routes.lines()
                        .anyMatch(l -> l.contains(" " + route + " ") && l.contains("Stopped")));
            }
            String log = hub.log();
            assertTrue(log, log.contains("credit: receiver not configured"));
            assertFalse(log, log.contains("Demo: wired") || log.contains("Demo ready"));
            for (String cfg : new String[] {"org.sanxiang.credit.cfg", "org.sanxiang.supervision.cfg",
                "org.sanxiang.hallwindow.cfg", "org.sanxiang.clients.cfg", "org.sanxiang.ingest.cfg"}) {
                String text = Files.readString(hub.home.resolve("etc/" + cfg));
                assertFalse(cfg + " has nothing of the demo", text.contains("demo-") || text.contains("DSJ-DEMO"));
            }
            assertFalse(Files.exists(hub.home.resolve("etc/sanxiang-demo.credentials")));
            for (String table : new String[] {"sx_dis_register", "sx_rec_officer", "sx_rec_case", "sx_dis_publication",
                "sx_dis_draw", "sx_rev_reviewer", "sx_enf_request", "sx_hall_screen"}) {
                assertEquals(table + " holds no demo row", 0, hub.count("SELECT COUNT(*) FROM " + table));
            }
            String front = hub.get("/portal/").body();
            assertTrue(front, front.contains("目前没有公示期内的决定"));
        }
    }
}
