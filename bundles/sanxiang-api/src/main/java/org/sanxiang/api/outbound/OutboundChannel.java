package org.sanxiang.api.outbound;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One outbound channel to an outside party (e.g. {@code supervision}: the municipal supervision office),
 * registered as an OSGi service with {@link #NAME_PROPERTY}. Messages are keyed by business key + version;
 * the party sees each at most once whatever the retries and replays.
 */
@ProviderType
public interface OutboundChannel {

    /** Service property naming the channel. */
    String NAME_PROPERTY = "sanxiang.channel";

    String name();

    /** The state of {@link #recent(String, int)} that selects every message without the party's answer yet. */
    String PENDING = "PENDING";

    /** The newest messages with the party's answer, if any. */
    List<OutboundMessage> recent(int limit);

    /**
     * The newest messages in {@code state} (selected where they are stored, among all, not only the newest):
     * {@code QUEUED}, {@code RETRYING}, {@code DEAD} (no answer yet), {@code ACCEPTED}, {@code DUPLICATE},
     * {@code REJECTED} (the party's answer), or {@link #PENDING} for every message not answered yet.
     */
    List<OutboundMessage> recent(String state, int limit);

    /** Messages that exhausted their delivery attempts (死信), oldest first. */
    List<OutboundMessage> deadLetters(int limit);

    /**
     * Sends dead letters again — all of them, or only those of {@code businessKey} when it is not null —
     * under a fresh duplicate id (the broker's duplicate-id cache would silently drop the original one),
     * while the receipts and the party still key on business key + version. Returns how many were replayed.
     */
    int replayDeadLetters(String businessKey);
}
