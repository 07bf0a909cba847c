package org.sanxiang.simulator.credit;

import java.time.Instant;
import java.util.List;

/**
 * The simulated national credit publication system (国家企业信用信息公示系统 simulator), for the demo and the
 * itests: what it recorded per business key and how often it was called, and how it misbehaves.
 */
public interface CreditSimulator {

    /** How the simulator answers. */
    enum Mode {
        /** Checks and records, answers ACCEPTED (or DUPLICATE for a key it has). */
        NORMAL,
        /** HTTP 503 before reading anything, as a server that is down. */
        UNAVAILABLE,
        /** Waits {@code delay.millis} before processing (beyond the hub's timeout), then records and answers. */
        SLOW,
        /** Records, then holds the reply for {@code delay.millis} (a reply lost to a crash of the sender). */
        HOLD,
        /** Records, then drops the connection in the middle of the reply. */
        DROP,
        /** Records, and answers every record as DUPLICATE with its receipt (duplicate receipts). */
        DUPLICATE,
        /** Refuses every record (拒收) with a validation reason. */
        REJECT
    }

    /** One record kept per business key. */
    record Received(String businessKey, String operation, long publicationId, int version, String fieldSet,
            String receiptId, Instant receivedAt) {
    }

    Mode mode();

    /** Switches the mode (and the delay of SLOW and HOLD). */
    void switchTo(Mode mode, long delayMillis);

    /** What it recorded, oldest first (at most one per business key). */
    List<Received> records();

    /** How many records it keeps under the key (0 or 1: the receiver is idempotent by business key). */
    int recordCount(String businessKey);

    /** How many calls carrying the key reached it (past the HTTP layer), whatever it answered. */
    int callCount(String businessKey);

    /** Every business key that reached it, with its number of calls, in order of the first call. */
    java.util.Map<String, Integer> callCounts();
}
