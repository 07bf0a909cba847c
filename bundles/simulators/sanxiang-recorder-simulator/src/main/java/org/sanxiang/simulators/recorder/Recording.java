package org.sanxiang.simulators.recorder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The metadata sidecar a docking station writes for one media file ({@code urn:sanxiang:recorder-metadata:v1}).
 * Every field can be set, including to values a real station should never send, so that bad deliveries can be
 * produced on purpose. Local times are China Standard Time.
 */
public final class Recording {

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");

    public String deviceSerial = "DSJ-CZ-0001";
    public String deviceOfficerNumber = "100234";
    public String officerName = "王建国";
    public String unit = "长治市自然资源局执法监察支队";
    public Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    public Instant end = start.plus(10, ChronoUnit.MINUTES);
    /** When set, the local start time written (otherwise the true local time of {@link #start}). */
    public LocalDateTime startLocalOverride;
    public String fileName = "DSJ0001_20261120_0900.mp4";
    public String fileType = "video/mp4";
    public long fileSize;
    public String stationFileId = "ST01-000001";
    public String stationMd5;
    public String caseNumber;
    public String activity = "现场检查";
    public Boolean fullProcess;
    public boolean important;
    public String resolution = "1920x1080";
    public String gps = "36.1954,113.1163";
    public Instant deviceClock;
    public Instant stationClock;
    /** Replaces the whole document when set (for broken XML, DTDs and the like). */
    public String rawXml;

    /**
     * A time as the metadata schema writes it, always with seconds ({@link LocalDateTime#toString()} leaves them
     * out when they are zero, which the schema refuses: one delivery in sixty was quarantined).
     */
    static String seconds(LocalDateTime t) {
        return t.format(SECONDS);
    }

    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    public Recording caseNumber(String c) {
        this.caseNumber = c;
        return this;
    }

    public Recording fileName(String n) {
        this.fileName = n;
        return this;
    }

    public Recording stationFileId(String id) {
        this.stationFileId = id;
        return this;
    }

    /** Size and MD5 of the content the station is about to deliver. */
    public Recording describe(byte[] content) {
        this.fileSize = content.length;
        this.stationMd5 = Media.md5(content);
        return this;
    }

    public byte[] xml() {
        if (rawXml != null) {
            return rawXml.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<recording xmlns=\"urn:sanxiang:recorder-metadata:v1\" schemaVersion=\"1\">\n");
        el(x, "deviceSerial", deviceSerial);
        el(x, "deviceOfficerNumber", deviceOfficerNumber);
        el(x, "officerName", officerName);
        el(x, "unit", unit);
        LocalDateTime startLocal = startLocalOverride != null ? startLocalOverride
                : LocalDateTime.ofInstant(start, CST);
        el(x, "startLocal", seconds(startLocal));
        el(x, "startUtc", seconds(LocalDateTime.ofInstant(start, ZoneOffset.UTC)) + "Z");
        el(x, "endLocal", seconds(LocalDateTime.ofInstant(end, CST)));
        el(x, "endUtc", seconds(LocalDateTime.ofInstant(end, ZoneOffset.UTC)) + "Z");
        el(x, "fileName", fileName);
        el(x, "fileType", fileType);
        el(x, "fileSize", Long.toString(fileSize));
        el(x, "stationFileId", stationFileId);
        if (stationMd5 != null) {
            el(x, "stationMd5", stationMd5);
        }
        el(x, "caseNumber", caseNumber);
        el(x, "activity", activity);
        if (fullProcess != null) {
            el(x, "fullProcess", fullProcess.toString());
        }
        el(x, "important", Boolean.toString(important));
        if (resolution != null) {
            el(x, "resolution", resolution);
        }
        if (gps != null) {
            String[] ll = gps.split(",");
            x.append("  <gps latitude=\"").append(ll[0]).append("\" longitude=\"").append(ll[1]).append("\"/>\n");
        }
        if (deviceClock != null && stationClock != null) {
            x.append("  <clockCheck>\n");
            el(x, "deviceTimeUtc", seconds(LocalDateTime.ofInstant(deviceClock, ZoneOffset.UTC)) + "Z");
            el(x, "stationTimeUtc", seconds(LocalDateTime.ofInstant(stationClock, ZoneOffset.UTC)) + "Z");
            x.append("  </clockCheck>\n");
        }
        x.append("</recording>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void el(StringBuilder x, String name, String value) {
        x.append("  <").append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
    }

    private static String escape(String v) {
        return v == null ? "" : v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
