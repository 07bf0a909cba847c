package org.sanxiang.api.ingest;

import java.util.List;

/**
 * The recorder ingest (音像记录接入) as ops see it: what was taken in, what is held in quarantine and why,
 * what is being taken in now. Implemented by the ingest module (sanxiang-ingest).
 */
public interface RecorderIngest {

    /** The newest media taken in (one row per distinct file), newest first. */
    List<IngestedMedia> media(int limit);

    /** Quarantined deliveries, newest first; {@code all} includes released ones. */
    List<QuarantineItem> quarantine(boolean all, int limit);

    /**
     * Takes a quarantined delivery in again after its cause was corrected (device registered, officer
     * mapping fixed, metadata corrected in the item's folder, certificate renewed). Returns the item as it
     * is afterwards: {@code RELEASED} when the media is now stored and linked, still {@code HELD} with the
     * new reason otherwise.
     *
     * @throws IllegalArgumentException with a Chinese message when there is no such held item or it has no
     *                                  media kept (the station has to deliver it again)
     */
    QuarantineItem release(long id, String actor);

    /** Deliveries being taken in at this moment (large files show their progress). */
    List<IngestProgress> inFlight();
}
