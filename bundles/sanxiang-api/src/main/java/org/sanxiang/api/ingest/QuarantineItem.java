package org.sanxiang.api.ingest;

import java.time.Instant;

/**
 * A delivery held in quarantine (隔离): why ({@code reasonCode} and a Chinese {@code reason}), where its
 * files are kept ({@code folder}, empty when the media could not be kept and the station must deliver it
 * again), and whether it was released.
 *
 * <p>Reason codes: {@code METADATA_INVALID}, {@code HASH_MISMATCH}, {@code TRUNCATED}, {@code SIZE_MISMATCH},
 * {@code UNKNOWN_DEVICE}, {@code UNKNOWN_OFFICER}, {@code UNSAFE_NAME}, {@code CERTIFICATE_INVALID},
 * {@code MEDIA_MISSING}, {@code LINK_REFUSED}.
 */
public record QuarantineItem(long id, String channel, String sourceName, String reasonCode, String reason,
                             String deviceSerial, String caseNumber, String folder, Instant receivedAt,
                             String status, String releasedBy, Instant releasedAt, String sha256) {

    public boolean held() {
        return "HELD".equals(status);
    }
}
