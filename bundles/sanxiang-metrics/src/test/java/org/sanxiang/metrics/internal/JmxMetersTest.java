package org.sanxiang.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.util.List;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.health.HealthStatus;

/** Routes and queues as meters, following them as they come and go; the health JSON a load balancer reads. */
class JmxMetersTest {

    /** What a Camel route publishes (the attributes the meters read). */
    public interface RouteMBean {
        long getExchangesTotal();

        long getExchangesFailed();

        long getExchangesInflight();

        long getTotalProcessingTime();

        long getMaxProcessingTime();
    }

    public static final class Route implements RouteMBean {
        @Override
        public long getExchangesTotal() {
            return 42;
        }

        @Override
        public long getExchangesFailed() {
            return 2;
        }

        @Override
        public long getExchangesInflight() {
            return 1;
        }

        @Override
        public long getTotalProcessingTime() {
            return 1500;
        }

        @Override
        public long getMaxProcessingTime() {
            return 300;
        }
    }

    /** What an Artemis queue publishes. */
    public interface QueueMBean {
        long getMessageCount();

        int getConsumerCount();

        Long getFirstMessageAge();
    }

    public static final class Queue implements QueueMBean {
        @Override
        public long getMessageCount() {
            return 7;
        }

        @Override
        public int getConsumerCount() {
            return 0;
        }

        @Override
        public Long getFirstMessageAge() {
            return 90_000L;
        }
    }

    @Test
    void routesAndQueuesBecomeMetersAndTheirMetersGoWithThem() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName route = new ObjectName("org.apache.camel:context=\"sanxiang-test\",type=routes,name=\"test.route\"");
        ObjectName queue = new ObjectName("org.apache.activemq.artemis:broker=\"sanxiang\",component=addresses,"
                + "address=\"DLQ.sanxiang.test\",subcomponent=queues,routing-type=\"anycast\",queue=\"DLQ.sanxiang.test\"");
        server.registerMBean(new Route(), route);
        server.registerMBean(new Queue(), queue);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        JmxMeters meters = new JmxMeters(registry, server);
        try {
            meters.refresh();
            assertEquals(42.0, registry.get("sanxiang.route.exchanges").tag("route", "test.route")
                    .tag("context", "sanxiang-test").functionCounter().count());
            assertEquals(2.0, registry.get("sanxiang.route.failures").tag("route", "test.route").functionCounter().count());
            assertEquals(1.5, registry.get("sanxiang.route.processing").tag("route", "test.route").functionCounter()
                    .count(), "seconds");
            assertEquals(7.0, registry.get("sanxiang.queue.messages").tag("queue", "DLQ.sanxiang.test")
                    .tag("dlq", "true").gauge().value());
            assertEquals(90.0, registry.get("sanxiang.queue.oldest.age").tag("queue", "DLQ.sanxiang.test").gauge().value());

            server.unregisterMBean(route);
            meters.refresh();
            assertNull(registry.find("sanxiang.route.exchanges").tag("route", "test.route").functionCounter(),
                    "a route gone (its bundle stopped) leaves no stale meter");
            assertTrue(registry.find("sanxiang.queue.messages").gauge() != null);
        } finally {
            if (server.isRegistered(route)) {
                server.unregisterMBean(route);
            }
            server.unregisterMBean(queue);
        }
    }

    @Test
    void theHealthJsonHasEveryCheckAndEscapesWhatTheyReport() {
        String json = HealthServlet.json(false, List.of(HealthStatus.up("broker", "ActiveMQ Artemis at vm://0", 1),
                HealthStatus.down("database", "Connection refused: \"127.0.0.1\"\nretry", 30)));
        assertEquals("{\"status\":\"DOWN\",\"checks\":[{\"component\":\"broker\",\"state\":\"UP\",\"detail\":"
                + "\"ActiveMQ Artemis at vm://0\",\"ms\":1},{\"component\":\"database\",\"state\":\"DOWN\",\"detail\":"
                + "\"Connection refused: \\\"127.0.0.1\\\"\\nretry\",\"ms\":30}]}", json);
    }
}
