package org.sanxiang.routes.hallwindow;

import org.apache.camel.LoggingLevel;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.sanxiang.contracts.hallwindow.v1.HallScreenPortType;
import org.sanxiang.contracts.hallwindow.v1.HallWindowPortType;
import org.sanxiang.routes.common.Journal;
import org.sanxiang.routes.common.JournalSender;
import org.sanxiang.routes.common.SanxiangRoutes;

/**
 * The hall-window adapter's routes:
 * <ul>
 * <li>{@code hall-window.request}: the WSDL-first SOAP service HallWindow served through Camel CXF
 * (WS-Security with replay protection, schema validation, size and depth limits, coded Chinese faults from
 * {@code SoapEndpointSecurity}); each request is performed, then journaled with its outcome on the durable
 * journal queue, then answered;</li>
 * <li>{@code hall-window.push}: register changes queued by {@link ScreenPush} delivered to the screens in a
 * local JMS transaction — skipped when the screen acknowledged the delivery id before (idempotent receiver),
 * rolled back on any failure so that the broker redelivers with back-off and finally dead-letters to
 * {@code DLQ.sanxiang.hallwindow.screen}.</li>
 * </ul>
 */
public final class HallWindowRoutes extends SanxiangRoutes {

    static final String SOURCE = "hall-window";

    private final HallWindowOperations operations;
    private final ScreenPush push;
    private final Screens screens;

    public HallWindowRoutes(HallWindowOperations operations, ScreenPush push, Screens screens) {
        this.operations = operations;
        this.push = push;
        this.screens = screens;
    }

    @Override
    protected void routes() {
        push.attach(getContext());
        inbound(soapEndpoint("{{hallwindow.address}}", HallWindowPortType.class, "urn:sanxiang:hall-window:v1",
                        "HallWindow", "HallWindow.wsdl", "hallWindowSecurity"),
                "hall-window.request", operations, new JournalSender(SOURCE, "jms:queue:{{journal.queue}}"))
                .log(LoggingLevel.DEBUG,
                        "hall-window: ${header.operationName} answered for ${header." + Journal.MESSAGE_ID + "}");

        CxfEndpoint screen = getContext().getEndpoint("cxf://http://127.0.0.1/hall-screen"
                + "?serviceClass=" + HallScreenPortType.class.getName()
                + "&serviceName={urn:sanxiang:hall-window:v1}HallScreenService"
                + "&endpointName={urn:sanxiang:hall-window:v1}HallScreenPort"
                + "&defaultOperationName=RegisterChanged"
                + "&cxfConfigurer=#screenClientSecurity"
                + "&dataFormat=POJO", CxfEndpoint.class);
        screen.setWsdlURL(HallScreenPortType.class.getResource("HallScreen.wsdl").toExternalForm());

        from("jms:queue:{{push.queue}}?transacted=true&cacheLevelName=CACHE_CONSUMER&concurrentConsumers=1")
                .routeId("hall-window.push")
                .process(e -> {
                    for (String h : new String[] {ScreenPush.SCREEN, ScreenPush.REGISTER, ScreenPush.KEY,
                            ScreenPush.VERSION, ScreenPush.DELIVERY}) {
                        e.setProperty(h, e.getIn().getHeader(h));
                    }
                }).id("hall-window.push.identify")
                .filter(e -> !screens.delivered(e.getProperty(ScreenPush.DELIVERY, String.class)))
                    .filter(push::prepare)
                        .to(screen).id("hall-window.push.call")
                        .process(push::acknowledged).id("hall-window.push.acknowledged")
                    .end()
                .end();
    }
}
