package org.sanxiang.routes.common.internal;

import java.util.Hashtable;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
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
 * health check.
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
    }

    private ActiveMQConnectionFactory factory;
    private ServiceRegistration<ConnectionFactory> registration;
    private String url;

    @Activate
    void activate(BundleContext context, Config config) {
        url = config.url();
        factory = config.user().isEmpty() ? new ActiveMQConnectionFactory(url)
                : new ActiveMQConnectionFactory(url, config.user(), config.password());
        factory.setBlockOnDurableSend(true);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("name", "sanxiang");
        props.put("url", url);
        registration = context.registerService(ConnectionFactory.class, factory, props);
        LOG.info("Broker connection factory registered for {}", url);
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
        if (factory != null) {
            factory.close();
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
