package org.sanxiang.console.internal.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanxiang.api.outbound.OutboundChannel;
import org.sanxiang.api.outbound.OutboundMessage;

/**
 * A delivery channel with fixed messages, as a delivery adapter reports them, for the tests of the delivery
 * commands; it remembers the limits it was asked for and refuses a replay (listing must never send).
 */
final class FixedChannel implements OutboundChannel {

    private final String name;
    private final List<OutboundMessage> recent;
    private final List<OutboundMessage> dead;
    final List<Integer> recentAsked = new ArrayList<>();
    final List<String> stateAsked = new ArrayList<>();
    final List<Integer> deadAsked = new ArrayList<>();

    FixedChannel(String name, List<OutboundMessage> recent, List<OutboundMessage> dead) {
        this.name = name;
        this.recent = recent;
        this.dead = dead;
    }

    static OutboundMessage message(String key, int version, String kind, String summary, String created,
                                   String status, String receipt, String reason, String answered) {
        return new OutboundMessage(key, version, kind, summary, Instant.parse(created), status, receipt, reason,
                answered == null ? null : Instant.parse(answered));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<OutboundMessage> recent(int limit) {
        recentAsked.add(limit);
        return recent.stream().limit(limit).toList();
    }

    /** As the delivery store selects: the state given, PENDING for no answer yet. */
    @Override
    public List<OutboundMessage> recent(String state, int limit) {
        stateAsked.add(state);
        recentAsked.add(limit);
        return recent.stream().filter(m -> OutboundChannel.PENDING.equals(state)
                ? m.status() == null || List.of("QUEUED", "RETRYING", "DEAD").contains(m.status())
                : state.equals(m.status()))
                .limit(limit).toList();
    }

    @Override
    public List<OutboundMessage> deadLetters(int limit) {
        deadAsked.add(limit);
        return dead.stream().limit(limit).toList();
    }

    @Override
    public int replayDeadLetters(String businessKey) {
        throw new UnsupportedOperationException("a list command must not replay");
    }
}
