package org.sanxiang.routes.delivery;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageConsumer;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TextMessage;
import org.sanxiang.api.outbound.OutboundChannel;
import org.sanxiang.api.outbound.OutboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A delivery channel as ops see it ({@link OutboundChannel}, for the console): its messages with the
 * receiver's answers, its dead letters, and their replay. A replay takes the dead letters off the
 * dead-letter queue and puts them back on the channel's queue in one JMS transaction, under the duplicate id
 * {@code <key>#replay-<n>}: the broker has seen the key itself and would silently drop it, while the
 * receiver and the idempotent consumer still key on the business key — so a replay arrives, and arrives
 * once.
 */
public final class DeliveryChannel implements OutboundChannel {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryChannel.class);

    private final DeliverySettings settings;
    private final DeliveryStore store;
    private final ConnectionFactory connectionFactory;

    public DeliveryChannel(DeliverySettings settings, DeliveryStore store, ConnectionFactory connectionFactory) {
        this.settings = settings;
        this.store = store;
        this.connectionFactory = connectionFactory;
    }

    @Override
    public String name() {
        return settings.channel();
    }

    @Override
    public List<OutboundMessage> recent(int limit) {
        return store.recent(settings.channel(), null, limit);
    }

    @Override
    public List<OutboundMessage> recent(String status, int limit) {
        return store.recent(settings.channel(), status, limit);
    }

    @Override
    public List<OutboundMessage> deadLetters(int limit) {
        return store.deadLetters(settings.channel(), limit);
    }

    @Override
    public int replayDeadLetters(String businessKey) {
        String selector = businessKey == null ? null
                : DeliveryHeaders.BUSINESS_KEY + " = '" + businessKey.replace("'", "''") + "'";
        List<String[]> replayed = new ArrayList<>();
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = selector == null
                    ? session.createConsumer(session.createQueue(settings.deadLetterQueue()))
                    : session.createConsumer(session.createQueue(settings.deadLetterQueue()), selector);
            MessageProducer producer = session.createProducer(session.createQueue(settings.queue()));
            connection.start();
            Message dead;
            while ((dead = consumer.receive(1000)) != null) {
                String key = dead.getStringProperty(DeliveryHeaders.BUSINESS_KEY);
                int replay = store.nextReplay(settings.channel(), key);
                TextMessage copy = session.createTextMessage(((TextMessage) dead).getText());
                for (String name : List.of(DeliveryHeaders.BUSINESS_KEY, DeliveryHeaders.GROUP, DeliveryHeaders.KIND,
                        DeliveryHeaders.SUMMARY)) {
                    copy.setStringProperty(name, dead.getStringProperty(name));
                }
                copy.setLongProperty(DeliveryHeaders.SOURCE_ID, dead.getLongProperty(DeliveryHeaders.SOURCE_ID));
                copy.setIntProperty(DeliveryHeaders.VERSION, dead.getIntProperty(DeliveryHeaders.VERSION));
                copy.setIntProperty(DeliveryHeaders.ATTEMPT, 0);
                copy.setIntProperty(DeliveryHeaders.DEFERRALS, 0);
                copy.setIntProperty(DeliveryHeaders.GENERATION, replay);
                copy.setStringProperty(DeliveryHeaders.DUPLICATE_ID, key + "#replay-" + replay);
                producer.send(copy);
                replayed.add(new String[] {key, String.valueOf(replay)});
            }
            session.commit();
        } catch (JMSException e) {
            throw new IllegalStateException("死信重发失败 / replay failed: " + e.getMessage(), e);
        }
        for (String[] r : replayed) {
            store.replayed(settings.channel(), r[0], Integer.parseInt(r[1]));
            LOG.info("{}: dead letter {} replayed (replay {})", settings.channel(), r[0], r[1]);
        }
        return replayed.size();
    }

    /** How many messages wait on the dead-letter queue (the broker's count, for a consistency check). */
    public int deadLetterQueueDepth() {
        try (Connection connection = connectionFactory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            Enumeration<?> e = session.createBrowser(session.createQueue(settings.deadLetterQueue())).getEnumeration();
            int n = 0;
            while (e.hasMoreElements()) {
                e.nextElement();
                n++;
            }
            return n;
        } catch (JMSException e) {
            throw new IllegalStateException("死信队列无法读取 / cannot browse the dead letters: " + e.getMessage(), e);
        }
    }
}
