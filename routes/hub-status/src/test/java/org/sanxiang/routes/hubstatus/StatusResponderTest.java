package org.sanxiang.routes.hubstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.health.HealthStatus;
import org.sanxiang.contracts.hubstatus.v1.ComponentStatus;
import org.sanxiang.contracts.hubstatus.v1.GetStatusRequest;
import org.sanxiang.contracts.hubstatus.v1.GetStatusResponse;
import org.sanxiang.contracts.hubstatus.v1.State;
import org.sanxiang.routes.common.Journal;
import org.sanxiang.routes.common.PayloadCapture;

/** R-O1 (HubStatus, 枢纽状态服务): the answer an operator's monitoring reads, built from the live health checks. */
class StatusResponderTest {

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() throws Exception {
        camel.close();
    }

    @Test
    void everyComponentIsListedByNameAndTheHubIsUpOnlyWhenAllAre() throws Exception {
        List<HealthCheck> checks = new CopyOnWriteArrayList<>(List.of(check("database", true, "H2 2.2.224"),
                check("broker", true, "ActiveMQ Artemis")));
        StatusResponder responder = new StatusResponder(checks, "0.1.0");

        GetStatusResponse up = answer(responder, request(null));
        assertEquals("0.1.0", up.getHubVersion());
        assertEquals(State.UP, up.getOverall());
        assertEquals(List.of("broker", "database"), names(up), "sorted by name, as the console lists them");
        assertEquals("H2 2.2.224", up.getComponent().get(1).getDetail());

        checks.add(check("ledger-intake", false, "3 entries wait for the ledger"));
        GetStatusResponse down = answer(responder, request(null));
        assertEquals(State.DOWN, down.getOverall(), "one component DOWN is the hub DOWN");
        ComponentStatus intake = down.getComponent().get(2);
        assertEquals("ledger-intake", intake.getName());
        assertEquals(State.DOWN, intake.getState());
        assertEquals("3 entries wait for the ledger", intake.getDetail());
    }

    @Test
    void withoutAnyCheckTheHubDoesNotClaimToBeUp() throws Exception {
        GetStatusResponse r = answer(new StatusResponder(List.of(), "0.1.0"), request(null));
        assertEquals(State.DOWN, r.getOverall());
        assertTrue(r.getComponent().isEmpty());
    }

    @Test
    void aCheckThatThrowsIsItsComponentDownNotAFailedStatusCall() throws Exception {
        HealthCheck broken = new HealthCheck() {
            @Override
            public String component() {
                return "gates";
            }

            @Override
            public HealthStatus check() {
                throw new IllegalStateException("service gone");
            }
        };
        GetStatusResponse r = answer(new StatusResponder(List.of(check("database", true, "ok"), broken), "0.1.0"),
                request(null));
        assertEquals(State.DOWN, r.getOverall());
        ComponentStatus gates = r.getComponent().get(1);
        assertEquals("gates", gates.getName());
        assertEquals(State.DOWN, gates.getState());
        assertTrue(gates.getDetail().contains("检查失败"), gates.getDetail());
        assertEquals(State.UP, r.getComponent().get(0).getState(), "the other components still answer");
    }

    @Test
    void theReceiptNamesTheCallersRequestIdAndThePayloadAsReceived() throws Exception {
        StatusResponder responder = new StatusResponder(List.of(check("database", true, "ok")), "0.1.0");
        Exchange exchange = exchange(request("REQ-2026-0001"), Instant.parse("2026-12-07T02:03:04Z"), "ab".repeat(32));
        responder.identify(exchange);
        assertEquals("REQ-2026-0001", exchange.getIn().getHeader(Journal.MESSAGE_ID));
        responder.perform(exchange);
        responder.answer(exchange);
        assertEquals("OK", exchange.getProperty(Journal.OUTCOME), "journaled as answered");
        GetStatusResponse r = exchange.getMessage().getBody(GetStatusResponse.class);
        assertEquals("REQ-2026-0001", r.getReceipt().getRequestId());
        assertEquals("ab".repeat(32), r.getReceipt().getPayloadSha256());
        assertEquals("2026-12-07T10:03:04.000+08:00", r.getReceipt().getReceivedAt().toXMLFormat(),
                "received at, in Beijing time");
    }

    @Test
    void withoutARequestIdTheReceiptNamesTheIdTheRequestIsJournaledUnder() throws Exception {
        StatusResponder responder = new StatusResponder(List.of(check("database", true, "ok")), "0.1.0");
        Exchange exchange = exchange(request(null), Instant.now(), "00".repeat(32));
        responder.identify(exchange);
        String journaled = exchange.getIn().getHeader(Journal.MESSAGE_ID, String.class);
        assertNotNull(journaled);
        responder.perform(exchange);
        assertEquals(journaled, exchange.getMessage().getBody(GetStatusResponse.class).getReceipt().getRequestId());
    }

    @Test
    void aFailureWhileAnsweringIsJournaledAsFailedAndAnsweredAfterTheJournal() throws Exception {
        StatusResponder responder = new StatusResponder(List.of(check("database", true, "ok")), "0.1.0");
        Exchange exchange = exchange(request("REQ-2"), Instant.now(), "00".repeat(32));
        exchange.getIn().removeHeader(CxfConstants.CAMEL_CXF_MESSAGE); // no captured payload: the receipt fails
        responder.identify(exchange);
        responder.perform(exchange);
        assertEquals("FAILED SX-INTERNAL", exchange.getProperty(Journal.OUTCOME));
        assertThrows(RuntimeException.class, () -> responder.answer(exchange));
    }

    private GetStatusResponse answer(StatusResponder responder, GetStatusRequest request) {
        Exchange exchange = exchange(request, Instant.now(), "00".repeat(32));
        responder.identify(exchange);
        responder.perform(exchange);
        responder.answer(exchange);
        GetStatusResponse r = exchange.getMessage().getBody(GetStatusResponse.class);
        assertEquals(exchange.getIn().getHeader(Journal.MESSAGE_ID), r.getReceipt().getRequestId());
        return r;
    }

    private Exchange exchange(GetStatusRequest request, Instant receivedAt, String sha256) {
        MessageImpl cxf = new MessageImpl();
        cxf.put(PayloadCapture.RECEIVED_AT, receivedAt);
        cxf.put(PayloadCapture.SHA256, sha256);
        Exchange exchange = new DefaultExchange(camel);
        exchange.getIn().setBody(request);
        exchange.getIn().setHeader(CxfConstants.CAMEL_CXF_MESSAGE, cxf);
        return exchange;
    }

    private static GetStatusRequest request(String requestId) {
        GetStatusRequest r = new GetStatusRequest();
        r.setRequestId(requestId);
        return r;
    }

    private static List<String> names(GetStatusResponse r) {
        return r.getComponent().stream().map(ComponentStatus::getName).toList();
    }

    private static HealthCheck check(String component, boolean up, String detail) {
        return new HealthCheck() {
            @Override
            public String component() {
                return component;
            }

            @Override
            public HealthStatus check() {
                return up ? HealthStatus.up(component, detail, 1) : HealthStatus.down(component, detail, 1);
            }
        };
    }
}
