package org.sanxiang.api.ingest;

import java.time.Instant;
import java.util.List;

/**
 * A recording taken in (已接入音像记录): the stored object ({@code sha256}), the case, activity and officer it
 * is linked to, the device that recorded it, when it was captured and received, and the alerts raised
 * ({@code LATE_UPLOAD} 超过24小时上传, {@code CLOCK_DRIFT} 设备时钟偏差).
 */
public record IngestedMedia(long id, String sha256, long size, String caseNumber, String activity,
                            String officerId, String deviceSerial, String stationFileId, String fileName,
                            Instant capturedAt, Instant receivedAt, boolean important, String channel,
                            int deliveries, List<String> alerts) {

    public IngestedMedia {
        alerts = List.copyOf(alerts);
    }
}
