package org.sanxiang.simulator.credit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.servlet.http.HttpServletResponse;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.sanxiang.contracts.credit.v1.CreditPublicationPortType;
import org.sanxiang.contracts.credit.v1.CreditRecord;
import org.sanxiang.contracts.credit.v1.PublishInspectionResultRequest;
import org.sanxiang.contracts.credit.v1.PublishPenaltyRequest;
import org.sanxiang.contracts.credit.v1.PublishPermitRequest;
import org.sanxiang.contracts.credit.v1.RevokeRequest;
import org.sanxiang.contracts.credit.v1.UpdateRequest;
import org.sanxiang.simulator.credit.CreditSimulator.Mode;

/**
 * Route {@code sim.credit.receive}: the simulated receiver's SOAP service (CreditPublicationService), with
 * WS-Security and schema validation by the hub's own endpoint security, and the HTTP-level failures: 503 in
 * UNAVAILABLE, a reply cut off in DROP.
 */
public final class SimulatorRoutes extends RouteBuilder {

    static final String NS = "urn:sanxiang:credit-publication:v1";
    private final ReceiverSimulator simulator;
    private final CxfConfigurer security;

    public SimulatorRoutes(ReceiverSimulator simulator, CxfConfigurer security) {
        this.simulator = simulator;
        this.security = security;
    }

    @Override
    public void configure() {
        CxfConfigurer withFailures = new CxfConfigurer() {
            @Override
            public void configure(AbstractWSDLBasedEndpointFactory factory) {
                security.configure(factory);
                factory.getInInterceptors().add(0, new Unavailable());
                factory.getOutInterceptors().add(new Drop());
            }

            @Override
            public void configureClient(Client client) {
                security.configureClient(client);
            }

            @Override
            public void configureServer(Server server) {
                security.configureServer(server);
            }
        };
        getContext().getRegistry().bind("creditSimulatorConfigurer", withFailures);
        CxfEndpoint endpoint = getContext().getEndpoint("cxf:{{simulator.address}}"
                + "?serviceClass=" + CreditPublicationPortType.class.getName()
                + "&serviceName={" + NS + "}CreditPublicationService"
                + "&endpointName={" + NS + "}CreditPublicationPort"
                + "&cxfConfigurer=#creditSimulatorConfigurer"
                + "&headerFilterStrategy=#entryHeaderFilter"
                + "&dataFormat=POJO", CxfEndpoint.class);
        endpoint.setWsdlURL(CreditPublicationPortType.class.getResource("CreditPublication.wsdl").toExternalForm());

        from(endpoint)
                .routeId("sim.credit.receive")
                .process(e -> {
                    String operation = e.getMessage().getHeader(CxfConstants.OPERATION_NAME, String.class);
                    Object request = e.getMessage().getBody(List.class).get(0);
                    e.getMessage().setBody(simulator.receive(operation, record(request)));
                }).id("sim.credit.answer");
    }

    static CreditRecord record(Object request) {
        if (request instanceof PublishPermitRequest r) {
            return r.getRecord();
        }
        if (request instanceof PublishPenaltyRequest r) {
            return r.getRecord();
        }
        if (request instanceof UpdateRequest r) {
            return r.getRecord();
        }
        if (request instanceof RevokeRequest r) {
            return r.getRecord();
        }
        if (request instanceof PublishInspectionResultRequest r) {
            return r.getRecord();
        }
        throw new IllegalArgumentException("unknown request " + request);
    }

    /** UNAVAILABLE: HTTP 503 before anything is read, as a server that is down. */
    private final class Unavailable extends AbstractPhaseInterceptor<Message> {
        Unavailable() {
            super(Phase.RECEIVE);
        }

        @Override
        public void handleMessage(Message message) throws Fault {
            if (simulator.mode() != Mode.UNAVAILABLE) {
                return;
            }
            HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
            try {
                response.sendError(503, "credit publication simulator: unavailable");
                response.flushBuffer();
            } catch (IOException e) {
                throw new Fault(e);
            }
            message.getInterceptorChain().abort();
        }
    }

    /** DROP: the record is kept, but the reply breaks off after a few bytes (the connection is lost). */
    private final class Drop extends AbstractPhaseInterceptor<Message> {
        Drop() {
            super(Phase.PREPARE_SEND);
        }

        @Override
        public void handleMessage(Message message) throws Fault {
            if (simulator.mode() != Mode.DROP) {
                return;
            }
            HttpServletResponse response = (HttpServletResponse) message.getExchange().getInMessage()
                    .get(AbstractHTTPDestination.HTTP_RESPONSE);
            try {
                response.setStatus(200);
                response.setContentType("text/xml; charset=UTF-8");
                response.setContentLength(65536);
                OutputStream out = response.getOutputStream();
                out.write("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Bo"
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                out.close();
            } catch (IOException | IllegalStateException e) {
                // the connection is gone either way
            }
            message.getInterceptorChain().abort();
        }
    }
}
