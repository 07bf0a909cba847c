package org.sanxiang.metrics.internal;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * What Camel and Artemis publish about themselves in the platform MBean server, as meters: per route the exchanges
 * (total, failed, in flight) and processing time, per queue the messages waiting, the consumers and the age of the
 * oldest message, dead-letter queues apart. Routes and queues come and go (a bundle redeployed, a queue created):
 * {@link #refresh} adds the meters of new ones and removes those of the gone.
 */
final class JmxMeters {

    private static final String ROUTES = "org.apache.camel:type=routes,*";
    private static final String QUEUES = "org.apache.activemq.artemis:component=addresses,subcomponent=queues,*";

    private final MeterRegistry registry;
    private final MBeanServer server;
    private final Map<ObjectName, List<Meter>> meters = new HashMap<>();

    JmxMeters(MeterRegistry registry) {
        this(registry, ManagementFactory.getPlatformMBeanServer());
    }

    JmxMeters(MeterRegistry registry, MBeanServer server) {
        this.registry = registry;
        this.server = server;
    }

    /** Brings the meters in line with the routes and queues registered now. */
    synchronized void refresh() {
        Set<ObjectName> present = new HashSet<>();
        present.addAll(query(ROUTES));
        present.addAll(query(QUEUES));
        for (ObjectName gone : new ArrayList<>(meters.keySet())) {
            if (!present.contains(gone)) {
                meters.remove(gone).forEach(registry::remove);
            }
        }
        for (ObjectName name : present) {
            if (!meters.containsKey(name)) {
                meters.put(name, "routes".equals(name.getKeyProperty("type")) ? route(name) : queue(name));
            }
        }
    }

    private Set<ObjectName> query(String pattern) {
        try {
            return server.queryNames(new ObjectName(pattern), null);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Meter> route(ObjectName name) {
        Tags tags = Tags.of("context", unquote(name.getKeyProperty("context")), "route",
                unquote(name.getKeyProperty("name")));
        List<Meter> out = new ArrayList<>();
        out.add(FunctionCounter.builder("sanxiang.route.exchanges", this, m -> m.number(name, "ExchangesTotal"))
                .tags(tags).description("Exchanges completed by the route").register(registry));
        out.add(FunctionCounter.builder("sanxiang.route.failures", this, m -> m.number(name, "ExchangesFailed"))
                .tags(tags).description("Exchanges of the route that failed").register(registry));
        out.add(Gauge.builder("sanxiang.route.inflight", this, m -> m.number(name, "ExchangesInflight"))
                .tags(tags).description("Exchanges in the route now").register(registry));
        out.add(FunctionCounter.builder("sanxiang.route.processing", this,
                        m -> m.number(name, "TotalProcessingTime") / 1000.0)
                .tags(tags).baseUnit("seconds").description("Time the route spent on its exchanges").register(registry));
        out.add(Gauge.builder("sanxiang.route.processing.max", this, m -> m.number(name, "MaxProcessingTime") / 1000.0)
                .tags(tags).baseUnit("seconds").description("Longest exchange of the route").register(registry));
        return out;
    }

    private List<Meter> queue(ObjectName name) {
        String queue = unquote(name.getKeyProperty("queue"));
        Tags tags = Tags.of("queue", queue, "dlq", String.valueOf(queue.equals("DLQ") || queue.startsWith("DLQ.")));
        List<Meter> out = new ArrayList<>();
        out.add(Gauge.builder("sanxiang.queue.messages", this, m -> m.number(name, "MessageCount"))
                .tags(tags).description("Messages waiting in the queue").register(registry));
        out.add(Gauge.builder("sanxiang.queue.consumers", this, m -> m.number(name, "ConsumerCount"))
                .tags(tags).description("Consumers of the queue").register(registry));
        out.add(Gauge.builder("sanxiang.queue.oldest.age", this,
                        m -> TimeUnit.MILLISECONDS.toSeconds((long) Math.max(0, m.number(name, "FirstMessageAge"))))
                .tags(tags).baseUnit("seconds").description("Age of the oldest message waiting").register(registry));
        return out;
    }

    /** A numeric attribute, 0 when it is absent or null, NaN when the MBean is gone. */
    double number(ObjectName name, String attribute) {
        try {
            Object v = server.getAttribute(name, attribute);
            return v instanceof Number ? ((Number) v).doubleValue() : 0;
        } catch (javax.management.InstanceNotFoundException e) {
            return Double.NaN;
        } catch (Exception e) {
            return 0;
        }
    }

    private static String unquote(String s) {
        return s == null ? "" : s.startsWith("\"") && s.endsWith("\"") && s.length() > 1 ? s.substring(1, s.length() - 1)
                : s;
    }
}
