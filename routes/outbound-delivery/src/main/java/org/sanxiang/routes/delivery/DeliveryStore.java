package org.sanxiang.routes.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.sanxiang.api.outbound.OutboundMessage;

/**
 * The delivery bookkeeping of every channel in the hub's database (tables {@code sx_dlv_*}): read positions,
 * message states, and the receivers' answers — written once per business key, which makes the delivery
 * consumer idempotent. An OSGi service of the outbound-delivery bundle.
 */
@ProviderType
public interface DeliveryStore {

    /** The source id up to which the channel has queued its outbox (0 at first). */
    long position(String channel);

    /**
     * The enqueue bookkeeping of one entry already sent to the queue, in one transaction: records the message
     * (unless the consumer was quicker) and advances the position to its source id.
     */
    void enqueued(String channel, OutboundEntry entry);

    /** Records the message if it is not known yet (a message can reach the consumer before its bookkeeping). */
    void ensure(String channel, OutboundEntry entry);

    /** The receiver's stored answer for the key, if any. */
    Optional<StoredAnswer> answer(String channel, String businessKey);

    /** The first earlier message of the same group without an answer, if any: this one has to wait for it. */
    Optional<String> earlierOpen(String channel, String group, long sourceId);

    /**
     * Stores the receiver's answer (ACCEPTED, DUPLICATE or REJECTED with its reason) once; returns false when
     * an answer was stored already (the first one stays).
     */
    boolean answered(String channel, String businessKey, String status, String receipt, String reason);

    /** A failed attempt, with the next one due at {@code next}. */
    void retrying(String channel, String businessKey, int attempts, String error, Instant next);

    /** The message went to the dead-letter queue after {@code attempts} attempts. */
    void dead(String channel, String businessKey, int attempts, String error);

    /** Counts a replay of the key's dead letter and returns its number (1 for the first replay). */
    int nextReplay(String channel, String businessKey);

    /** The dead letter is back on the queue (replay number {@code replay}), attempts start again. */
    void replayed(String channel, String businessKey, int replay);

    /** The newest messages (optionally only those with {@code status}), newest first. */
    List<OutboundMessage> recent(String channel, String status, int limit);

    /** The messages in the dead-letter queue without an answer, oldest first. */
    List<OutboundMessage> deadLetters(String channel, int limit);

    /** The channels that have queued anything. */
    List<String> channels();

    /**
     * Where a channel stands: messages without an answer (and the oldest one's age), those among them in the
     * dead-letter queue, and the receiver's rejections.
     */
    Summary summary(String channel);

    /** Where a channel stands (see {@link #summary}); {@code oldestPending} is null when nothing is pending. */
    record Summary(long pending, Instant oldestPending, long dead, long rejected, long delivered) {
    }

    /** A stored answer. */
    record StoredAnswer(String status, String receipt, String reason, Instant answeredAt) {
        public boolean delivered() {
            return Answer.ACCEPTED.equals(status) || Answer.DUPLICATE.equals(status);
        }
    }
}
