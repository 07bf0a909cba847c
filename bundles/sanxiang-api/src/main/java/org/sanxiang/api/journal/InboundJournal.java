package org.sanxiang.api.journal;

import java.util.List;
import java.util.Optional;

/** The inbound journal (接收日志) of messages accepted from outside parties. */
public interface InboundJournal {

    /**
     * Writes an entry. Recording the same (source, messageId) again is idempotent: the first entry is
     * kept and {@code false} is returned, so a redelivered queue message never writes a second row.
     *
     * @return true when a new row was written
     */
    boolean record(JournalEntry entry);

    Optional<JournalEntry> find(String source, String messageId);

    /** The newest entries first, at most {@code limit}. */
    List<JournalEntry> latest(int limit);

    long count();
}
