package org.sanxiang.ingest.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.sanxiang.store.support.ConfigValues;

/**
 * The effective configuration of PID {@value IngestComponent#PID}: the registered devices, the mapping from device
 * officer numbers to 执法证号, the alert bounds and the quarantine folder. Malformed values fail the start with a
 * message naming the key.
 */
record IngestSettings(Set<String> devices, Map<String, String> officerMap, Duration maxClockDrift,
                      Duration maxUploadDelay, ZoneId zone, int metadataMaxBytes, Path quarantineDir) {

    IngestSettings {
        devices = Set.copyOf(devices);
        officerMap = Map.copyOf(officerMap);
    }

    static IngestSettings of(IngestConfig c) {
        return parse(c.devices(), c.officer_map(), c.clock_drift_max_seconds(), c.upload_max_delay_hours(), c.zone(),
                c.metadata_max_bytes(), c.quarantine_dir());
    }

    /** From the strings of the configuration. */
    static IngestSettings parse(String devices, String officerMap, String maxClockDriftSeconds,
                                String maxUploadDelayHours, String zone, String metadataMaxBytes,
                                String quarantineDir) {
        String pid = IngestComponent.PID;
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : ConfigValues.list(officerMap, ",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("officer.map: expected <device officer number>=<执法证号>, got "
                        + pair + " (" + pid + ")");
            }
            map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return new IngestSettings(new LinkedHashSet<>(ConfigValues.list(devices, ",")), map,
                Duration.ofSeconds(ConfigValues.positive(pid, "clock.drift.max.seconds", maxClockDriftSeconds)),
                Duration.ofHours(ConfigValues.positive(pid, "upload.max.delay.hours", maxUploadDelayHours)),
                ZoneId.of(ConfigValues.required(pid, "zone", zone)),
                (int) ConfigValues.positive(pid, "metadata.max.bytes", metadataMaxBytes),
                ConfigValues.path(pid, "quarantine.dir", quarantineDir).toAbsolutePath().normalize());
    }
}
