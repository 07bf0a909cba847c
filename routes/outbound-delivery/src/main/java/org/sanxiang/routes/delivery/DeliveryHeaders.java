package org.sanxiang.routes.delivery;

import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Message;

/** The JMS properties a queued message carries (none of them starts with "camel"). */
public final class DeliveryHeaders {

    public static final String BUSINESS_KEY = "SanxiangBusinessKey";
    public static final String GROUP = "SanxiangGroup";
    public static final String SOURCE_ID = "SanxiangSourceId";
    public static final String VERSION = "SanxiangVersion";
    public static final String KIND = "SanxiangKind";
    public static final String SUMMARY = "SanxiangSummary";
    public static final String ATTEMPT = "SanxiangAttempt";
    public static final String GENERATION = "SanxiangGeneration";
    public static final String DEFERRALS = "SanxiangDeferrals";
    public static final String LAST_ERROR = "SanxiangLastError";
    /** Artemis drops a second message with an id it has seen. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    /** Artemis holds the message back until this time (epoch millis, long). */
    public static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";

    private DeliveryHeaders() {
    }

    /** The properties of a message carrying {@code m}. */
    public static Map<String, Object> of(QueuedMessage m) {
        OutboundEntry e = m.entry();
        Map<String, Object> h = new HashMap<>();
        h.put(BUSINESS_KEY, e.businessKey());
        h.put(GROUP, e.group());
        h.put(SOURCE_ID, e.sourceId());
        h.put(VERSION, e.version());
        h.put(KIND, e.kind());
        h.put(SUMMARY, e.summary());
        h.put(ATTEMPT, m.attempt());
        h.put(GENERATION, m.generation());
        h.put(DEFERRALS, m.deferrals());
        return h;
    }

    /** The message a queued Camel message carries. */
    public static QueuedMessage read(Message in) {
        String key = in.getHeader(BUSINESS_KEY, String.class);
        if (key == null) {
            throw new IllegalArgumentException("queued message without " + BUSINESS_KEY);
        }
        OutboundEntry entry = new OutboundEntry(in.getHeader(SOURCE_ID, Long.class), key,
                in.getHeader(GROUP, String.class), number(in, VERSION), in.getHeader(KIND, String.class),
                in.getHeader(SUMMARY, String.class), in.getBody(String.class));
        return new QueuedMessage(entry, number(in, ATTEMPT), number(in, GENERATION), number(in, DEFERRALS));
    }

    private static int number(Message in, String name) {
        Integer v = in.getHeader(name, Integer.class);
        return v == null ? 0 : v;
    }
}
