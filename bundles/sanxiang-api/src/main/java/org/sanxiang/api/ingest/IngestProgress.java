package org.sanxiang.api.ingest;

import java.time.Instant;

/** A delivery being taken in (接入进度): bytes read so far of the size the station declared. */
public record IngestProgress(String channel, String sourceName, long bytesRead, long declaredSize,
                             Instant startedAt) {

    /** Percent done, 0..100 (0 when the size is unknown). */
    public int percent() {
        return declaredSize <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / declaredSize);
    }
}
