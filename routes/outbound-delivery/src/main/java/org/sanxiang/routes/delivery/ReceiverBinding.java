package org.sanxiang.routes.delivery;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

/** How a channel talks to its receiver: the receiver's contract, mapped from the outbox payload. */
public interface ReceiverBinding {

    /** The receiver's endpoint (a CXF producer endpoint in production). */
    Endpoint endpoint(CamelContext context) throws Exception;

    /** Sets body and headers of the call for {@code message} (the exchange carries no other headers). */
    void prepare(Exchange exchange, QueuedMessage message) throws Exception;

    /** The receiver's answer from the exchange after a successful call. */
    Answer answer(Exchange exchange);

    /**
     * The receiver's reason when {@code failure} is a rejection of the content (not retried: the same message
     * would be rejected again), or null for a failure worth retrying (unreachable, slow, 5xx, broken reply).
     */
    String rejection(Throwable failure);

    /**
     * Told once the answer is stored, and again whenever the message turns up after that (so it must be
     * idempotent): e.g. records the receipt against the publication.
     */
    default void delivered(QueuedMessage message, Answer answer) {
    }
}
