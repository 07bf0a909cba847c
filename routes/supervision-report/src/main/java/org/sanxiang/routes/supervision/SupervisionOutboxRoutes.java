package org.sanxiang.routes.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import org.sanxiang.routes.common.SanxiangRoutes;

/**
 * The timers that put messages into the supervision outbox (delivery itself is the shared outbound-delivery
 * machinery's, channel {@code supervision}):
 * <ul>
 * <li>{@code supervision.checkpoint}: signs the ledger's head and queues it as a checkpoint (daily by
 * default);</li>
 * <li>{@code supervision.annual-report}: queues the previous year's annual statistics report once its day has
 * come;</li>
 * <li>{@code supervision.review-alerts}: forwards the legal review's deadline alerts (overdue, near the
 * deadline) as deadline alerts, once per request, kind and day; on the same timer the expected-recording watch is
 * scanned and its alerts (音像记录未按时上传) and their clearing are queued.</li>
 * </ul>
 */
public final class SupervisionOutboxRoutes extends SanxiangRoutes {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SupervisionOutbox outbox;
    private final SupervisionChannel channel;
    private final ReviewAlertForwarder reviewAlerts;
    private final RecordingAlertForwarder recordingAlerts;

    public SupervisionOutboxRoutes(SupervisionOutbox outbox, SupervisionChannel channel,
                                   ReviewAlertForwarder reviewAlerts, RecordingAlertForwarder recordingAlerts) {
        this.outbox = outbox;
        this.channel = channel;
        this.reviewAlerts = reviewAlerts;
        this.recordingAlerts = recordingAlerts;
    }

    @Override
    protected void routes() {
        from("timer:supervision-checkpoint?delay={{checkpoint.first.delay.millis}}&period={{checkpoint.interval.millis}}")
                .routeId("supervision.checkpoint")
                .process(e -> outbox.checkpoint()).id("supervision.checkpoint.sign");

        from("timer:supervision-annual-report?delay=60000&period=3600000")
                .routeId("supervision.annual-report")
                .process(e -> channel.sendAnnualReportIfDue(LocalDate.now(ZONE),
                        e.getContext().resolvePropertyPlaceholders("{{report.date}}")))
                .id("supervision.annual-report.due");

        from("timer:supervision-review-alerts?delay={{review.alert.first.delay.millis}}"
                + "&period={{review.alert.poll.millis}}")
                .routeId("supervision.review-alerts")
                .process(e -> reviewAlerts.forward(LocalDate.now(ZONE))).id("supervision.review-alerts.forward")
                .process(e -> recordingAlerts.forward(java.time.Instant.now()))
                .id("supervision.recording-alerts.forward");
    }
}
