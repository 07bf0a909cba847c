package org.sanxiang.simulator.screen.internal;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.sanxiang.contracts.hallwindow.v1.HallScreenPortType;
import org.sanxiang.contracts.hallwindow.v1.RegisterChangedRequest;

/**
 * Route {@code sim.screen.push}: the simulated screen's SOAP receiver (HallScreenService), with the hub's
 * own endpoint security (WS-Security against the client registry, replay protection, schema validation).
 */
public final class ScreenSimulatorRoutes extends RouteBuilder {

    private final ScreenSimulator screen;

    public ScreenSimulatorRoutes(ScreenSimulator screen) {
        this.screen = screen;
    }

    @Override
    public void configure() {
        CxfEndpoint endpoint = getContext().getEndpoint("cxf:{{screen.address}}"
                + "?serviceClass=" + HallScreenPortType.class.getName()
                + "&serviceName={urn:sanxiang:hall-window:v1}HallScreenService"
                + "&endpointName={urn:sanxiang:hall-window:v1}HallScreenPort"
                + "&cxfConfigurer=#screenSecurity"
                + "&headerFilterStrategy=#entryHeaderFilter"
                + "&dataFormat=POJO", CxfEndpoint.class);
        endpoint.setWsdlURL(HallScreenPortType.class.getResource("HallScreen.wsdl").toExternalForm());
        from(endpoint)
                .routeId("sim.screen.push")
                .process(e -> e.getMessage().setBody(screen.receive(e.getIn().getBody(RegisterChangedRequest.class))))
                .id("sim.screen.show");
    }
}
