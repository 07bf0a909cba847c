package org.sanxiang.routes.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageConsumer;
import javax.jms.MessageProducer;
import javax.jms.Queue;
import javax.jms.QueueBrowser;
import javax.jms.Session;
import javax.jms.TextMessage;
import org.sanxiang.api.outbound.OutboundChannel;
import org.sanxiang.api.outbound.OutboundMessage;
import org.sanxiang.api.supervision.SupervisionReporting;
import org.sanxiang.routes.supervision.SupervisionMapper.CheckpointRow;
import org.sanxiang.routes.supervision.SupervisionMapper.DeliveryRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervision office channel as ops see it: messages with the office's answers, checkpoints, dead letters
 * on {@code DLQ.sanxiang.supervision.out} and their replay under a fresh duplicate id.
 */
public final class SupervisionChannel implements OutboundChannel, SupervisionReporting {

    static final String DEAD_LETTERS = "DLQ.sanxiang::DLQ." + SupervisionDeliveryRoutes.QUEUE;
    private static final Logger LOG = LoggerFactory.getLogger(SupervisionChannel.class);

    private final SupervisionOutbox outbox;
    private final DeliveryLedger deliveries;
    private final ConnectionFactory connectionFactory;
    private final AnnualReportSource reports;

    /** Where the annual report XML of a year comes from (the statistics module, when installed). */
    @FunctionalInterface
    public interface AnnualReportSource {
        String xml(int year, String actor);
    }

    public SupervisionChannel(SupervisionOutbox outbox, DeliveryLedger deliveries, ConnectionFactory connectionFactory,
                              AnnualReportSource reports) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.connectionFactory = connectionFactory;
        this.reports = reports;
    }

    @Override
    public String name() {
        return "supervision";
    }

    @Override
    public List<OutboundMessage> recent(int limit) {
        List<OutboundMessage> out = new ArrayList<>();
        for (DeliveryRow r : deliveries.recent(limit)) {
            out.add(new OutboundMessage(r.businessKey, r.version, r.kind, r.summary, SupervisionOutbox.instant(r.createdAt),
                    r.status, r.receiptId, r.reason, SupervisionOutbox.instant(r.answeredAt)));
        }
        return out;
    }

    @Override
    public List<OutboundMessage> deadLetters(int limit) {
        List<OutboundMessage> out = new ArrayList<>();
        try (Connection c = connectionFactory.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            QueueBrowser browser = s.createBrowser(s.createQueue(DEAD_LETTERS));
            c.start();
            for (Message m : Collections.list((Enumeration<Message>) browser.getEnumeration())) {
                if (out.size() >= limit) {
                    break;
                }
                out.add(new OutboundMessage(m.getStringProperty(SupervisionDeliveryRoutes.KEY),
                        m.getIntProperty(SupervisionDeliveryRoutes.VERSION), "DEAD", "死信", Instant.ofEpochMilli(m.getJMSTimestamp()),
                        "DEAD", null, "投递" + m.getIntProperty("JMSXDeliveryCount") + "次未成功", null));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("死信队列无法读取: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public int replayDeadLetters(String businessKey) {
        int replayed = 0;
        String selector = businessKey == null ? null
                : SupervisionDeliveryRoutes.KEY + " = '" + businessKey.replace("'", "''") + "'";
        try (Connection c = connectionFactory.createConnection()) {
            Session s = c.createSession(true, Session.SESSION_TRANSACTED);
            Queue dead = s.createQueue(DEAD_LETTERS);
            MessageConsumer consumer = selector == null ? s.createConsumer(dead) : s.createConsumer(dead, selector);
            MessageProducer producer = s.createProducer(s.createQueue(SupervisionDeliveryRoutes.QUEUE));
            c.start();
            Message m;
            while ((m = consumer.receive(500)) != null) {
                TextMessage copy = s.createTextMessage(((TextMessage) m).getText());
                String key = m.getStringProperty(SupervisionDeliveryRoutes.KEY);
                int version = m.getIntProperty(SupervisionDeliveryRoutes.VERSION);
                copy.setStringProperty(SupervisionDeliveryRoutes.KEY, key);
                copy.setIntProperty(SupervisionDeliveryRoutes.VERSION, version);
                copy.setLongProperty("SanxiangOutboxId", m.getLongProperty("SanxiangOutboxId"));
                copy.setStringProperty("_AMQ_DUPL_ID", key + "#" + version + "#replay-" + System.nanoTime());
                producer.send(copy);
                replayed++;
            }
            s.commit();
        } catch (JMSException e) {
            throw new IllegalStateException("死信重发失败: " + e.getMessage(), e);
        }
        LOG.info("Supervision channel: {} dead letter(s){} replayed", replayed,
                businessKey == null ? "" : " of " + businessKey);
        return replayed;
    }

    @Override
    public Optional<Checkpoint> checkpointNow() {
        return outbox.checkpoint().map(this::toCheckpoint);
    }

    @Override
    public List<Checkpoint> checkpoints(int limit) {
        return outbox.checkpoints(Math.max(1, Math.min(limit, 1000))).stream().map(this::toCheckpoint).toList();
    }

    @Override
    public String sendAnnualReport(int year, String actor) {
        var row = outbox.annualReport(year, reports.xml(year, actor));
        return row.businessKey + " v" + row.version;
    }

    /**
     * Queues the previous year's report once the configured day of the year ({@code MM-dd}, default 01-20:
     * R-D2, before 20 January) has come, unless it was queued before. Returns whether it queued one.
     */
    public boolean sendAnnualReportIfDue(java.time.LocalDate today, String reportDay) {
        java.time.MonthDay day = java.time.MonthDay.parse("--" + reportDay);
        int year = today.getYear() - 1;
        if (java.time.MonthDay.from(today).isBefore(day) || outbox.annualReportQueued(year)) {
            return false;
        }
        try {
            String sent = sendAnnualReport(year, "system");
            LOG.info("Annual statistics report {} queued for the supervision office ({})", year, sent);
            return true;
        } catch (IllegalStateException e) {
            LOG.warn("Annual statistics report {} is due for the supervision office but cannot be made: {}", year,
                    e.getMessage());
            return false;
        }
    }

    private Checkpoint toCheckpoint(CheckpointRow r) {
        var receipt = deliveries.answer(r.businessKey, 1);
        return new Checkpoint(r.treeSize, r.rootHash, SupervisionOutbox.instant(r.signedAt), r.previousSize,
                r.businessKey, receipt == null ? null : receipt.status, receipt == null ? null : receipt.reason);
    }
}
