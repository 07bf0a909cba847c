package org.sanxiang.records.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.health.HealthStatus;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.ledger.LedgerVerification;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.IntegrityRun;
import org.sanxiang.api.records.IntegrityWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled integrity verification (定期完整性核验): one background thread verifies the ledger, then re-hashes
 * the stored files, every {@code integrity.verify.interval} (the first run at most 10 minutes after the start), and
 * when an operator asks. Progress and the last result are kept in memory; a run that finds a change logs it at ERROR
 * and its {@link #health() health check} is DOWN until a later run finds everything intact.
 */
final class IntegrityWatchService implements IntegrityWatch {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityWatchService.class);
    /** The first scheduled run after a start: soon, but not while the hub boots. */
    static final Duration FIRST_RUN_AT_MOST = Duration.ofMinutes(10);
    static final String SCHEDULE = "schedule";

    /** The verification of the stored files: the records service's, which also checks that referenced files exist. */
    interface FileCheck {
        EvidenceStore.Verification verify(int sample, FileEvidenceStore.Progress progress);
    }

    private final FileCheck files;
    private final Supplier<Ledger> ledger;
    private final ScheduledExecutorService thread;
    private final AtomicReference<Live> running = new AtomicReference<>();
    private volatile IntegrityRun last;
    private volatile ScheduledFuture<?> scheduled;
    private volatile Instant next;
    private volatile Duration interval = Duration.ZERO;
    private volatile int sample = 200;
    private volatile boolean closed;
    private boolean configured;

    IntegrityWatchService(FileCheck files, Supplier<Ledger> ledger) {
        this.files = files;
        this.ledger = ledger;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sanxiang-integrity");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * (Re)schedules the verification every {@code every} ({@code ""}, {@code PT0S} or negative: off), quick runs
     * re-hashing {@code quickSample} files. Returns a problem with the value, or null.
     */
    synchronized String configure(String every, int quickSample) {
        sample = Math.max(1, quickSample);
        Duration d;
        String problem = null;
        try {
            d = every == null || every.isBlank() ? Duration.ZERO : Duration.parse(every.strip());
        } catch (java.time.format.DateTimeParseException e) {
            d = Duration.ofHours(24);
            problem = "integrity.verify.interval '" + every + "' is not an ISO-8601 duration (e.g. PT24H): every 24 h";
        }
        if (configured && d.equals(interval)) {
            return problem;
        }
        configured = true;
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
            next = null;
        }
        interval = d;
        if (d.isNegative() || d.isZero()) {
            LOG.warn("定期完整性核验已关闭 / the scheduled integrity verification is off (integrity.verify.interval "
                    + "empty): run sanxiang:ledger-verify by hand");
            return problem;
        }
        Duration first = d.compareTo(FIRST_RUN_AT_MOST) < 0 ? d : FIRST_RUN_AT_MOST;
        next = Instant.now().plus(first);
        scheduled = thread.scheduleWithFixedDelay(this::scheduledRun, first.toMillis(), d.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("Integrity verification of the ledger and the stored files every {}, next at {}", d, next);
        return problem;
    }

    private void scheduledRun() {
        Live l = new Live(SCHEDULE, false);
        if (running.compareAndSet(null, l)) {
            run(l);
        }
        Duration d = interval;
        next = d.isZero() || d.isNegative() ? null : Instant.now().plus(d);
    }

    @Override
    public boolean start(boolean quick, String actor) {
        if (closed) {
            return false;
        }
        Live l = new Live(actor == null || actor.isBlank() ? "console" : actor.strip(), quick);
        if (!running.compareAndSet(null, l)) {
            return false;
        }
        try {
            thread.execute(() -> run(l));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running.set(null);
            return false;
        }
        return true;
    }

    private void run(Live l) {
        LOG.info("Integrity verification started by {} ({})", l.startedBy, l.quick ? "quick: a sample of the files"
                : "every stored file");
        try {
            Ledger lg = ledger.get();
            if (lg == null) {
                l.ledgerSummary = "账本模块未运行,本次未核验账本 / the ledger is not running: not verified";
            } else {
                LedgerVerification v = lg.verify();
                l.ledgerIntact = v.intact();
                l.ledgerSummary = v.summary();
                v.firstMismatch().ifPresent(m -> l.problems.add("ledger #" + m.index() + " " + m.kind() + " "
                        + m.subjectRef() + ": " + m.problem() + " — " + m.detail()));
            }
            l.phase = "FILES";
            EvidenceStore.Verification f = files.verify(l.quick ? sample : 0, l);
            l.filesChanged = f.changed();
            l.filesMissing = f.missing();
            l.problems.addAll(f.problems());
            l.phase = "DONE";
        } catch (RuntimeException e) {
            l.phase = "FAILED";
            l.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        IntegrityRun done = l.snapshot(Instant.now());
        if (closed) {
            // stopped while it ran (the module is going away): interrupted reads are not a finding
            running.set(null);
            return;
        }
        last = done;
        running.set(null);
        if (done.tampered()) {
            LOG.error("完整性核验发现改动 / integrity verification FAILED: ledger {}, {} files changed, {} missing: {}",
                    done.ledgerIntact() == null ? "not verified" : done.ledgerIntact() ? "intact" : "TAMPERED",
                    done.filesChanged(), done.filesMissing(), done.problems());
        } else if (done.error() != null) {
            LOG.warn("Integrity verification could not finish: {}", done.error());
        } else {
            LOG.info("Integrity verification done: {} files ({} bytes), ledger {}", done.filesDone(), done.bytesDone(),
                    done.ledgerIntact() == null ? "not verified" : "intact");
        }
    }

    @Override
    public Optional<IntegrityRun> running() {
        Live l = running.get();
        return l == null ? Optional.empty() : Optional.of(l.snapshot(null));
    }

    @Override
    public Optional<IntegrityRun> last() {
        return Optional.ofNullable(last);
    }

    @Override
    public Optional<Instant> nextScheduled() {
        return Optional.ofNullable(next);
    }

    /** The {@code integrity} health check: DOWN while the last finished run found a change. */
    HealthCheck health() {
        return new HealthCheck() {
            @Override
            public String component() {
                return "integrity";
            }

            @Override
            public HealthStatus check() {
                IntegrityRun r = last;
                if (r == null) {
                    return HealthStatus.up(component(), "not verified since the start"
                            + (next == null ? " (schedule off)" : "; next at " + next), 0);
                }
                if (r.tampered()) {
                    return HealthStatus.down(component(), "完整性核验发现改动 at " + r.finishedAt() + ": "
                            + (r.problems().isEmpty() ? "" : r.problems().get(0)), 0);
                }
                return HealthStatus.up(component(), (r.error() != null ? "last run could not finish: " + r.error()
                        : r.intact() ? "intact" : "files intact, ledger not verified") + " at " + r.finishedAt(), 0);
            }
        };
    }

    void close() {
        closed = true;
        thread.shutdownNow();
    }

    /** The run in progress, updated by the verifying thread and read by the console. */
    private static final class Live implements FileEvidenceStore.Progress {
        final Instant startedAt = Instant.now();
        final String startedBy;
        final boolean quick;
        volatile String phase = "LEDGER";
        volatile long filesTotal = -1;
        final AtomicLong filesDone = new AtomicLong();
        final AtomicLong bytesDone = new AtomicLong();
        volatile Boolean ledgerIntact;
        volatile String ledgerSummary = "";
        volatile long filesChanged;
        volatile long filesMissing;
        final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile String error;

        Live(String startedBy, boolean quick) {
            this.startedBy = startedBy;
            this.quick = quick;
        }

        @Override
        public void listed(long files) {
            filesTotal = files;
        }

        @Override
        public void hashed(long bytes) {
            filesDone.incrementAndGet();
            bytesDone.addAndGet(bytes);
        }

        IntegrityRun snapshot(Instant finishedAt) {
            List<String> p;
            synchronized (problems) {
                p = List.copyOf(problems.subList(0, Math.min(20, problems.size())));
            }
            return new IntegrityRun(startedAt, startedBy, quick, phase, filesDone.get(), filesTotal, bytesDone.get(),
                    ledgerIntact, ledgerSummary, filesChanged, filesMissing, p, finishedAt, error);
        }
    }
}
