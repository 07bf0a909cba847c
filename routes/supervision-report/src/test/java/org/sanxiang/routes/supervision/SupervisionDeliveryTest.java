package org.sanxiang.routes.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.disclosure.DeadlineAlert;
import org.sanxiang.api.outbound.OutboundMessage;
import org.sanxiang.api.review.LegalReview;
import org.sanxiang.api.review.ReviewAlert;
import org.sanxiang.contracts.supervision.v1.DeliverRequest;
import org.sanxiang.contracts.supervision.v1.DeliverResponse;
import org.sanxiang.contracts.supervision.v1.Rejection;
import org.sanxiang.contracts.supervision.v1.Rejection_Exception;
import org.sanxiang.routes.common.OptionalService;
import org.sanxiang.routes.delivery.Answer;
import org.sanxiang.routes.delivery.DeliveryHeaders;
import org.sanxiang.routes.delivery.DeliveryRoutes;
import org.sanxiang.routes.delivery.DeliverySettings;
import org.sanxiang.routes.delivery.DeliveryStore;
import org.sanxiang.routes.delivery.OutboundEntry;
import org.sanxiang.routes.delivery.QueuedMessage;
import org.sanxiang.routes.delivery.ReceiverBinding;
import org.sanxiang.routes.delivery.internal.DeliveryStoreService;

/**
 * The supervision outbox delivered by the shared delivery routes (channel {@code supervision}) to a stand-in
 * of the office's Deliver operation, on H2 (no broker): the office gets each message with its own business
 * key and version, once; a Rejection is stored with the office's reason and not retried; legal review alerts
 * are put in the outbox once per request, kind and day, and nothing breaks without the legal review.
 */
class SupervisionDeliveryTest extends CamelTestSupport {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    private final List<DeliverRequest> officeCalls = new CopyOnWriteArrayList<>();
    private final AtomicBoolean officeRejects = new AtomicBoolean();
    private final AtomicBoolean officeDown = new AtomicBoolean();
    private SupervisionOutbox outbox;
    private DeliveryStore store;
    private DeliverySettings settings;

    @Override
    protected RoutesBuilder createRouteBuilder() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:supervision-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        outbox = new SupervisionOutbox(SupervisionOutbox.openStore(ds), null, "长治市自然资源局");
        store = new DeliveryStoreService(DeliveryStoreService.open(ds), Clock.systemUTC());
        settings = new DeliverySettings("supervision");
        settings.setEndpoints("direct:queue", "mock:queue", "mock:dead");
        settings.setPollMillis(3_600_000);
        settings.setFirstPollDelayMillis(3_600_000);
        settings.setMaxAttempts(3);
        OfficeReceiver office = new OfficeReceiver("http://127.0.0.1/none");
        ReceiverBinding binding = new ReceiverBinding() {
            @Override
            public Endpoint endpoint(CamelContext context) {
                return context.getEndpoint("direct:office");
            }

            @Override
            public void prepare(Exchange exchange, QueuedMessage message) {
                office.prepare(exchange, message);
            }

            @Override
            public Answer answer(Exchange exchange) {
                return office.answer(exchange);
            }

            @Override
            public String rejection(Throwable failure) {
                return office.rejection(failure);
            }
        };
        DeliveryRoutes routes = new DeliveryRoutes(settings, store, outbox, binding);
        return new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                getContext().addRoutes(routes);
                from("direct:office").routeId("office").process(e -> {
                    DeliverRequest r = e.getMessage().getBody(DeliverRequest.class);
                    officeCalls.add(r);
                    if (officeDown.get()) {
                        throw new IllegalStateException("HTTP 503 Service Unavailable");
                    }
                    if (officeRejects.get()) {
                        Rejection fault = new Rejection();
                        fault.setCode("SIM-REJECT");
                        fault.setReason("模拟拒收");
                        throw new Rejection_Exception("模拟拒收", fault);
                    }
                    DeliverResponse answer = new DeliverResponse();
                    answer.setStatus("ACCEPTED");
                    answer.setReceiptId("JD-" + r.getBusinessKey() + "-" + r.getVersion());
                    e.getMessage().setBody(List.of(answer));
                });
            }
        };
    }

    private void deliver(OutboundEntry entry) {
        QueuedMessage m = new QueuedMessage(entry, 0, 0, 0);
        template.sendBodyAndHeaders("direct:queue", entry.payload(), DeliveryHeaders.of(m));
    }

    private OutboundMessage status(String deliveryKey) {
        return store.recent("supervision", null, 100).stream().filter(m -> m.businessKey().equals(deliveryKey))
                .findFirst().orElseThrow();
    }

    private static ReviewAlert overdue(long request) {
        return new ReviewAlert(request, "长自然资罚〔2026〕" + request + "号", ReviewAlert.Kind.OVERDUE,
                DAY.minusDays(3), -2, false);
    }

    private static LegalReview review(List<ReviewAlert> alerts) {
        return (LegalReview) Proxy.newProxyInstance(LegalReview.class.getClassLoader(),
                new Class<?>[] {LegalReview.class}, (proxy, method, args) -> {
                    if (method.getName().equals("alerts")) {
                        return alerts;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void outboxRowsAreTheChannelsSourceUnderBusinessKeyAndVersion() {
        outbox.alert(new DeadlineAlert(1, 12, "长自然资罚〔2026〕1号", DeadlineAlert.Level.BREACH, DAY, -1,
                Instant.now()));
        outbox.alert(new DeadlineAlert(1, 12, "长自然资罚〔2026〕1号", DeadlineAlert.Level.BREACH, DAY, -1,
                Instant.now()));
        outbox.reviewAlert(overdue(7), DAY);
        outbox.reviewAlert(overdue(7), DAY);
        outbox.reviewAlert(overdue(7), DAY.plusDays(1));

        List<OutboundEntry> entries = outbox.after(0, 10);
        assertEquals(List.of("ALERT-PUB-12-BREACH-2026-03-05#1", "review-alert:7:OVERDUE#20260305",
                "review-alert:7:OVERDUE#20260306"), entries.stream().map(OutboundEntry::businessKey).toList());
        assertEquals("review-alert:7:OVERDUE", entries.get(1).group());
        assertEquals(20260305, entries.get(1).version());
        assertEquals("DEADLINE_ALERT", entries.get(1).kind());
        assertEquals(List.of("review-alert:7:OVERDUE#20260306"),
                outbox.after(entries.get(1).sourceId(), 10).stream().map(OutboundEntry::businessKey).toList());
    }

    @Test
    void theOfficeGetsEachMessageOnceWithItsOwnKeyAndVersion() {
        outbox.reviewAlert(overdue(8), DAY);
        outbox.alert(new DeadlineAlert(2, 13, null, DeadlineAlert.Level.NEAR_BREACH, DAY, 1, Instant.now()));
        List<OutboundEntry> entries = outbox.after(0, 10);
        for (OutboundEntry e : entries) {
            deliver(e);
        }
        deliver(entries.get(0));

        assertEquals(2, officeCalls.size(), "a redelivered message is not sent again");
        DeliverRequest review = officeCalls.get(0);
        assertEquals("review-alert:8:OVERDUE", review.getBusinessKey());
        assertEquals(20260305, review.getVersion());
        assertEquals("REVIEW", review.getDeadlineAlert().getSubject());
        assertEquals("8", review.getDeadlineAlert().getReference());
        assertEquals("BREACH", review.getDeadlineAlert().getLevel());
        assertEquals(-2, review.getDeadlineAlert().getWorkingDaysLeft());
        assertEquals("2026-03-02", review.getDeadlineAlert().getDue().toXMLFormat());
        assertEquals("ALERT-PUB-13-NEAR_BREACH-2026-03-05", officeCalls.get(1).getBusinessKey());
        assertEquals(1, officeCalls.get(1).getVersion());

        OutboundMessage delivered = status("review-alert:8:OVERDUE#20260305");
        assertEquals(Answer.ACCEPTED, delivered.status());
        assertEquals("JD-review-alert:8:OVERDUE-20260305", delivered.receipt());
    }

    @Test
    void aRejectionIsStoredWithTheOfficesReasonAndNotRetried() throws Exception {
        officeRejects.set(true);
        outbox.alert(new DeadlineAlert(3, 14, null, DeadlineAlert.Level.BREACH, DAY, -1, Instant.now()));
        OutboundEntry e = outbox.after(0, 10).get(0);
        MockEndpoint queue = getMockEndpoint("mock:queue");
        MockEndpoint dead = getMockEndpoint("mock:dead");
        queue.expectedMessageCount(0);
        dead.expectedMessageCount(0);
        deliver(e);
        deliver(e);
        queue.assertIsSatisfied();
        dead.assertIsSatisfied();
        assertEquals(1, officeCalls.size());
        OutboundMessage m = status(e.businessKey());
        assertEquals(Answer.REJECTED, m.status());
        assertEquals("SIM-REJECT: 模拟拒收", m.reason());
    }

    @Test
    void anUnreachableOfficeIsRetriedThroughTheSharedBackOffThenDeadLettered() throws Exception {
        officeDown.set(true);
        outbox.alert(new DeadlineAlert(4, 15, null, DeadlineAlert.Level.BREACH, DAY, -1, Instant.now()));
        OutboundEntry e = outbox.after(0, 10).get(0);
        MockEndpoint queue = getMockEndpoint("mock:queue");
        MockEndpoint dead = getMockEndpoint("mock:dead");
        queue.expectedMessageCount(2);
        queue.expectedHeaderValuesReceivedInAnyOrder(DeliveryHeaders.DUPLICATE_ID, e.businessKey() + "#g0#retry-1",
                e.businessKey() + "#g0#retry-2");
        dead.expectedMessageCount(1);
        for (int attempt = 0; attempt < 3; attempt++) {
            template.sendBodyAndHeaders("direct:queue", e.payload(),
                    DeliveryHeaders.of(new QueuedMessage(e, attempt, 0, 0)));
            if (attempt == 0) {
                assertEquals("RETRYING", status(e.businessKey()).status());
            }
        }
        queue.assertIsSatisfied();
        dead.assertIsSatisfied();
        assertEquals(List.of("ALERT-PUB-15-BREACH-2026-03-05#1"),
                store.deadLetters("supervision", 10).stream().map(OutboundMessage::businessKey).toList());
    }

    @Test
    void onlyTheOfficesRejectionFaultIsFinal() {
        OfficeReceiver office = new OfficeReceiver("http://127.0.0.1/none");
        assertNull(office.rejection(new IllegalStateException("HTTP 503",
                new java.net.ConnectException("Connection refused"))));
        Rejection fault = new Rejection();
        fault.setCode("EMPTY");
        fault.setReason("报送消息没有内容");
        assertEquals("EMPTY: 报送消息没有内容",
                office.rejection(new RuntimeException("wrapped", new Rejection_Exception("x", fault))));
    }

    @Test
    void reviewAlertsAreForwardedOncePerRequestKindAndDayAndNothingBreaksWithoutTheLegalReview() {
        List<ReviewAlert> alerts = new ArrayList<>(List.of(overdue(9),
                new ReviewAlert(10, "长自然资罚〔2026〕10号", ReviewAlert.Kind.NEAR_DEADLINE, DAY.plusDays(1), 1, true)));
        ReviewAlertForwarder forwarder = new ReviewAlertForwarder(OptionalService.of(review(alerts)), outbox);
        assertEquals(2, forwarder.forward(DAY));
        assertEquals(2, forwarder.forward(DAY));
        List<OutboundEntry> entries = outbox.after(0, 10);
        assertEquals(List.of("review-alert:9:OVERDUE#20260305", "review-alert:10:NEAR_DEADLINE#20260305"),
                entries.stream().map(OutboundEntry::businessKey).toList());
        assertTrue(entries.get(1).payload().contains("NEAR_BREACH"), entries.get(1).payload());

        assertEquals(0, new ReviewAlertForwarder(OptionalService.of(null), outbox).forward(DAY),
                "without the legal review nothing is forwarded");
        assertEquals(2, outbox.after(0, 10).size());
    }
}
