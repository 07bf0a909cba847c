package org.sanxiang.routes.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.outbound.OutboundMessage;
import org.sanxiang.routes.delivery.internal.DeliveryStoreService;

/**
 * The delivery routes of a channel on direct/mock endpoints (no broker) and the real store on H2: what the
 * receiver sees and what ops see after each kind of answer (R-D6: exactly once, back-off, rejections, dead
 * letters).
 */
class DeliveryRoutesTest extends CamelTestSupport {

    private static final String CHANNEL = "test";

    private final List<OutboundEntry> outbox = new CopyOnWriteArrayList<>();
    private final List<String> receiverCalls = new CopyOnWriteArrayList<>();
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    /** What the receiver does: null answers ACCEPTED, otherwise throws it. */
    private final AtomicReference<RuntimeException> receiverFailure = new AtomicReference<>();
    private DeliveryStore store;
    private DeliverySettings settings;
    private DeliveryRoutes routes;

    static final class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason);
        }
    }

    @Override
    protected RoutesBuilder createRouteBuilder() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:delivery-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store = new DeliveryStoreService(DeliveryStoreService.open(ds), Clock.systemUTC());
        settings = new DeliverySettings(CHANNEL);
        settings.setEndpoints("direct:queue", "mock:queue", "mock:dead");
        settings.setPollMillis(3_600_000);
        settings.setFirstPollDelayMillis(3_600_000);
        settings.setMaxAttempts(3);
        settings.setInitialDelayMillis(1000);
        settings.setMultiplier(2);
        settings.setMaxDelayMillis(60_000);
        ReceiverBinding binding = new ReceiverBinding() {
            @Override
            public Endpoint endpoint(CamelContext context) {
                return context.getEndpoint("direct:receiver");
            }

            @Override
            public void prepare(Exchange exchange, QueuedMessage message) {
                exchange.getMessage().setBody(message.entry().businessKey());
            }

            @Override
            public Answer answer(Exchange exchange) {
                return new Answer(Answer.ACCEPTED, "R-" + exchange.getMessage().getBody(String.class));
            }

            @Override
            public String rejection(Throwable failure) {
                return failure instanceof Rejected ? "RULE-1: " + failure.getMessage() : null;
            }

            @Override
            public void delivered(QueuedMessage message, Answer answer) {
                acknowledged.add(message.entry().businessKey() + "=" + answer.receipt());
            }
        };
        routes = new DeliveryRoutes(settings, store, (position, limit) -> {
            List<OutboundEntry> after = new ArrayList<>();
            for (OutboundEntry e : outbox) {
                if (e.sourceId() > position && after.size() < limit) {
                    after.add(e);
                }
            }
            return after;
        }, binding);
        return new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                getContext().addRoutes(routes);
                from("direct:receiver").routeId("receiver").process(e -> {
                    receiverCalls.add(e.getMessage().getBody(String.class));
                    RuntimeException failure = receiverFailure.get();
                    if (failure != null) {
                        throw failure;
                    }
                });
            }
        };
    }

    private static OutboundEntry entry(long id, long publication, int version, String action) {
        return new OutboundEntry(id, "PUB-" + publication + "-v" + version + "-" + action, "PUB-" + publication, version,
                action, "publication " + publication, "<publication id=\"" + publication + "\"/>");
    }

    private void deliver(QueuedMessage m) {
        template.sendBodyAndHeaders("direct:queue", m.entry().payload(), DeliveryHeaders.of(m));
    }

    private OutboundMessage status(String key) {
        return store.recent(CHANNEL, null, 100).stream().filter(m -> m.businessKey().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void outboxEntriesAreQueuedInOrderWithTheBusinessKeyAsDuplicateIdAndThePositionIsKept() throws Exception {
        outbox.add(entry(1, 7, 1, "PUBLISH"));
        outbox.add(entry(2, 8, 1, "PUBLISH"));
        outbox.add(entry(3, 7, 2, "UPDATE"));
        MockEndpoint queue = getMockEndpoint("mock:queue");
        queue.expectedMessageCount(3);
        queue.expectedHeaderValuesReceivedInAnyOrder(DeliveryHeaders.DUPLICATE_ID, "PUB-7-v1-PUBLISH",
                "PUB-8-v1-PUBLISH", "PUB-7-v2-UPDATE");
        routes.enqueue(new org.apache.camel.support.DefaultExchange(context));
        queue.assertIsSatisfied();
        assertEquals(3, store.position(CHANNEL));
        assertEquals("QUEUED", status("PUB-7-v2-UPDATE").status());

        // the next poll finds nothing new; a new entry is queued alone
        outbox.add(entry(4, 9, 1, "PUBLISH"));
        queue.reset();
        queue.expectedMessageCount(1);
        queue.expectedHeaderReceived(DeliveryHeaders.DUPLICATE_ID, "PUB-9-v1-PUBLISH");
        routes.enqueue(new org.apache.camel.support.DefaultExchange(context));
        queue.assertIsSatisfied();
        assertEquals(4, store.position(CHANNEL));
    }

    @Test
    void aMessageIsSentOnceAndARedeliveredCopyIsNotSentAgain() {
        QueuedMessage m = new QueuedMessage(entry(1, 7, 1, "PUBLISH"), 0, 0, 0);
        deliver(m);
        deliver(m);
        assertEquals(List.of("PUB-7-v1-PUBLISH"), receiverCalls);
        assertEquals(Answer.ACCEPTED, status("PUB-7-v1-PUBLISH").status());
        assertEquals("R-PUB-7-v1-PUBLISH", status("PUB-7-v1-PUBLISH").receipt());
        // the receipt is recorded against the source each time the message turns up (idempotent there)
        assertEquals(List.of("PUB-7-v1-PUBLISH=R-PUB-7-v1-PUBLISH", "PUB-7-v1-PUBLISH=R-PUB-7-v1-PUBLISH"),
                acknowledged);
    }

    @Test
    void anUnreachableReceiverIsRetriedWithGrowingCappedDelaysThenDeadLetteredWithAnAlert() throws Exception {
        receiverFailure.set(new IllegalStateException("HTTP 503 Service Unavailable"));
        MockEndpoint queue = getMockEndpoint("mock:queue");
        MockEndpoint dead = getMockEndpoint("mock:dead");
        queue.expectedMessageCount(2);
        dead.expectedMessageCount(1);
        OutboundEntry e = entry(1, 7, 1, "PUBLISH");
        long before = System.currentTimeMillis();
        deliver(new QueuedMessage(e, 0, 0, 0));
        assertEquals("RETRYING", status(e.businessKey()).status());
        assertEquals(List.of(e.businessKey()), keys(store.recent(CHANNEL, "PENDING", 10)), "retrying is not answered");
        deliver(new QueuedMessage(e, 1, 0, 0));
        deliver(new QueuedMessage(e, 2, 0, 0));
        queue.assertIsSatisfied();
        dead.assertIsSatisfied();

        List<Exchange> resent = queue.getReceivedExchanges();
        assertEquals(1, resent.get(0).getMessage().getHeader(DeliveryHeaders.ATTEMPT, Integer.class));
        assertEquals("PUB-7-v1-PUBLISH#g0#retry-1", resent.get(0).getMessage().getHeader(DeliveryHeaders.DUPLICATE_ID));
        long first = resent.get(0).getMessage().getHeader(DeliveryHeaders.SCHEDULED_DELIVERY, Long.class) - before;
        long second = resent.get(1).getMessage().getHeader(DeliveryHeaders.SCHEDULED_DELIVERY, Long.class) - before;
        assertTrue(first >= 1000 && first < 1000 + 5000, "first retry after about 1 s: " + first);
        assertTrue(second >= 2000 && second < 2000 + 5000, "second retry after about 2 s: " + second);
        assertEquals("<publication id=\"7\"/>", resent.get(1).getMessage().getBody(String.class));

        Exchange deadLetter = dead.getReceivedExchanges().get(0);
        assertTrue(deadLetter.getMessage().getHeader(DeliveryHeaders.LAST_ERROR, String.class).contains("503"));
        OutboundMessage listed = store.deadLetters(CHANNEL, 10).get(0);
        assertEquals(e.businessKey(), listed.businessKey());
        assertEquals("DEAD", listed.status());
        assertTrue(listed.reason().contains("503"), listed.reason());
        assertEquals(3, receiverCalls.size());
        assertTrue(acknowledged.isEmpty());
    }

    @Test
    void backoffGrowsByTheMultiplierUpToItsCap() {
        DeliverySettings s = new DeliverySettings("x");
        s.setInitialDelayMillis(1000);
        s.setMultiplier(2);
        s.setMaxDelayMillis(5000);
        assertEquals(List.of(1000L, 2000L, 4000L, 5000L, 5000L),
                List.of(s.backoffMillis(1), s.backoffMillis(2), s.backoffMillis(3), s.backoffMillis(4), s.backoffMillis(30)));
    }

    @Test
    void aRejectionIsStoredWithTheReceiversReasonAndNotRetried() throws Exception {
        receiverFailure.set(new Rejected("统一社会信用代码校验位错误"));
        getMockEndpoint("mock:queue").expectedMessageCount(0);
        getMockEndpoint("mock:dead").expectedMessageCount(0);
        OutboundEntry e = entry(1, 7, 1, "PUBLISH");
        deliver(new QueuedMessage(e, 0, 0, 0));
        deliver(new QueuedMessage(e, 0, 0, 0));
        MockEndpoint.assertIsSatisfied(context);
        OutboundMessage m = status(e.businessKey());
        assertEquals("REJECTED", m.status());
        assertEquals("RULE-1: 统一社会信用代码校验位错误", m.reason());
        assertEquals(List.of(e.businessKey()), keys(store.recent(CHANNEL, "REJECTED", 10)));
        assertEquals(List.of(), keys(store.recent(CHANNEL, "PENDING", 10)), "a rejection is an answer");
        assertEquals(1, receiverCalls.size());
        assertTrue(acknowledged.isEmpty());
    }

    @Test
    void anUpdateWaitsUntilTheReceiverAnsweredThePublicationBeforeIt() throws Exception {
        OutboundEntry publish = entry(1, 7, 1, "PUBLISH");
        OutboundEntry update = entry(2, 7, 2, "UPDATE");
        OutboundEntry other = entry(3, 8, 1, "PUBLISH");
        store.ensure(CHANNEL, publish);
        MockEndpoint queue = getMockEndpoint("mock:queue");
        queue.expectedMessageCount(1);
        deliver(new QueuedMessage(update, 0, 0, 0));
        deliver(new QueuedMessage(other, 0, 0, 0));
        queue.assertIsSatisfied();
        assertEquals(List.of(other.businessKey()), receiverCalls);
        Exchange waiting = queue.getReceivedExchanges().get(0);
        assertEquals(update.businessKey() + "#g0#defer-1", waiting.getMessage().getHeader(DeliveryHeaders.DUPLICATE_ID));
        assertNotNull(waiting.getMessage().getHeader(DeliveryHeaders.SCHEDULED_DELIVERY));
        assertEquals(0, waiting.getMessage().getHeader(DeliveryHeaders.ATTEMPT, Integer.class));

        deliver(new QueuedMessage(publish, 0, 0, 0));
        deliver(new QueuedMessage(update, 0, 0, 1));
        assertEquals(List.of(other.businessKey(), publish.businessKey(), update.businessKey()), receiverCalls);
    }

    @Test
    void aReplayedMessageGoesOutUnderItsReplayGenerationAndStillOnlyOnce() throws Exception {
        receiverFailure.set(new IllegalStateException("connection reset"));
        OutboundEntry e = entry(1, 7, 1, "PUBLISH");
        deliver(new QueuedMessage(e, 2, 0, 0));
        assertEquals("DEAD", status(e.businessKey()).status());
        int replay = store.nextReplay(CHANNEL, e.businessKey());
        store.replayed(CHANNEL, e.businessKey(), replay);
        assertEquals(1, replay);
        assertEquals("QUEUED", status(e.businessKey()).status());
        assertTrue(store.deadLetters(CHANNEL, 10).isEmpty());

        receiverFailure.set(new IllegalStateException("still down"));
        MockEndpoint queue = getMockEndpoint("mock:queue");
        queue.expectedHeaderReceived(DeliveryHeaders.DUPLICATE_ID, "PUB-7-v1-PUBLISH#g1#retry-1");
        deliver(new QueuedMessage(e, 0, 1, 0));
        queue.assertIsSatisfied();

        receiverFailure.set(null);
        deliver(new QueuedMessage(e, 1, 1, 0));
        deliver(new QueuedMessage(e, 0, 1, 0));
        assertEquals(Answer.ACCEPTED, status(e.businessKey()).status());
        assertEquals(3, receiverCalls.size(), "dead, still down, accepted; the copy after the receipt is not sent");
        assertEquals(1, acknowledged.stream().distinct().count());
        assertFalse(store.answered(CHANNEL, e.businessKey(), Answer.ACCEPTED, "other", null));
        assertNull(store.answer(CHANNEL, e.businessKey()).orElseThrow().reason());
    }

    private static List<String> keys(List<OutboundMessage> messages) {
        return messages.stream().map(OutboundMessage::businessKey).toList();
    }
}
