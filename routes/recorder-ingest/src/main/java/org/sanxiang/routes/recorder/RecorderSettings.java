package org.sanxiang.routes.recorder;

import java.nio.file.Path;
import java.util.List;
import org.sanxiang.store.support.ConfigValues;

/**
 * The effective configuration of PID {@value #PID} ({@code etc/org.sanxiang.recorder.cfg}): the channels of the
 * docking stations — the drop directory, the FTP stations to poll, the work folder. What a delivery must satisfy
 * (registered devices, officer mapping, alert bounds) is the ingest module's ({@code org.sanxiang.ingest}).
 * Malformed values fail the start with a message naming the key.
 */
public record RecorderSettings(Path dropDir, long dropPollMillis, Path workDir, List<String> ftpEndpoints,
                               long ftpPollMillis) {

    static final String PID = "org.sanxiang.recorder";

    public RecorderSettings {
        ftpEndpoints = List.copyOf(ftpEndpoints);
    }

    /** From the strings of the configuration (as Blueprint's placeholders hand them over). */
    public static RecorderSettings parse(String dropDir, String dropPollMillis, String workDir, String ftpEndpoints,
                                         String ftpPollMillis) {
        return new RecorderSettings(ConfigValues.path(PID, "drop.dir", dropDir).toAbsolutePath().normalize(),
                ConfigValues.positive(PID, "drop.poll.millis", dropPollMillis),
                ConfigValues.path(PID, "work.dir", workDir).toAbsolutePath().normalize(),
                ConfigValues.list(ftpEndpoints, ";"), ConfigValues.positive(PID, "ftp.poll.millis", ftpPollMillis));
    }

    Path ftpWorkDir() {
        return workDir.resolve("ftp-work");
    }
}
