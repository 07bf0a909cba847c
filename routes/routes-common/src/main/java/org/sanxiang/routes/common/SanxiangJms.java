package org.sanxiang.routes.common;

import javax.jms.ConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.jms.JmsHeaderFilterStrategy;

/** The JMS component every route bundle uses on the hub's broker, with header hygiene on. */
public final class SanxiangJms {

    private SanxiangJms() {
    }

    public static JmsComponent component(ConnectionFactory connectionFactory) {
        JmsComponent jms = JmsComponent.jmsComponent(connectionFactory);
        jms.setHeaderFilterStrategy(new EntryHeaderFilter(new JmsHeaderFilterStrategy(false)));
        jms.setDeliveryPersistent(true);
        jms.setTestConnectionOnStartup(false);
        return jms;
    }
}
