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
        CxfEndpoint endpoint = soapEndpoint("{{enforcement.address}}", EnforcementPortType.class,
                "urn:sanxiang:enforcement:v1", "Enforcement", "Enforcement.wsdl", "enforcementSecurity",
                "mtomEnabled=true");
        Map<String, Object> properties = endpoint.getProperties() == null ? new HashMap<>()
                : new HashMap<>(endpoint.getProperties());
        properties.put("attachment-max-size", maxAttachmentBytes);
        properties.put("attachment-memory-threshold", 256 * 1024);
        endpoint.setProperties(properties);

        inbound(endpoint, "enforcement.request", operations,
                new JournalSender(SOURCE, "jms:queue:{{journal.queue}}", journalPayloadBytes))
                .log("enforcement: ${header.operationName} answered for ${header." + Journal.MESSAGE_ID + "}");
    }
}
