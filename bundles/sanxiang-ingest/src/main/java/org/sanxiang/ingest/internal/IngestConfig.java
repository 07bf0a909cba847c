package org.sanxiang.ingest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the acceptance of recordings, PID {@value IngestComponent#PID}: the registered devices, the
 * mapping of device officer numbers, the alert bounds and the quarantine folder. The channels that bring the
 * deliveries (drop directory, FTP, HTTP) are configured apart, in {@code org.sanxiang.recorder}.
 */
@ObjectClassDefinition(name = "Sanxiang recording intake (音像记录接入规则)",
        description = "Registered recorder devices, officer number mapping, alert bounds, quarantine folder.")
public @interface IngestConfig {

    @AttributeDefinition(name = "devices",
            description = "Registered recorder devices (device serials, comma-separated). A delivery from any other"
                    + " device is quarantined as UNKNOWN_DEVICE until the device is added here and the item released.")
    String devices() default "";

    @AttributeDefinition(name = "officer.map",
            description = "Device officer numbers mapped to the 执法证号 of the officer: <device number>=<执法证号>,"
                    + " comma-separated. A number without mapping is taken as the officer's staff number.")
    String officer_map() default "";

    @AttributeDefinition(name = "clock.drift.max.seconds",
            description = "Alert CLOCK_DRIFT when the device clock is off by more than this (seconds).")
    String clock_drift_max_seconds() default "300";

    @AttributeDefinition(name = "upload.max.delay.hours",
            description = "Alert LATE_UPLOAD when media reaches the hub later than this after the end of recording"
                    + " (hours; provincial rule: 24). The records' expected-recording watch uses it too.")
    String upload_max_delay_hours() default "24";

    @AttributeDefinition(name = "zone", description = "Time zone of the devices' local times.")
    String zone() default "Asia/Shanghai";

    @AttributeDefinition(name = "metadata.max.bytes",
            description = "Largest metadata sidecar accepted (bytes); the channels read no more.")
    String metadata_max_bytes() default "65536";

    @AttributeDefinition(name = "quarantine.dir",
            description = "Quarantine folder: <id>/ with metadata.xml, media and reason.txt of each held delivery.")
    String quarantine_dir() default "${karaf.data}/recorder/quarantine";
}
