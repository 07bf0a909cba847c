package org.sanxiang.api.records;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The expected-recording watch (音像记录到达监控, R-R3, R-R4): a case in a stage whose activities the
 * 音像记录事项清单 requires a recording of is expected to have that recording linked within the upload time limit
 * ({@link #delay()}) of entering the stage; when it has not, an alert is raised once, kept, and cleared when the
 * recording is linked.
 */
@ProviderType
public interface RecordingWatch {

    /**
     * Raises an alert for each expected recording overdue at {@code asOf} that has none yet, and clears the open
     * alerts whose recording has arrived or whose case has left the stage. Returns the alerts raised by this scan.
     */
    List<RecordingAlert> scan(Instant asOf);

    /** The alerts, newest first: only the open ones, or all. */
    List<RecordingAlert> alerts(boolean openOnly, int limit);

    /** The upload time limit the watch applies (the recorder's {@code upload.max.delay.hours} by default). */
    Duration delay();
}
