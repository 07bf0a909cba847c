package org.sanxiang.routes.hubstatus;

import org.apache.camel.LoggingLevel;
import org.sanxiang.contracts.hubstatus.v1.HubStatusPortType;
import org.sanxiang.routes.common.JournalSender;
import org.sanxiang.routes.common.Journal;
import org.sanxiang.routes.common.SanxiangRoutes;

/**
 * Route {@code hub-status.request}: the WSDL-first SOAP service HubStatus, served through Camel in the one inbound
 * pattern. Each accepted request is put on the durable journal queue with its outcome (from where
 * {@code journal.persist} writes it to the database) before the caller gets the hub's version and the live state
 * of its components.
 */
public final class HubStatusRoutes extends SanxiangRoutes {

    static final String SOURCE = "hub-status";

    private final StatusResponder responder;

    public HubStatusRoutes(StatusResponder responder) {
        this.responder = responder;
    }

    @Override
    protected void routes() {
        inbound(soapEndpoint("{{hubstatus.address}}", HubStatusPortType.class, "urn:sanxiang:hub-status:v1",
                        "HubStatus", "HubStatus.wsdl", "hubStatusSecurity"),
                "hub-status.request", responder, new JournalSender(SOURCE, "jms:queue:{{journal.queue}}"))
                .log(LoggingLevel.DEBUG, "hub-status: answered ${header." + Journal.MESSAGE_ID + "}");
    }
}
