package org.sanxiang.api.disclosure;

import java.time.Instant;

/**
 * An entry of the disclosure outbox (发布发件箱), written in the same database transaction as the change
 * it announces, so that a publication is never out without its message nor a message out without its
 * publication. Delivery routes read pending entries per channel and acknowledge them.
 *
 * @param id the entry's number, increasing in commit order
 * @param publicationId the publication (or the inspection draw for {@link OutboxAction#INSPECTION_RESULT})
 * @param version the version it carries
 * @param action what to do at the receiver
 * @param businessKey unique key for exactly-once delivery: {@code <kind>-<publication id>-v<version>-<action>}
 * @param payload the public content as XML (UTF-8), ID numbers masked
 * @param createdAt when it was written
 */
public record OutboxEntry(long id, long publicationId, int version, OutboxAction action, String businessKey,
        String payload, Instant createdAt) {
}
