package org.sanxiang.api.outbound;

import java.time.Instant;

/**
 * A message of an outbound channel and what became of it.
 *
 * @param status {@code null} while not answered; {@code ACCEPTED}, {@code DUPLICATE} or {@code REJECTED}
 *        once answered; {@code DEAD} for a dead letter
 * @param reason the party's reason of a rejection, or the last failure of a dead letter
 */
public record OutboundMessage(String businessKey, int version, String kind, String summary, Instant createdAt,
        String status, String receipt, String reason, Instant answeredAt) {
}
