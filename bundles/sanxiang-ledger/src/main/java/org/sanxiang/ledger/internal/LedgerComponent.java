package org.sanxiang.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerIntake;
import org.sanxiang.api.ledger.LedgerStorage;
import org.sanxiang.store.support.Registrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Ledger} service: opens a {@link MerkleLedger} over the {@link LedgerStorage} service, keeps
 * the {@link ContentVerifier} services by kind, and signs a tree head every
 * {@code treehead.interval.seconds} when the tree has grown, and once more when it stops. It takes the domain
 * modules' events from the durable {@link LedgerIntake} ({@link LedgerIntake.Taker}): at once when one is recorded,
 * at start (what was recorded while it was stopped) and every {@value #INTAKE_SECONDS} s (what a failure left). An
 * event pending at start whose content the newest entry of its subject already holds (appended just before a kill
 * removed it from the intake) is not appended twice. The {@link MerkleLedger} itself is the registered
 * {@link Ledger} ({@link Registrations}); before each signing it takes what waits in the intake.
 */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.sanxiang.api.ledger.Ledger\"",
        uses = {Ledger.class})
@Component(service = LedgerIntake.Taker.class, configurationPid = LedgerComponent.PID, immediate = true)
@Designate(ocd = LedgerConfig.class)
public final class LedgerComponent implements LedgerIntake.Taker {

    static final String PID = "org.sanxiang.ledger";

    private static final Logger LOG = LoggerFactory.getLogger(LedgerComponent.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private final ContentVerifierRegistry verifiers = new ContentVerifierRegistry();
    private final ScheduledExecutorService scheduler;
    private final MerkleLedger ledger;
    private Path keyDir;
    private ScheduledFuture<?> signing;
    private long intervalSeconds = -1;
    static final int INTAKE_SECONDS = 5;
    private final LedgerIntake intake;
    private final Object intakeLock = new Object();
    private boolean startupDrain = true;
    private Registrations registrations;

    @Activate
    public LedgerComponent(@Reference(name = "storage") LedgerStorage storage, @Reference LedgerIntake intake,
                           LedgerConfig config, BundleContext context) {
        this(storage, intake, config);
        this.registrations = new Registrations(context).add(ledger, Ledger.class);
    }

    /** The ledger without its service registration (the component's tests). */
    LedgerComponent(LedgerStorage storage, LedgerIntake intake, LedgerConfig config) {
        this.intake = intake;
        this.keyDir = resolveKeyDir(config.key_dir());
        this.ledger = MerkleLedger.open(storage, loadKeys(keyDir), verifiers, Clock.systemUTC());
        ledger.beforeSigning(this::takeQuietly);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sanxiang-ledger-treehead");
            t.setDaemon(true);
            return t;
        });
        schedule(config.treehead_interval_seconds());
        scheduler.scheduleWithFixedDelay(this::takeQuietly, 0, INTAKE_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void takeIntake() {
        synchronized (intakeLock) {
            boolean check = startupDrain;
            int batch;
            int total = 0;
            do {
                batch = intake.drain(r -> take(r, check), 500);
                total += batch;
            } while (batch == 500);
            if (check) {
                startupDrain = false;
                if (total > 0) {
                    LOG.info("Ledger took {} event(s) that waited in the intake", total);
                }
            }
        }
    }

    private void take(LedgerIntake.Recorded r, boolean check) {
        LedgerAppend e = r.event();
        if (check) {
            List<LedgerEntry> entries = ledger.entriesFor(e.subjectRef());
            LedgerEntry newest = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (newest != null && newest.kind().equals(e.kind()) && newest.actor().equals(e.actor())
                    && newest.contentDigest().equals(e.contentDigest())) {
                LOG.info("Ledger intake event {} ({} {}) already appended as entry {}; removed", r.id(), e.kind(),
                        e.subjectRef(), newest.index());
                return;
            }
        }
        ledger.append(e);
    }

    private void takeQuietly() {
        try {
            takeIntake();
        } catch (RuntimeException e) {
            LOG.error("Ledger could not take the waiting events ({} waiting; next try in {} s): {}",
                    pendingQuietly(), INTAKE_SECONDS, e.getMessage(), e);
        }
    }

    private String pendingQuietly() {
        try {
            return String.valueOf(intake.pending().count());
        } catch (RuntimeException e) {
            return "?";
        }
    }

    @Modified
    synchronized void modified(LedgerConfig config) {
        Path newDir = resolveKeyDir(config.key_dir());
        if (!newDir.equals(keyDir)) {
            ledger.useKeys(loadKeys(newDir));
            keyDir = newDir;
        }
        schedule(config.treehead_interval_seconds());
    }

    @Deactivate
    synchronized void deactivate() {
        if (registrations != null) {
            registrations.close();
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Ledger tree head signer did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        signQuietly("on stop");
    }

    @Reference(service = ContentVerifier.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void bindContentVerifier(ContentVerifier verifier, Map<String, Object> properties) {
        List<String> kinds = ContentVerifierRegistry.kindsOf(properties.get(ContentVerifier.KIND_PROPERTY));
        if (kinds.isEmpty()) {
            LOG.warn("Content verifier {} has no {} property; ignored", verifier, ContentVerifier.KIND_PROPERTY);
        }
        List<String> prefixes = ContentVerifierRegistry.kindsOf(properties.get(ContentVerifier.SUBJECT_PREFIX_PROPERTY));
        kinds.forEach(kind -> verifiers.register(kind, verifier, prefixes));
        LOG.info("Content verifier for ledger kinds {}{} registered", kinds,
                prefixes.isEmpty() ? "" : " (subjects " + prefixes + ")");
    }

    void unbindContentVerifier(ContentVerifier verifier, Map<String, Object> properties) {
        ContentVerifierRegistry.kindsOf(properties.get(ContentVerifier.KIND_PROPERTY))
                .forEach(kind -> verifiers.unregister(kind, verifier));
    }

    private synchronized void schedule(long seconds) {
        if (seconds == intervalSeconds) {
            return;
        }
        if (signing != null) {
            signing.cancel(false);
            signing = null;
        }
        intervalSeconds = seconds;
        if (seconds > 0) {
            signing = scheduler.scheduleWithFixedDelay(() -> signQuietly("periodic"), seconds, seconds, TimeUnit.SECONDS);
            LOG.info("Ledger signs a tree head every {} s when it has grown", seconds);
        } else {
            LOG.warn("Periodic ledger tree head signing is off (treehead.interval.seconds = {})", seconds);
        }
    }

    private void signQuietly(String why) {
        // taken first, so that what waited in the intake counts as growth (signIfGrown signs only a grown tree)
        takeQuietly();
        try {
            ledger.signIfGrown();
        } catch (RuntimeException e) {
            LOG.error("Ledger tree head signing ({}) failed", why, e);
        }
    }

    private static SigningKeys loadKeys(Path dir) {
        try {
            return SigningKeys.loadOrCreate(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces each {@code ${name}} by the system property {@code name}; an unset one is an error. */
    static Path resolveKeyDir(String configured) {
        Matcher m = PLACEHOLDER.matcher(configured);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = System.getProperty(m.group(1));
            if (value == null) {
                throw new IllegalStateException("key.dir " + configured + " refers to the system property "
                        + m.group(1) + ", which is not set: configure key.dir in " + PID);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Path.of(out.toString()).toAbsolutePath().normalize();
    }

    /** The ledger this component serves (for tests). */
    MerkleLedger ledger() {
        return ledger;
    }
}
