package org.sanxiang.routes.credit;

import java.util.ArrayList;
import java.util.List;
import org.sanxiang.api.disclosure.OutboxEntry;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.routes.delivery.OutboundEntry;
import org.sanxiang.routes.delivery.OutboxSource;

/**
 * The disclosure outbox (发布发件箱) as the credit channel's source: every publish, update, revocation and
 * 双随机 result, in commit order. Messages of one publication (or one draw) form a group, so that an update
 * or a revocation never overtakes what it changes.
 */
public final class CreditOutbox implements OutboxSource {

    private final Publications publications;

    public CreditOutbox(Publications publications) {
        this.publications = publications;
    }

    @Override
    public List<OutboundEntry> after(long position, int limit) {
        List<OutboundEntry> entries = new ArrayList<>();
        for (OutboxEntry e : publications.outbox(position, limit)) {
            entries.add(new OutboundEntry(e.id(), e.businessKey(), group(e.businessKey()), e.version(),
                    e.action().name(), summary(e), e.payload()));
        }
        return entries;
    }

    /** {@code PUB-12-v3-UPDATE} → {@code PUB-12}. */
    static String group(String businessKey) {
        int v = businessKey.indexOf("-v");
        return v > 0 ? businessKey.substring(0, v) : businessKey;
    }

    private static String summary(OutboxEntry e) {
        try {
            return e.action().chinese() + " " + DisclosurePayload.parse(e.payload()).summary();
        } catch (IllegalArgumentException ex) {
            return e.action().chinese() + " (payload unreadable: " + ex.getMessage() + ")";
        }
    }
}
