package org.sanxiang.routes.common;

/**
 * Names shared by the inbound journal's routes: the durable queue every accepted message is put on and
 * the message headers that carry its facts.
 */
public final class Journal {

    /** The durable queue of accepted messages. */
    public static final String QUEUE = "sanxiang.journal.inbound";
    public static final String SOURCE = "SanxiangSource";
    public static final String MESSAGE_ID = "SanxiangMessageId";
    public static final String RECEIVED_AT = "SanxiangReceivedAt";
    public static final String PAYLOAD_SHA256 = "SanxiangPayloadSha256";
    public static final String PAYLOAD_SIZE = "SanxiangPayloadSize";
    public static final String OUTCOME = "SanxiangOutcome";
    /** Artemis duplicate detection: a message with an id the broker has seen is dropped. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private Journal() {
    }
}
