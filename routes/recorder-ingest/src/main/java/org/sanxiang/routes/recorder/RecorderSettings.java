package org.sanxiang.routes.recorder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effective configuration of PID {@code org.sanxiang.recorder} ({@code etc/org.sanxiang.recorder.cfg}):
 * directories, the registered devices, the mapping from device officer numbers to 执法证号, the alert bounds
 * and the FTP stations to poll. Malformed values fail the start with a message naming the key.
 */
public record RecorderSettings(Path dropDir, long dropPollMillis, Path workDir, Set<String> devices,
                        Map<String, String> officerMap, Duration maxClockDrift, Duration maxUploadDelay,
                        ZoneId zone, List<String> ftpEndpoints, long ftpPollMillis, int metadataMaxBytes) {

    public RecorderSettings {
        devices = Set.copyOf(devices);
        officerMap = Map.copyOf(officerMap);
        ftpEndpoints = List.copyOf(ftpEndpoints);
    }

    /** From the strings of the configuration (as Blueprint's placeholders hand them over). */
    public static RecorderSettings parse(String dropDir, String dropPollMillis, String workDir, String devices,
                                  String officerMap, String maxClockDriftSeconds, String maxUploadDelayHours,
                                  String zone, String ftpEndpoints, String ftpPollMillis, String metadataMaxBytes) {
        Set<String> deviceSet = new LinkedHashSet<>();
        for (String d : split(devices, ",")) {
            deviceSet.add(d);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : split(officerMap, ",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("officer.map: expected <device officer number>=<执法证号>, got " + pair);
            }
            map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return new RecorderSettings(Path.of(required("drop.dir", dropDir)).toAbsolutePath().normalize(),
                positive("drop.poll.millis", dropPollMillis),
                Path.of(required("work.dir", workDir)).toAbsolutePath().normalize(), deviceSet, map,
                Duration.ofSeconds(positive("clock.drift.max.seconds", maxClockDriftSeconds)),
                Duration.ofHours(positive("upload.max.delay.hours", maxUploadDelayHours)),
                ZoneId.of(required("zone", zone)), split(ftpEndpoints, ";"),
                positive("ftp.poll.millis", ftpPollMillis), (int) positive("metadata.max.bytes", metadataMaxBytes));
    }

    Path quarantineDir() {
        return workDir.resolve("quarantine");
    }

    Path ftpWorkDir() {
        return workDir.resolve("ftp-work");
    }

    private static List<String> split(String value, String separator) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(separator)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String required(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must be set");
        }
        return expand(value.strip());
    }

    /** Replaces {@code ${name}} by the system property (karaf.base, karaf.data) when the configuration left it. */
    static String expand(String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}").matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = System.getProperty(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("unknown property ${" + m.group(1) + "} in " + value);
            }
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static long positive(String key, String value) {
        try {
            long v = Long.parseLong(required(key, value));
            if (v <= 0) {
                throw new IllegalArgumentException(key + " must be positive: " + value);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number: " + value, e);
        }
    }
}
