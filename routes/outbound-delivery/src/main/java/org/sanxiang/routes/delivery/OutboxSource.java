package org.sanxiang.routes.delivery;

import java.util.List;

/** Where a channel's messages come from: a transactional outbox read in commit order. */
@FunctionalInterface
public interface OutboxSource {

    /** Up to {@code limit} entries with a source id above {@code position}, oldest first. */
    List<OutboundEntry> after(long position, int limit);
}
