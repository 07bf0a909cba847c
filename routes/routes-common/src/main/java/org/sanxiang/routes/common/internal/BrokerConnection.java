package org.sanxiang.routes.common.internal;

import java.util.Hashtable;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.messaginghub.pooled.jms.JmsPoolConnectionFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.health.HealthStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's connection to ActiveMQ Artemis, from {@code etc/org.sanxiang.broker.cfg}: by default the
 * embedded broker in the same Karaf ({@code vm://0}); an external broker by URL and credentials. Registers
 * the {@link ConnectionFactory} ({@code name=sanxiang}) the route bundles use, and the {@code broker}
 * health check. The factory is a pool (pooled-jms) over Artemis' own: a consumer's local JMS transaction takes a
 * pooled connection and session instead of opening and closing a broker connection per message (which cost a
 * round trip each time and filled the log with connection lines).
 */
@Component(service = HealthCheck.class, configurationPid = "org.sanxiang.broker",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = BrokerConnection.Config.class)
public class BrokerConnection implements HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerConnection.class);

    @ObjectClassDefinition(name = "Sanxiang broker connection", description = "ActiveMQ Artemis used by the routes")
    public @interface Config {
        @AttributeDefinition(description = "Broker URL; vm://0 is the broker embedded in this Karaf")
        String url() default "vm://0";

        @AttributeDefinition(description = "User for an external broker (empty for the embedded one)")
        String user() default "";

        @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
                description = "Password for an external broker")
        String password() default "";

        @AttributeDefinition(description = "Broker connections kept in the pool")
        int pool_max_connections() default 4;

        @AttributeDefinition(description = "Sessions per pooled connection")
        int pool_max_sessions() default 500;
    }

    private ActiveMQConnectionFactory artemis;
    private JmsPoolConnectionFactory factory;
    private ServiceRegistration<ConnectionFactory> registration;
    private String url;

    @Activate
    void activate(BundleContext context, Config config) {
        url = config.url();
        artemis = config.user().isEmpty() ? new ActiveMQConnectionFactory(url)
                : new ActiveMQConnectionFactory(url, config.user(), config.password());
        artemis.setBlockOnDurableSend(true);
        factory = new JmsPoolConnectionFactory();
        factory.setConnectionFactory(artemis);
        factory.setMaxConnections(config.pool_max_connections());
        factory.setMaxSessionsPerConnection(config.pool_max_sessions());
        factory.setUseAnonymousProducers(true);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("name", "sanxiang");
        props.put("url", url);
        registration = context.registerService(ConnectionFactory.class, factory, props);
        LOG.info("Broker connection factory registered for {} (pool of {} connections)", url,
                config.pool_max_connections());
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
        if (factory != null) {
            factory.stop();
        }
        if (artemis != null) {
            artemis.close();
        }
    }

    @Override
    public String component() {
        return "broker";
    }

    @Override
    public HealthStatus check() {
        long start = System.nanoTime();
        try (Connection c = factory.createConnection()) {
            c.start();
            return HealthStatus.up(component(), "ActiveMQ Artemis at " + url, (System.nanoTime() - start) / 1_000_000);
        } catch (JMSException | RuntimeException e) {
            return HealthStatus.down(component(), e.getMessage(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
