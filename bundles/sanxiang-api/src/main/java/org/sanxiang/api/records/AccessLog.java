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

    /**
     * Logs (and ledgers, kind {@code ACCESS}) a read of a record another module holds — a publication, a review file,
     * the recorder's media list or quarantine — so that the reads of every channel are in this one log.
     *
     * @param subjectType short type of what was read (at most 16 characters, e.g. {@code PUBLICATION})
     * @param subjectRef  what was read (at most 100 characters: an id, a case number, {@code *} for a whole list)
     * @throws RecordsException when {@code access} is null or the type or reference is empty or too long
     */
    void record(AccessRequest access, String subjectType, String subjectRef);
}
