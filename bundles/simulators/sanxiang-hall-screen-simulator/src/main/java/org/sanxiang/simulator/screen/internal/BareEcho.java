package org.sanxiang.simulator.screen.internal;

import javax.xml.transform.Source;
import javax.xml.ws.Provider;
import javax.xml.ws.Service;
import javax.xml.ws.ServiceMode;
import javax.xml.ws.WebServiceProvider;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bare CXF echo endpoint (no Camel, no security, no validation) that answers a SOAP body with itself: the
 * baseline of the hall-window benchmark. Published only when {@code echo.address} is set.
 */
@WebServiceProvider(serviceName = "EchoService", portName = "EchoPort", targetNamespace = "urn:sanxiang:bench:echo")
@ServiceMode(Service.Mode.PAYLOAD)
public final class BareEcho implements Provider<Source> {

    private static final Logger LOG = LoggerFactory.getLogger(BareEcho.class);
    private final String address;
    private Server server;

    public BareEcho(String address) {
        this.address = address;
    }

    @Override
    public Source invoke(Source request) {
        return request;
    }

    public void start() {
        if (address == null || address.isBlank()) {
            return;
        }
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setServiceBean(this);
        factory.setAddress(address);
        server = factory.create();
        LOG.info("Bare CXF echo endpoint published at {}", address);
    }

    public void stop() {
        if (server != null) {
            server.destroy();
        }
    }
}
