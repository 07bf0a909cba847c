package org.sanxiang.api.records;

import java.time.Instant;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The background integrity verification (定期完整性核验, R-R2, R-R5): on a schedule, and when an operator asks, the
 * ledger is verified entry by entry and every stored document and recording is re-hashed against the SHA-256 it
 * was stored and ledgered under. One verification runs at a time; its progress is visible while it runs and the
 * last result until the next one ends. A run that finds a change is logged at ERROR and turns the
 * {@code integrity} health check DOWN until a later run finds everything intact.
 */
@ProviderType
public interface IntegrityWatch {

    /**
     * Starts a verification now, in the background: all stored files, or with {@code quick} the configured
     * sample. Returns false (and starts nothing) when one is already running.
     */
    boolean start(boolean quick, String actor);

    /** The verification running now, with its progress. */
    Optional<IntegrityRun> running();

    /** The last verification that finished (since this module started). */
    Optional<IntegrityRun> last();

    /** When the next scheduled verification starts, or empty when the schedule is off. */
    Optional<Instant> nextScheduled();
}
