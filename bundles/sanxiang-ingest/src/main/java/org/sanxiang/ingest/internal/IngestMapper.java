package org.sanxiang.ingest.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements of the ingest tables ({@code IngestMapper.xml}, tables {@code sx_ing_*}). */
public interface IngestMapper {

    /** {@code sx_ing_media}: one distinct recording taken in. */
    final class MediaRow {
        public Long id;
        public String sha256;
        public long sizeBytes;
        public String md5;
        public String caseNumber;
        public String activity;
        public boolean fullProcess;
        public String officerId;
        public String deviceSerial;
        public String deviceOfficerNo;
        public String stationFileId;
        public String fileName;
        public LocalDateTime capturedStart;
        public LocalDateTime capturedEnd;
        public boolean important;
        public String gps;
        public String alerts;
        public String state;
        public Long linkId;
        public Long holdId;
        public String channel;
        public LocalDateTime receivedAt;
        public LocalDateTime linkedAt;
        public int deliveries;
    }

    /** {@code sx_ing_delivery}: one delivery attempt and what became of it. */
    final class DeliveryRow {
        public Long id;
        public String channel;
        public String sourceName;
        public LocalDateTime receivedAt;
        public String outcome;
        public String sha256;
        public Long mediaId;
        public Long quarantineId;
    }

    /** {@code sx_ing_quarantine}: a delivery held with its reason. */
    final class QuarantineRow {
        public Long id;
        public String channel;
        public String sourceName;
        public String reasonCode;
        public String reason;
        public String deviceSerial;
        public String caseNumber;
        public String folder;
        public LocalDateTime receivedAt;
        public String status;
        public String releasedBy;
        public LocalDateTime releasedAt;
        public String sha256;
    }

    /** {@code sx_ing_inflight}: a delivery being taken in. */
    final class InFlightRow {
        public Long id;
        public String channel;
        public String sourceName;
        public long declaredSize;
        public LocalDateTime startedAt;
    }

    int insertMedia(MediaRow row);

    MediaRow findMedia(@Param("sha256") String sha256);

    MediaRow findMediaByStation(@Param("deviceSerial") String deviceSerial, @Param("stationFileId") String stationFileId);

    int markLinked(@Param("id") long id, @Param("linkId") long linkId, @Param("linkedAt") LocalDateTime linkedAt);

    int setHold(@Param("id") long id, @Param("holdId") long holdId);

    List<MediaRow> recentMedia(@Param("limit") int limit);

    int countMedia(@Param("sha256") String sha256);

    int insertDelivery(DeliveryRow row);

    int insertQuarantine(QuarantineRow row);

    int setQuarantineFolder(@Param("id") long id, @Param("folder") String folder);

    QuarantineRow findQuarantine(@Param("id") long id);

    List<QuarantineRow> quarantine(@Param("all") boolean all, @Param("limit") int limit);

    int updateQuarantineReason(@Param("id") long id, @Param("reasonCode") String reasonCode, @Param("reason") String reason);

    int releaseQuarantine(@Param("id") long id, @Param("releasedBy") String releasedBy,
                          @Param("releasedAt") LocalDateTime releasedAt, @Param("sha256") String sha256);

    int insertInFlight(InFlightRow row);

    int deleteInFlight(@Param("id") long id);

    List<InFlightRow> inFlight();
}
