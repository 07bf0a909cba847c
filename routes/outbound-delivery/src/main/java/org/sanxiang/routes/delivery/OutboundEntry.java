package org.sanxiang.routes.delivery;

/**
 * One entry of a channel's source outbox, as the channel queues it.
 *
 * @param sourceId    the entry's number in its outbox, increasing in commit order (the channel's position)
 * @param businessKey the key the receiver and the idempotent consumer key on (e.g. {@code PUB-12-v2-UPDATE})
 * @param group       messages of one group (e.g. one publication) reach the receiver in source order
 * @param version     the version of the business object the entry carries
 * @param kind        what the entry asks of the receiver (e.g. {@code PUBLISH}, {@code REVOKE})
 * @param summary     one line for ops (console)
 * @param payload     the message body (XML, UTF-8)
 */
public record OutboundEntry(long sourceId, String businessKey, String group, int version, String kind, String summary,
        String payload) {

    public OutboundEntry {
        if (businessKey == null || businessKey.isBlank() || businessKey.length() > 200) {
            throw new IllegalArgumentException("business key missing or longer than 200: " + businessKey);
        }
        summary = summary == null ? "" : summary.length() > 500 ? summary.substring(0, 500) : summary;
    }
}
