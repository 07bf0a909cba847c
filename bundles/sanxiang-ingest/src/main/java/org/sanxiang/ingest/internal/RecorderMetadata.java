package org.sanxiang.ingest.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import org.sanxiang.api.records.Activity;

/**
 * The metadata a docking station delivers with one media file (音像记录元数据), as read from a sidecar of
 * schema {@code urn:sanxiang:recorder-metadata:v1} ({@code recorder-metadata-v1.xsd}).
 */
record RecorderMetadata(String deviceSerial, String deviceOfficerNumber, String officerName, String unit,
                        LocalDateTime startLocal, Instant startUtc, LocalDateTime endLocal, Instant endUtc,
                        String fileName, String fileType, long fileSize, String stationFileId, String stationMd5,
                        String caseNumber, Activity activity, boolean fullProcess, boolean important,
                        String resolution, String gps, Instant deviceClock, Instant stationClock) {
}
