package org.sanxiang.simulator.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The supervision office simulator as the tests and the demo see it: what it received, what it made of
 * each ledger checkpoint, and its failure mode. Registered as an OSGi service by the simulator bundle.
 */
public interface SupervisionOffice {

    /** How the simulated office answers. */
    enum Mode {
        /** Accepts valid messages, answers DUPLICATE for a repeated business key + version. */
        NORMAL,
        /** Answers every call with HTTP 503 (服务不可用) before reading it. */
        UNAVAILABLE,
        /** Waits the configured delay before answering (beyond a client's timeout when set so). */
        SLOW,
        /** Rejects every message (拒收) with a validation reason: not to be retried unchanged. */
        REJECT
    }

    /** A message the office accepted (once per business key + version). */
    record Received(String businessKey, int version, String kind, String summary, String receiptId,
                    Instant receivedAt) {
    }

    /** What the office made of a ledger checkpoint. */
    record CheckpointCheck(long treeSize, String rootHash, long previousTreeSize, boolean signatureValid,
                           boolean consistent, String problem, Instant checkedAt) {
    }

    /** Accepted messages, in arrival order. */
    List<Received> received();

    /** How many times the message was delivered, duplicates included (0 when never). */
    int deliveries(String businessKey, int version);

    /** Every checkpoint checked, accepted or flagged, in arrival order. */
    List<CheckpointCheck> checkpoints();

    /** The annual report XML received for {@code year}, if any. */
    Optional<String> annualReport(int year);

    Mode mode();

    /** Switches the failure mode; {@code delayMillis} is the wait in {@link Mode#SLOW}. */
    void mode(Mode mode, long delayMillis);

    /** Forgets everything received (the demo's "new office"). */
    void reset();
}
