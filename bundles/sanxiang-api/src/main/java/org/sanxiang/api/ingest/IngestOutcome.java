package org.sanxiang.api.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What became of one delivery, as the station is told (receipt file or HTTP answer): {@code LINKED} (stored
 * and linked now), {@code DUPLICATE} (the same content was already stored and linked; nothing changed) or
 * {@code QUARANTINED} (held with a reason).
 */
public record IngestOutcome(Status status, String sourceName, String sha256, long size, String caseNumber,
                            String reasonCode, String reason, Long quarantineId, List<String> alerts,
                            Instant receivedAt) {

    public enum Status { LINKED, DUPLICATE, QUARANTINED }

    public IngestOutcome {
        alerts = List.copyOf(alerts);
    }

    public static IngestOutcome quarantined(String sourceName, String code, String reason, long quarantineId,
                                            Instant at) {
        return new IngestOutcome(Status.QUARANTINED, sourceName, null, 0, null, code, reason, quarantineId, List.of(),
                at);
    }
}
