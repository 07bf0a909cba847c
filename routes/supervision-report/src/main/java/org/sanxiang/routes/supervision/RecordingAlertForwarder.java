package org.sanxiang.routes.supervision;

import java.time.Instant;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.sanxiang.api.records.RecordingAlert;
import org.sanxiang.api.records.RecordingWatch;
import org.sanxiang.routes.common.OptionalService;
import org.sanxiang.routes.common.ServiceAtUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The expected-recording watch's alerts (音像记录未按时上传) forwarded to the supervision office as deadline
 * alerts of subject {@code RECORDING}: each scan of the records module's {@link RecordingWatch} raises what is due,
 * then every alert goes into the outbox once when raised (level {@code BREACH}) and once when cleared (level
 * {@code CLEARED}); the outbox keeps the first of each business key and version, so a repeated scan adds nothing.
 */
public final class RecordingAlertForwarder {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingAlertForwarder.class);
    /** The newest alerts looked at per scan (open and recently cleared). */
    static final int WINDOW = 500;

    private final OptionalService<RecordingWatch> watch;
    private final SupervisionOutbox outbox;

    /** The watch looked up in the registry at each use (the records module may be restarting). */
    public RecordingAlertForwarder(BundleContext context, SupervisionOutbox outbox) {
        this(new ServiceAtUse<>(context, RecordingWatch.class), outbox);
    }

    RecordingAlertForwarder(OptionalService<RecordingWatch> watch, SupervisionOutbox outbox) {
        this.watch = watch;
        this.outbox = outbox;
    }

    /** Scans as of {@code now} and queues what changed; returns how many alerts the scan raised. */
    public int forward(Instant now) {
        List<RecordingAlert> alerts = watch.apply(w -> {
            int raised = w.scan(now).size();
            if (raised > 0) {
                LOG.info("{} recording alert(s) raised (音像记录未按时上传)", raised);
            }
            return w.alerts(false, WINDOW);
        }).orElse(null);
        if (alerts == null) {
            LOG.debug("Records (sanxiang-records) not running: no recording alerts for the supervision office");
            return 0;
        }
        int queued = 0;
        for (RecordingAlert a : alerts) {
            outbox.recordingAlert(a);
            queued++;
        }
        return queued;
    }
}
