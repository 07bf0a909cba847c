package org.sanxiang.routes.supervision;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.sanxiang.contracts.supervision.v1.Rejection_Exception;
import org.sanxiang.contracts.supervision.v1.SupervisionReceiverPortType;
import org.sanxiang.routes.common.SanxiangRoutes;
import org.sanxiang.routes.supervision.SupervisionMapper.MessageRow;

/**
 * Delivery to the supervision office, at least once with exactly-once effect:
 * <ol>
 * <li>{@code supervision.outbox}: moves new outbox rows, in order, to the durable queue
 * {@code sanxiang.supervision.out} with {@code _AMQ_DUPL_ID = businessKey#version}, then advances its stored
 * position — a crash in between sends a row again, and the broker's duplicate-id cache drops it;</li>
 * <li>{@code supervision.deliver}: takes a message off the queue in a local JMS transaction, skips it when a
 * receipt for its key and version is stored (idempotent consumer), calls the office, stores the receipt; a
 * rejection (拒收) is stored with the office's reason and not retried; any other failure rolls back, and the
 * broker redelivers with back-off (1 s doubling to 60 s) and after 6 attempts dead-letters to
 * {@code DLQ.sanxiang.supervision.out}, from where {@code sanxiang:supervision-replay} sends it again under a
 * new duplicate id (the office and the receipt table still key on business key + version).</li>
 * </ol>
 */
public final class SupervisionDeliveryRoutes extends SanxiangRoutes {

    static final String QUEUE = "sanxiang.supervision.out";
    static final String KEY = "SanxiangBusinessKey";
    static final String VERSION = "SanxiangVersion";

    private final SupervisionOutbox outbox;
    private final DeliveryLedger deliveries;
    private final SupervisionChannel channel;
    private org.apache.camel.ProducerTemplate producer;

    public SupervisionDeliveryRoutes(SupervisionOutbox outbox, DeliveryLedger deliveries, SupervisionChannel channel) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.channel = channel;
    }

    @Override
    protected void routes() {
        from("timer:supervision-checkpoint?delay={{checkpoint.first.delay.millis}}&period={{checkpoint.interval.millis}}")
                .routeId("supervision.checkpoint")
                .process(e -> outbox.checkpoint()).id("supervision.checkpoint.sign");

        from("timer:supervision-annual-report?delay=60000&period=3600000")
                .routeId("supervision.annual-report")
                .process(e -> channel.sendAnnualReportIfDue(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                        e.getContext().resolvePropertyPlaceholders("{{report.date}}"))).id("supervision.annual-report.due");

        from("timer:supervision-outbox?delay=3000&period={{delivery.poll.millis}}")
                .routeId("supervision.outbox")
                .process(this::enqueue).id("supervision.outbox.enqueue");

        CxfEndpoint office = getContext().getEndpoint("cxf:{{office.url}}"
                + "?serviceClass=" + SupervisionReceiverPortType.class.getName()
                + "&serviceName={urn:sanxiang:supervision:v1}SupervisionReceiverService"
                + "&endpointName={urn:sanxiang:supervision:v1}SupervisionReceiverPort"
                + "&defaultOperationName=Deliver"
                + "&cxfConfigurer=#officeClientSecurity"
                + "&dataFormat=POJO", CxfEndpoint.class);
        office.setWsdlURL(SupervisionReceiverPortType.class.getResource("Supervision.wsdl").toExternalForm());

        from("jms:queue:" + QUEUE + "?transacted=true&cacheLevelName=CACHE_CONSUMER&concurrentConsumers=1")
                .routeId("supervision.deliver")
                .process(e -> {
                    e.setProperty(KEY, e.getMessage().getHeader(KEY, String.class));
                    e.setProperty(VERSION, e.getMessage().getHeader(VERSION, Integer.class));
                }).id("supervision.deliver.identify")
                .filter(e -> !deliveries.delivered(key(e), version(e)))
                    .process(e -> e.getMessage().setBody(outbox.parse(row(e))))
                    // nothing of the queue's headers goes to the office (no HTTP headers from internal ones)
                    .removeHeaders("*")
                    .doTry()
                        .to(office).id("supervision.deliver.call")
                        .process(e -> deliveries.receipt(key(e), version(e), e.getMessage().getBody(Object[].class)))
                    .doCatch(Rejection_Exception.class)
                        .process(e -> deliveries.rejected(key(e), version(e),
                                e.getProperty(Exchange.EXCEPTION_CAUGHT, Rejection_Exception.class)))
                    .end()
                .end();
    }

    private void enqueue(Exchange exchange) {
        long position = deliveries.position(QUEUE);
        List<MessageRow> rows = outbox.after(position, 200);
        if (rows.isEmpty()) {
            return;
        }
        if (producer == null) {
            producer = exchange.getContext().createProducerTemplate();
        }
        for (MessageRow row : rows) {
            producer.send("jms:queue:" + QUEUE, e -> {
                e.getMessage().setBody(row.body);
                e.getMessage().setHeader(KEY, row.businessKey);
                e.getMessage().setHeader(VERSION, row.version);
                e.getMessage().setHeader("SanxiangOutboxId", row.id);
                e.getMessage().setHeader("_AMQ_DUPL_ID", row.businessKey + "#" + row.version);
            });
            deliveries.advance(QUEUE, row.id);
        }
    }

    private static String key(Exchange e) {
        return e.getProperty(KEY, String.class);
    }

    private static int version(Exchange e) {
        return e.getProperty(VERSION, Integer.class);
    }

    private static MessageRow row(Exchange e) {
        MessageRow r = new MessageRow();
        r.id = e.getMessage().getHeader("SanxiangOutboxId", Long.class);
        r.body = e.getMessage().getBody(String.class);
        return r;
    }
}
