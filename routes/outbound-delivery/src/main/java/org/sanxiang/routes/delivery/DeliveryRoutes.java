package org.sanxiang.routes.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.sanxiang.routes.common.SanxiangRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two routes of a delivery channel {@code <c>}:
 * <ol>
 * <li>{@code <c>.outbox}: reads new entries of the source outbox in order, puts each on the durable queue
 * (persistent, synchronous, {@code _AMQ_DUPL_ID} = business key), then records it and advances the stored
 * position in one database transaction. A crash between the two sends the entry again and the broker drops
 * the copy; nothing is skipped.</li>
 * <li>{@code <c>.deliver}: takes one message at a time off the queue in a local JMS transaction. A message
 * whose key has an answer is not sent again (idempotent consumer); one whose group has an earlier message
 * without an answer waits for it (rescheduled); otherwise the receiver is called and its answer stored. A
 * rejection is stored with the receiver's reason and not retried; any other failure reschedules the message
 * with capped exponential back-off, and after the configured attempts moves it to the dead-letter queue with
 * an alert. Every resend has its own deterministic duplicate id ({@code <key>#g<replay>#retry-<n>}), so that
 * a crash between resend and commit cannot double it. A failure of the hub itself (database down) rolls the
 * transaction back and the broker redelivers ({@code etc/artemis.xml}).</li>
 * </ol>
 */
public final class DeliveryRoutes extends SanxiangRoutes {

    static final String MESSAGE = "SanxiangQueuedMessage";
    static final String STEP = "SanxiangDeliveryStep";
    static final String FAILED = "SanxiangDeliveryFailed";

    private static final Logger LOG = LoggerFactory.getLogger("org.sanxiang.routes.delivery");

    private final DeliverySettings settings;
    private final DeliveryStore store;
    private final OutboxSource source;
    private final ReceiverBinding binding;
    private volatile ProducerTemplate producer;

    public DeliveryRoutes(DeliverySettings settings, DeliveryStore store, OutboxSource source,
                          ReceiverBinding binding) {
        this.settings = settings;
        this.store = store;
        this.source = source;
        this.binding = binding;
    }

    @Override
    protected void routes() throws Exception {
        String c = settings.channel();
        from("timer:sanxiang-" + c + "-outbox?delay=" + settings.firstPollDelayMillis() + "&period="
                + settings.pollMillis())
                .routeId(c + ".outbox")
                .process(this::enqueue).id(c + ".outbox.enqueue");

        if (!settings.deliveryEnabled()) {
            LOG.warn("{}: receiver not configured (credentials missing): delivery stays stopped, messages wait on {}",
                    c, settings.queue());
        }
        from(settings.consumeUri())
                .routeId(c + ".deliver")
                .autoStartup(settings.deliveryEnabled())
                .process(this::identify).id(c + ".deliver.identify")
                .choice()
                    .when(exchangeProperty(STEP).isEqualTo("ANSWERED"))
                        .process(this::alreadyAnswered).id(c + ".deliver.skip")
                    .when(exchangeProperty(STEP).isEqualTo("WAIT"))
                        .process(this::defer).id(c + ".deliver.wait")
                    .otherwise()
                        .removeHeaders("*")
                        .process(e -> binding.prepare(e, message(e))).id(c + ".deliver.prepare")
                        .doTry()
                            .to(binding.endpoint(getContext())).id(c + ".deliver.call")
                        .doCatch(Exception.class)
                            .setProperty(FAILED, constant(Boolean.TRUE))
                        .end()
                        .process(this::outcome).id(c + ".deliver.outcome")
                .end();
    }

    void enqueue(Exchange exchange) {
        String c = settings.channel();
        long position = store.position(c);
        List<OutboundEntry> entries = source.after(position, settings.batchSize());
        for (OutboundEntry entry : entries) {
            QueuedMessage m = new QueuedMessage(entry, 0, 0, 0);
            Map<String, Object> headers = DeliveryHeaders.of(m);
            headers.put(DeliveryHeaders.DUPLICATE_ID, entry.businessKey());
            producer(exchange).sendBodyAndHeaders(settings.sendUri(), ExchangePattern.InOnly, entry.payload(), headers);
            store.enqueued(c, entry);
            LOG.info("{}: queued {} ({})", c, entry.businessKey(), entry.summary());
        }
    }

    void identify(Exchange exchange) {
        QueuedMessage m = DeliveryHeaders.read(exchange.getMessage());
        exchange.setProperty(MESSAGE, m);
        String c = settings.channel();
        store.ensure(c, m.entry());
        Optional<DeliveryStore.StoredAnswer> answer = store.answer(c, m.entry().businessKey());
        if (answer.isPresent()) {
            exchange.setProperty(STEP, "ANSWERED");
            exchange.setProperty("SanxiangStoredAnswer", answer.get());
            return;
        }
        Optional<String> earlier = store.earlierOpen(c, m.entry().group(), m.entry().sourceId());
        if (earlier.isPresent()) {
            exchange.setProperty(STEP, "WAIT");
            exchange.setProperty("SanxiangWaitsFor", earlier.get());
            return;
        }
        exchange.setProperty(STEP, "SEND");
    }

    void alreadyAnswered(Exchange exchange) {
        QueuedMessage m = message(exchange);
        DeliveryStore.StoredAnswer a = exchange.getProperty("SanxiangStoredAnswer", DeliveryStore.StoredAnswer.class);
        LOG.info("{}: {} already answered {} ({}): not sent again", settings.channel(), m.entry().businessKey(),
                a.status(), a.receipt());
        if (a.delivered()) {
            binding.delivered(m, new Answer(a.status(), a.receipt()));
        }
    }

    void defer(Exchange exchange) {
        QueuedMessage m = message(exchange);
        QueuedMessage next = new QueuedMessage(m.entry(), m.attempt(), m.generation(), m.deferrals() + 1);
        long delay = Math.min(settings.backoffMillis(1 + Math.min(next.deferrals(), 3)), 30_000);
        resend(exchange, next, "#defer-" + next.deferrals(), delay);
        LOG.info("{}: {} waits for {} (wait {})", settings.channel(), m.entry().businessKey(),
                exchange.getProperty("SanxiangWaitsFor"), next.deferrals());
    }

    void outcome(Exchange exchange) {
        QueuedMessage m = message(exchange);
        String c = settings.channel();
        String key = m.entry().businessKey();
        if (!Boolean.TRUE.equals(exchange.getProperty(FAILED))) {
            Answer answer = binding.answer(exchange);
            store.answered(c, key, answer.status(), answer.receipt(), null);
            LOG.info("{}: {} {} by the receiver, receipt {}", c, key, answer.status(), answer.receipt());
            binding.delivered(m, answer);
            return;
        }
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = binding.rejection(failure);
        if (reason != null) {
            store.answered(c, key, Answer.REJECTED, null, reason);
            LOG.warn("{}: {} REJECTED by the receiver (not retried): {}", c, key, reason);
            return;
        }
        int attempts = m.attempt() + 1;
        String error = describe(failure);
        if (attempts >= settings.maxAttempts()) {
            Map<String, Object> headers = DeliveryHeaders.of(new QueuedMessage(m.entry(), attempts, m.generation(), 0));
            headers.put(DeliveryHeaders.LAST_ERROR, error);
            headers.put(DeliveryHeaders.DUPLICATE_ID, key + "#g" + m.generation() + "#dead");
            producer(exchange).sendBodyAndHeaders(settings.deadUri(), ExchangePattern.InOnly, m.entry().payload(),
                    headers);
            store.dead(c, key, attempts, error);
            LOG.error("{}: 死信告警 / dead letter: {} ({}) not delivered after {} attempts, moved to {}: {}", c, key,
                    m.entry().summary(), attempts, settings.deadLetterQueue(), error);
            return;
        }
        long delay = settings.backoffMillis(attempts);
        resend(exchange, new QueuedMessage(m.entry(), attempts, m.generation(), m.deferrals()), "#retry-" + attempts,
                delay);
        store.retrying(c, key, attempts, error, Instant.now().plusMillis(delay));
        LOG.warn("{}: {} attempt {} failed, next in {} ms: {}", c, key, attempts, delay, error);
    }

    private void resend(Exchange exchange, QueuedMessage next, String idSuffix, long delayMillis) {
        Map<String, Object> headers = DeliveryHeaders.of(next);
        headers.put(DeliveryHeaders.DUPLICATE_ID, next.entry().businessKey() + "#g" + next.generation() + idSuffix);
        headers.put(DeliveryHeaders.SCHEDULED_DELIVERY, System.currentTimeMillis() + delayMillis);
        producer(exchange).sendBodyAndHeaders(settings.sendUri(), ExchangePattern.InOnly, next.entry().payload(),
                headers);
    }

    static String describe(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        Throwable root = failure;
        StringBuilder sb = new StringBuilder(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != failure) {
            sb.append(" (").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage()).append(')');
        }
        return sb.length() > 1000 ? sb.substring(0, 1000) : sb.toString();
    }

    private static QueuedMessage message(Exchange exchange) {
        return exchange.getProperty(MESSAGE, QueuedMessage.class);
    }

    private ProducerTemplate producer(Exchange exchange) {
        ProducerTemplate p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = exchange.getContext().createProducerTemplate();
                }
                p = producer;
            }
        }
        return p;
    }
}
