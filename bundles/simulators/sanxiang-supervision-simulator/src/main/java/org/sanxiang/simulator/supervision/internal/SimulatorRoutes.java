package org.sanxiang.simulator.supervision.internal;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.sanxiang.contracts.supervision.v1.DeliverRequest;
import org.sanxiang.contracts.supervision.v1.SupervisionReceiverPortType;

/**
 * Route {@code sim.supervision.deliver}: the simulated office's SOAP receiver (the contract's
 * SupervisionReceiverService), WS-Security and schema validation by the hub's own endpoint security.
 */
public final class SimulatorRoutes extends RouteBuilder {

    private final OfficeSimulator office;
    private final CxfConfigurer security;

    public SimulatorRoutes(OfficeSimulator office, CxfConfigurer security) {
        this.office = office;
        this.security = security;
    }

    @Override
    public void configure() {
        CxfConfigurer withUnavailable = new CxfConfigurer() {
            @Override
            public void configure(AbstractWSDLBasedEndpointFactory factory) {
                security.configure(factory);
                factory.getInInterceptors().add(0, new UnavailableInterceptor(office));
            }

            @Override
            public void configureClient(org.apache.cxf.endpoint.Client client) {
                security.configureClient(client);
            }

            @Override
            public void configureServer(Server server) {
                security.configureServer(server);
            }
        };
        getContext().getRegistry().bind("supervisionSimulatorConfigurer", withUnavailable);
        CxfEndpoint endpoint = getContext().getEndpoint("cxf:{{simulator.address}}"
                + "?serviceClass=" + SupervisionReceiverPortType.class.getName()
                + "&serviceName={urn:sanxiang:supervision:v1}SupervisionReceiverService"
                + "&endpointName={urn:sanxiang:supervision:v1}SupervisionReceiverPort"
                + "&cxfConfigurer=#supervisionSimulatorConfigurer"
                + "&headerFilterStrategy=#entryHeaderFilter"
                + "&dataFormat=POJO", CxfEndpoint.class);
        endpoint.setWsdlURL(SupervisionReceiverPortType.class.getResource("Supervision.wsdl").toExternalForm());

        from(endpoint)
                .routeId("sim.supervision.deliver")
                .process(e -> e.getMessage().setBody(office.deliver(e.getMessage().getBody(DeliverRequest.class))))
                .id("sim.supervision.answer");
    }
}
