package org.sanxiang.api.records;

import java.time.Instant;
import java.util.List;

/** The access audit (记录信息调阅监督, R-R6): every read through the records services, queryable. */
public interface AccessLog {

    /**
     * Logged reads, newest first, filtered by whichever criteria are non-null.
     *
     * @param who        exact reader, or null
     * @param subjectRef exact subject (case number, document id, media SHA-256), or null
     * @param from       inclusive lower bound of the time, or null
     * @param to         exclusive upper bound of the time, or null
     * @param limit      at most this many
     */
    List<AccessRecord> query(String who, String subjectRef, Instant from, Instant to, int limit);
}
