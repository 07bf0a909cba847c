package org.sanxiang.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.records.IntegrityRun;
import org.sanxiang.api.records.IntegrityWatch;

/** {@code sanxiang:ledger-verify --status / --background} (issue 20): the rows an operator or a script reads. */
class LedgerVerifyCommandTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

    /** An integrity watch in a given state, as the records module would report it. */
    private static final class Watch implements IntegrityWatch {
        IntegrityRun running;
        IntegrityRun last;
        final List<String> started = new ArrayList<>();

        @Override
        public boolean start(boolean quick, String actor) {
            started.add(actor + (quick ? " quick" : ""));
            return running == null;
        }

        @Override
        public Optional<IntegrityRun> running() {
            return Optional.ofNullable(running);
        }

        @Override
        public Optional<IntegrityRun> last() {
            return Optional.ofNullable(last);
        }

        @Override
        public Optional<Instant> nextScheduled() {
            return Optional.of(T0.plusSeconds(86_400));
        }
    }

    private static String run(Watch w, String... options) throws Exception {
        Run run = Run.of(new LedgerVerifyCommand()).set("watch", w).set("csv", true);
        for (String o : options) {
            run.set(o, true);
        }
        return run.print();
    }

    @Test
    void theStatusShowsTheRunningOneWithItsProgressAndTheLastResult() throws Exception {
        Watch w = new Watch();
        w.running = new IntegrityRun(T0, "ops", false, "FILES", 120, 400, 5_000_000, true, "INTACT: 10 entries", 0, 0,
                List.of(), null, null);
        w.last = new IntegrityRun(T0.minusSeconds(86_400), "schedule", false, "DONE", 398, 398, 4_900_000, true,
                "INTACT: 9 entries", 0, 0, List.of(), T0.minusSeconds(86_000), null);
        List<String> rows = run(w, "status").lines().toList();
        assertEquals("Check,Result", rows.get(0));
        assertTrue(rows.contains("running,RUNNING 进行中 (FILES)"), rows.toString());
        assertTrue(rows.contains("running files,\"120 / 400, 5000000 bytes\""), rows.toString());
        assertTrue(rows.contains("last,INTACT 完整"), rows.toString());
        assertTrue(rows.contains("last started,2026-12-06T01:00:00Z by schedule"), rows.toString());
        assertTrue(rows.contains("next scheduled,2026-12-08T01:00:00Z"), rows.toString());
    }

    @Test
    void aFoundChangeIsNamedAndTheCommandFails() {
        Watch w = new Watch();
        String sha = "ab".repeat(32);
        w.last = new IntegrityRun(T0, "schedule", false, "DONE", 2, 2, 100, true, "INTACT", 1, 0,
                List.of(sha + " CHANGED 已被改动 (SHA-256 " + "cd".repeat(32) + ")"), T0.plusSeconds(5), null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(w, "status"));
        assertTrue(e.getMessage().contains("发现改动"), e.getMessage());
    }

    @Test
    void backgroundStartsOneUnlessOneRuns() throws Exception {
        Watch w = new Watch();
        assertTrue(run(w, "background").lines().anyMatch(l -> l.equals("background,STARTED 已开始")));
        w.running = new IntegrityRun(T0, "ops", false, "LEDGER", 0, -1, 0, null, "", 0, 0, List.of(), null, null);
        String again = run(w, "background");
        assertTrue(again.lines().anyMatch(l -> l.startsWith("background,ALREADY RUNNING")), again);
        assertTrue(again.lines().anyMatch(l -> l.equals("running files,\"0 / ?, 0 bytes\"")), again);
        assertEquals(2, w.started.size());
    }
}
