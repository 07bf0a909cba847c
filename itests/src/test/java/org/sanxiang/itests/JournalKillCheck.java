package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.Test;
import org.sanxiang.routes.common.PasswordHash;

/**
 * Kill -9 of the hub as shipped (embedded H2, embedded broker) while four callers send {@code GetStatus}, then a
 * restart (issue 16, R-J1): every request answered with success is in the inbound journal exactly once. The
 * journal route acknowledges a message only after its row is committed, and the shipped H2 URL writes each commit
 * before going on ({@code WRITE_DELAY=0}); with H2's default write-behind the last commits before the kill were
 * lost (6 of 3,928 in the report). Run in the {@code crash} profile; prints its figures.
 */
public class JournalKillCheck {

    private static final String CLIENT = "kc-status";
    private static final String PASSWORD = "kc-status-pw";
    private static final int CALLERS = 4;

    @Test
    public void everyAnsweredRequestIsJournaledOnceAcrossAKill() throws Exception {
        int seconds = Integer.getInteger("journal.kill.seconds", 45);
        Path work = Path.of("target/journal-kill-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        try (StandaloneHub hub = new StandaloneHub(work, null)) {
            hub.set("etc/org.sanxiang.clients.cfg", "client." + CLIENT,
                    "status;" + PasswordHash.hash(PASSWORD.toCharArray(), 10_000));
            hub.start();
            ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> callers = new java.util.ArrayList<>();
            for (int t = 0; t < CALLERS; t++) {
                int caller = t;
                AtomicInteger next = new AtomicInteger();
                // calls one after the other until the run ends; a call refused (the hub starts) or failing (the hub is
                // down) ends a round, and the next round starts 100 ms later: do not spin
                Thread th = new Thread(() -> await("caller " + caller + " runs until the end").forever()
                        .pollInSameThread().dontCatchUncaughtExceptions().pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(100)).until(() -> {
                            while (running.get()) {
                                String id = "kc-" + caller + "-" + next.getAndIncrement();
                                try {
                                    if (hub.soap("/cxf/hub/status", "urn:sanxiang:hub-status:v1", CLIENT, PASSWORD,
                                            "GetStatus", "<p:requestId>" + id + "</p:requestId>").status() != 200) {
                                        return false;
                                    }
                                    answered.add(id);
                                } catch (Exception e) {
                                    return false;
                                }
                            }
                            return true;
                        }), "caller-" + t);
                th.start();
                callers.add(th);
            }
            // the kill at 15 s of load: the callers answered, and the hub up, for 15 s on end
            await("15 s of answered calls before the kill").during(Duration.ofSeconds(15))
                    .atMost(Duration.ofSeconds(15 + 120)).dontCatchUncaughtExceptions()
                    .until(() -> hub.alive() && !answered.isEmpty());
            int beforeKill = answered.size();
            hub.kill();
            int atKill = answered.size();
            long down = System.nanoTime();
            hub.start();
            long downMs = (System.nanoTime() - down) / 1_000_000;
            // the rest of the run (at least 5 s) after the restart: calls answered again, and the hub up, on end
            long rest = Math.max(5, seconds - 15);
            await("calls answered after the restart for " + rest + " s").during(Duration.ofSeconds(rest))
                    .atMost(Duration.ofSeconds(rest + 120)).dontCatchUncaughtExceptions()
                    .until(() -> hub.alive() && answered.size() > atKill);
            running.set(false);
            for (Thread th : callers) {
                th.join(60_000);
            }
            Set<String> expected = new HashSet<>(answered);
            long stopped = System.nanoTime();
            // every answered request journaled, or what the journal holds after 120 s (the assertion names the rest)
            Set<String> journaled;
            try {
                journaled = await().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofSeconds(1)).until(() -> hub.journaled("kc-"),
                                ids -> ids.containsAll(expected));
            } catch (ConditionTimeoutException e) {
                journaled = hub.journaled("kc-");
            }
            long drainMs = (System.nanoTime() - stopped) / 1_000_000;
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(journaled);
            long rows = hub.count("SELECT COUNT(*) FROM sx_inbound_journal WHERE message_id LIKE 'kc-%'");
            long distinct = hub.count("SELECT COUNT(DISTINCT message_id) FROM sx_inbound_journal WHERE message_id LIKE 'kc-%'");
            System.out.printf("[journal-kill] %d answered with success (%d before the kill at 15 s), hub back after %d ms; "
                    + "%d journaled rows, %d distinct, the last %d ms after the callers stopped; missing %d %s%n",
                    expected.size(), beforeKill, downMs, rows, distinct, drainMs, missing.size(),
                    missing.stream().limit(10).toList());
            assertTrue("the callers were answered before and after the kill", beforeKill > 0 && expected.size() > beforeKill);
            // once: the journal's key is the source and the requestId (a redelivered message adds no row)
            assertEquals("every answered request is journaled: missing " + missing, 0, missing.size());
        }
    }
}
