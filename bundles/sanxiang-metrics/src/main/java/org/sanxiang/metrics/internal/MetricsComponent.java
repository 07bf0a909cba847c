package org.sanxiang.metrics.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.servlet.ServletException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.osgi.service.metatype.annotations.Designate;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.health.HealthStatus;
import org.sanxiang.api.ingest.RecorderIngest;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.metrics.HubMeters;
import org.sanxiang.api.records.IntegrityRun;
import org.sanxiang.api.records.IntegrityWatch;
import org.sanxiang.routes.common.ClientRegistry;
import org.sanxiang.routes.delivery.DeliveryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's metrics (运行指标) in a Micrometer registry, scraped by Prometheus at {@code /metrics}, and the health
 * endpoint {@code /health} for load balancers. Meters: per Camel route and per broker queue (JMX), the outbox of each
 * delivery channel, recorder ingest, the ledger, every SOAP endpoint per operation and outcome (the channels report
 * through {@link HubMeters}), the hub's health checks and the JVM. Sources are looked up at each scrape: a module
 * that is not installed shows no meters, never a false zero.
 */
@Component(service = HubMeters.class, configurationPid = "org.sanxiang.metrics",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = MetricsConfig.class)
public class MetricsComponent implements HubMeters {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsComponent.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JmxMeters jmx = new JmxMeters(registry);
    private final HttpService http;
    private final List<String> aliases = new ArrayList<>();
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private final Map<String, DeliveryStore.Summary> outboxes = new ConcurrentHashMap<>();
    private final Map<String, HealthStatus> health = new ConcurrentHashMap<>();
    private final Map<String, List<Meter>> channelMeters = new HashMap<>();
    private final Map<String, Meter> healthMeters = new HashMap<>();
    private final JvmGcMetrics gc = new JvmGcMetrics();
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeliveryStore deliveries;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Ledger ledger;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RecorderIngest ingest;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ClientRegistry clients;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile IntegrityWatch integrity;

    @Activate
    public MetricsComponent(@Reference HttpService http, MetricsConfig config) throws ServletException,
            NamespaceException {
        this.http = http;
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("sanxiang.ledger.size", this, c -> c.ledger == null ? Double.NaN : c.ledger.head().treeSize())
                .description("Entries in the tamper-evident ledger").register(registry);
        Gauge.builder("sanxiang.ledger.signed.head.age", this, MetricsComponent::signedHeadAge).baseUnit("seconds")
                .description("Age of the newest signed tree head").register(registry);
        Gauge.builder("sanxiang.ingest.inflight", this, c -> c.ingest == null ? Double.NaN : c.ingest.inFlight().size())
                .description("Recordings being taken in now").register(registry);
        Gauge.builder("sanxiang.integrity.intact", this, c -> c.integrity(r -> r.tampered() ? 0 : r.intact() ? 1
                        : Double.NaN, false))
                .description("Last background verification of the ledger and the stored files: 1 intact, 0 a change "
                        + "found (NaN: none finished, or it could not finish)").register(registry);
        Gauge.builder("sanxiang.integrity.last.age", this, c -> c.integrity(r -> Duration.between(r.finishedAt(),
                        Instant.now()).toMillis() / 1000.0, false)).baseUnit("seconds")
                .description("Age of the last finished integrity verification").register(registry);
        Gauge.builder("sanxiang.integrity.running", this, c -> c.integrity == null ? Double.NaN
                        : c.integrity.running().isPresent() ? 1 : 0)
                .description("1 while an integrity verification runs").register(registry);
        Gauge.builder("sanxiang.integrity.files.verified", this, c -> c.integrity(r -> r.filesDone(), true))
                .description("Stored files re-hashed by the running integrity verification (else the last)")
                .register(registry);
        register(config.metrics_path(), new MetricsServlet(this, config.allow_remote(), config.role()));
        register(config.health_path(), new HealthServlet(this, config.allow_remote()));
        LOG.info("Metrics at {} and health at {} (callers: {})", config.metrics_path(), config.health_path(),
                config.allow_remote() ? "any host" : "loopback only");
    }

    private void register(String alias, javax.servlet.Servlet servlet) throws ServletException, NamespaceException {
        http.registerServlet(alias, servlet, null, null);
        aliases.add(alias);
    }

    @Deactivate
    void deactivate() {
        for (String alias : aliases) {
            try {
                http.unregister(alias);
            } catch (IllegalArgumentException e) {
                LOG.debug("{} was not registered", alias);
            }
        }
        gc.close();
        registry.close();
    }

    /** A figure of the running verification ({@code runningFirst}) or the last finished one; NaN when none. */
    private double integrity(java.util.function.ToDoubleFunction<IntegrityRun> figure, boolean runningFirst) {
        IntegrityWatch w = integrity;
        if (w == null) {
            return Double.NaN;
        }
        java.util.Optional<IntegrityRun> r = runningFirst ? w.running().or(w::last) : w.last();
        return r.map(figure::applyAsDouble).orElse(Double.NaN);
    }

    // ---------------------------------------------------------------- what the channels report

    @Override
    public void soapCall(String endpoint, String operation, String outcome, long nanos) {
        Timer.builder("sanxiang.soap.requests").tags("endpoint", endpoint, "operation", operation, "outcome", outcome)
                .description("SOAP requests answered, by endpoint, operation and outcome (OK or the fault code)")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30)).register(registry)
                .record(Duration.ofNanos(Math.max(0, nanos)));
    }

    @Override
    public void mediaIngested(String channel, long bytes) {
        Counter.builder("sanxiang.ingest.files").tag("channel", channel).description("Recordings stored and linked")
                .register(registry).increment();
        Counter.builder("sanxiang.ingest.bytes").tag("channel", channel).baseUnit("bytes")
                .description("Bytes of the recordings stored").register(registry).increment(bytes);
    }

    @Override
    public void mediaQuarantined(String reason) {
        Counter.builder("sanxiang.ingest.quarantined").tag("reason", reason == null ? "UNKNOWN" : reason)
                .description("Deliveries put in quarantine, by reason").register(registry).increment();
    }

    // ---------------------------------------------------------------- scrapes

    /** The Prometheus text of every meter, after bringing the polled ones up to date. */
    String scrape() {
        refresh();
        return registry.scrape();
    }

    /** The health checks of the hub, now. */
    List<HealthStatus> health() {
        List<HealthStatus> out = new ArrayList<>();
        for (HealthCheck c : checks) {
            try {
                out.add(c.check());
            } catch (RuntimeException e) {
                out.add(HealthStatus.down(c.component(), "检查失败 / check failed", 0));
            }
        }
        out.sort(java.util.Comparator.comparing(HealthStatus::component));
        return out;
    }

    MeterRegistry registry() {
        return registry;
    }

    ClientRegistry clients() {
        return clients;
    }

    private synchronized void refresh() {
        jmx.refresh();
        DeliveryStore store = deliveries;
        List<String> channels = new ArrayList<>();
        if (store != null) {
            try {
                for (String channel : store.channels()) {
                    outboxes.put(channel, store.summary(channel));
                    channels.add(channel);
                }
            } catch (RuntimeException e) {
                LOG.debug("outbox figures not read: {}", e.getMessage());
            }
        }
        for (String gone : new ArrayList<>(channelMeters.keySet())) {
            if (!channels.contains(gone)) {
                channelMeters.remove(gone).forEach(registry::remove);
                outboxes.remove(gone);
            }
        }
        for (String channel : channels) {
            channelMeters.computeIfAbsent(channel, this::outboxMeters);
        }
        for (HealthStatus s : health()) {
            health.put(s.component(), s);
            healthMeters.computeIfAbsent(s.component(), c -> Gauge.builder("sanxiang.health.up", this,
                    m -> m.health.containsKey(c) && m.health.get(c).isUp() ? 1 : 0).tag("component", c)
                    .description("1 when the component is UP").register(registry));
        }
    }

    private List<Meter> outboxMeters(String channel) {
        Tags tags = Tags.of("channel", channel);
        List<Meter> out = new ArrayList<>();
        out.add(Gauge.builder("sanxiang.outbox.pending", this, m -> summary(channel).pending()).tags(tags)
                .description("Messages of the channel without the receiver's answer").register(registry));
        out.add(Gauge.builder("sanxiang.outbox.oldest.age", this, m -> age(summary(channel).oldestPending()))
                .tags(tags).baseUnit("seconds").description("Age of the oldest unanswered message").register(registry));
        out.add(Gauge.builder("sanxiang.outbox.dead", this, m -> summary(channel).dead()).tags(tags)
                .description("Messages of the channel in its dead-letter queue").register(registry));
        out.add(Gauge.builder("sanxiang.outbox.rejected", this, m -> summary(channel).rejected()).tags(tags)
                .description("Messages the receiver rejected").register(registry));
        out.add(Gauge.builder("sanxiang.outbox.delivered", this, m -> summary(channel).delivered()).tags(tags)
                .description("Messages the receiver acknowledged").register(registry));
        return out;
    }

    private DeliveryStore.Summary summary(String channel) {
        return outboxes.getOrDefault(channel, new DeliveryStore.Summary(0, null, 0, 0, 0));
    }

    private static double age(Instant since) {
        return since == null ? 0 : Math.max(0, Duration.between(since, Instant.now()).toSeconds());
    }

    private double signedHeadAge() {
        Ledger l = ledger;
        if (l == null) {
            return Double.NaN;
        }
        return l.latestSignedHead().map(h -> age(h.timestamp())).orElse(Double.NaN);
    }

    // ---------------------------------------------------------------- sources (optional, dynamic)

    @Reference(service = HealthCheck.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void bindCheck(HealthCheck c) {
        checks.add(c);
    }

    void unbindCheck(HealthCheck c) {
        checks.remove(c);
    }
}
