package org.sanxiang.routes.common;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.io.CachedOutputStream;
import org.apache.cxf.message.Message;

/**
 * Puts the facts of an accepted message (source, id, time of receipt, SHA-256 and size of the payload)
 * on the durable journal queue, synchronously and persistently, before the adapter answers its caller.
 * The queue message carries the payload bytes as they arrived; Artemis drops a second message with the
 * same source and id ({@code _AMQ_DUPL_ID}). The outcome is {@code ACCEPTED} unless the route set the exchange
 * property {@link Journal#OUTCOME} (at most 32 characters, e.g. {@code OK}, {@code REFUSED SX-INPUT}); a
 * property, so that no caller can set it through a header. An endpoint that takes large attachments (MTOM) caps the
 * bytes carried: above the cap the queue message carries the facts only (the digest still covers every byte).
 */
public final class JournalSender implements Processor {

    private final String source;
    private final String queueUri;
    private final long maxPayloadBytes;
    private volatile ProducerTemplate producer;

    /**
     * @param source   the outside party, e.g. {@code hub-status}
     * @param queueUri the JMS endpoint of the journal queue, e.g. {@code jms:queue:sanxiang.journal.inbound}
     */
    public JournalSender(String source, String queueUri) {
        this(source, queueUri, Long.MAX_VALUE);
    }

    /** @param maxPayloadBytes the most payload bytes the queue message carries; larger payloads go as facts only */
    public JournalSender(String source, String queueUri, long maxPayloadBytes) {
        this.source = source;
        this.queueUri = queueUri;
        this.maxPayloadBytes = maxPayloadBytes;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message cxf = exchange.getIn().getHeader(CxfConstants.CAMEL_CXF_MESSAGE, Message.class);
        if (cxf == null || cxf.get(PayloadCapture.SHA256) == null) {
            throw new IllegalStateException("No captured payload on the exchange: is PayloadCapture installed on "
                    + "the endpoint of " + source + "?");
        }
        String messageId = exchange.getIn().getHeader(Journal.MESSAGE_ID, String.class);
        if (messageId == null || messageId.isBlank()) {
            messageId = UUID.randomUUID().toString();
            exchange.getIn().setHeader(Journal.MESSAGE_ID, messageId);
        }
        Map<String, Object> headers = new HashMap<>();
        headers.put(Journal.SOURCE, source);
        headers.put(Journal.MESSAGE_ID, messageId);
        headers.put(Journal.RECEIVED_AT, ((Instant) cxf.get(PayloadCapture.RECEIVED_AT)).toString());
        headers.put(Journal.PAYLOAD_SHA256, cxf.get(PayloadCapture.SHA256));
        headers.put(Journal.PAYLOAD_SIZE, cxf.get(PayloadCapture.SIZE));
        String outcome = exchange.getProperty(Journal.OUTCOME, String.class);
        headers.put(Journal.OUTCOME, outcome == null || outcome.isBlank() ? "ACCEPTED" : outcome);
        headers.put(Journal.DUPLICATE_ID, source + ":" + messageId);
        long size = (Long) cxf.get(PayloadCapture.SIZE);
        byte[] payload = size > maxPayloadBytes ? new byte[0] : payload((CachedOutputStream) cxf.get(PayloadCapture.BYTES));
        producer(exchange).sendBodyAndHeaders(queueUri, ExchangePattern.InOnly, payload, headers);
    }

    private static byte[] payload(CachedOutputStream cached) throws IOException {
        try (InputStream in = cached.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private ProducerTemplate producer(Exchange exchange) {
        ProducerTemplate p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = exchange.getContext().createProducerTemplate();
                }
                p = producer;
            }
        }
        return p;
    }
}
