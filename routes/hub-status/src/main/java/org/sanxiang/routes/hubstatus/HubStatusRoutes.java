package org.sanxiang.routes.hubstatus;

import org.apache.camel.LoggingLevel;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.sanxiang.contracts.hubstatus.v1.HubStatusPortType;
import org.sanxiang.routes.common.JournalSender;
import org.sanxiang.routes.common.Journal;
import org.sanxiang.routes.common.SanxiangRoutes;

/**
 * Route {@code hub-status.request}: the WSDL-first SOAP service HubStatus, served through Camel. Each
 * accepted request is put on the durable journal queue (from where {@code journal.persist} writes it to
 * the database) before the caller gets the hub's version and the live state of its components.
 */
public final class HubStatusRoutes extends SanxiangRoutes {

    static final String SOURCE = "hub-status";

    private final StatusResponder responder;

    public HubStatusRoutes(StatusResponder responder) {
        this.responder = responder;
    }

    @Override
    protected void routes() {
        CxfEndpoint endpoint = getContext().getEndpoint("cxf:{{hubstatus.address}}"
                + "?serviceClass=" + HubStatusPortType.class.getName()
                + "&serviceName={urn:sanxiang:hub-status:v1}HubStatusService"
                + "&endpointName={urn:sanxiang:hub-status:v1}HubStatusPort"
                + "&cxfConfigurer=#hubStatusSecurity"
                + "&headerFilterStrategy=#entryHeaderFilter"
                + "&dataFormat=POJO", CxfEndpoint.class);
        endpoint.setWsdlURL(HubStatusPortType.class.getResource("HubStatus.wsdl").toExternalForm());

        from(endpoint)
                .routeId("hub-status.request")
                .process(responder::takeRequestId).id("hub-status.request-id")
                .process(new JournalSender(SOURCE, "jms:queue:{{journal.queue}}")).id("hub-status.journal")
                .process(responder).id("hub-status.respond")
                .log(LoggingLevel.DEBUG, "hub-status: answered ${header." + Journal.MESSAGE_ID + "}");
    }
}
