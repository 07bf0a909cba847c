package org.sanxiang.routes.enforcement;

import java.util.HashMap;
import java.util.Map;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.sanxiang.contracts.enforcement.v1.EnforcementPortType;
import org.sanxiang.routes.common.Journal;
import org.sanxiang.routes.common.JournalSender;
import org.sanxiang.routes.common.SanxiangRoutes;

/**
 * Route {@code enforcement.request}: the WSDL-first SOAP service Enforcement served through Camel CXF (MTOM for
 * documents and materials; WS-Security with replay protection, schema validation, size and depth limits, coded
 * Chinese faults from {@code SoapEndpointSecurity}). Each request is identified, performed (writes once per
 * request id), journaled with its outcome on the durable journal queue, then answered.
 */
public final class EnforcementRoutes extends SanxiangRoutes {

    static final String SOURCE = "enforcement";

    private final EnforcementOperations operations;
    private final long maxAttachmentBytes;
    private final long journalPayloadBytes;

    /**
     * @param maxAttachmentBytes  the largest attachment (document, material) accepted
     * @param journalPayloadBytes the most request bytes the journal message carries (larger: the facts only)
     */
    public EnforcementRoutes(EnforcementOperations operations, long maxAttachmentBytes, long journalPayloadBytes) {
        this.operations = operations;
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.journalPayloadBytes = journalPayloadBytes;
    }

    @Override
    protected void routes() {
        CxfEndpoint endpoint = getContext().getEndpoint("cxf:{{enforcement.address}}"
                + "?serviceClass=" + EnforcementPortType.class.getName()
                + "&serviceName={urn:sanxiang:enforcement:v1}EnforcementService"
                + "&endpointName={urn:sanxiang:enforcement:v1}EnforcementPort"
                + "&cxfConfigurer=#enforcementSecurity"
                + "&headerFilterStrategy=#entryHeaderFilter"
                + "&mtomEnabled=true"
                + "&dataFormat=POJO", CxfEndpoint.class);
        endpoint.setWsdlURL(EnforcementPortType.class.getResource("Enforcement.wsdl").toExternalForm());
        Map<String, Object> properties = endpoint.getProperties() == null ? new HashMap<>()
                : new HashMap<>(endpoint.getProperties());
        properties.put("attachment-max-size", maxAttachmentBytes);
        properties.put("attachment-memory-threshold", 256 * 1024);
        endpoint.setProperties(properties);

        from(endpoint)
                .routeId("enforcement.request")
                .process(operations::identify).id("enforcement.identify")
                .process(operations::perform).id("enforcement.perform")
                .process(new JournalSender(SOURCE, "jms:queue:{{journal.queue}}", journalPayloadBytes))
                .id("enforcement.journal")
                .process(operations::answer).id("enforcement.answer")
                .log("enforcement: ${header.operationName} answered for ${header." + Journal.MESSAGE_ID + "}");
    }
}
