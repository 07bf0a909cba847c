package org.sanxiang.routes.recorder;

import java.time.Instant;
import java.util.List;

/**
 * What became of one delivery, as the station is told (receipt file or HTTP answer): {@code LINKED} (stored
 * and linked now), {@code DUPLICATE} (the same content was already stored and linked; nothing changed) or
 * {@code QUARANTINED} (held with a reason).
 */
record Outcome(Status status, String sourceName, String sha256, long size, String caseNumber, String reasonCode,
               String reason, Long quarantineId, List<String> alerts, Instant receivedAt) {

    enum Status { LINKED, DUPLICATE, QUARANTINED }

    Outcome {
        alerts = List.copyOf(alerts);
    }

    static Outcome quarantined(String sourceName, String code, String reason, long quarantineId, Instant at) {
        return new Outcome(Status.QUARANTINED, sourceName, null, 0, null, code, reason, quarantineId, List.of(), at);
    }
}
