package org.sanxiang.api.supervision;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** What ops can ask of the supervision office adapter besides its automatic deliveries. */
@ProviderType
public interface SupervisionReporting {

    /** A ledger checkpoint queued for the office. */
    record Checkpoint(long treeSize, String rootHash, java.time.Instant signedAt, Long previousTreeSize,
                      String businessKey, String status, String reason) {
    }

    /**
     * Signs the record ledger's head now and queues it as a checkpoint with the consistency proof from the
     * previous one; empty when the ledger has not changed since the last checkpoint.
     */
    Optional<Checkpoint> checkpointNow();

    /** The newest checkpoints with the office's answer. */
    List<Checkpoint> checkpoints(int limit);

    /**
     * Queues the annual statistics report of {@code year} (行政执法统计年报) for the office, as a new version
     * when it was sent before; returns its business key and version.
     */
    String sendAnnualReport(int year, String actor);
}
