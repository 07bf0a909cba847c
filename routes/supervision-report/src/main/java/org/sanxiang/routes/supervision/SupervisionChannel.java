package org.sanxiang.routes.supervision;

import java.util.List;
import java.util.Optional;
import org.sanxiang.api.supervision.SupervisionReporting;
import org.sanxiang.routes.delivery.DeliverySettings;
import org.sanxiang.routes.delivery.DeliveryStore;
import org.sanxiang.routes.supervision.SupervisionMapper.CheckpointRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervision office adapter as the console and the tests see it ({@link SupervisionReporting}):
 * checkpoints with the office's answers, and the annual report on demand or when due. Messages, dead letters
 * and replay are the shared delivery channel's ({@link org.sanxiang.routes.delivery.DeliveryChannel},
 * {@code sanxiang:outbox-list -c supervision}, {@code sanxiang:dlq-list -c supervision},
 * {@code sanxiang:dlq-replay -c supervision}).
 */
public final class SupervisionChannel implements SupervisionReporting {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionChannel.class);

    private final SupervisionOutbox outbox;
    private final DeliverySettings settings;
    private final DeliveryStore deliveries;
    private final AnnualReportSource reports;

    /** Where the annual report XML of a year comes from (the statistics module, when installed). */
    @FunctionalInterface
    public interface AnnualReportSource {
        String xml(int year, String actor);
    }

    public SupervisionChannel(SupervisionOutbox outbox, DeliverySettings settings, DeliveryStore deliveries,
                              AnnualReportSource reports) {
        this.outbox = outbox;
        this.settings = settings;
        this.deliveries = deliveries;
        this.reports = reports;
    }

    @Override
    public Optional<Checkpoint> checkpointNow() {
        return outbox.checkpoint().map(this::toCheckpoint);
    }

    @Override
    public List<Checkpoint> checkpoints(int limit) {
        return outbox.checkpoints(Math.max(1, Math.min(limit, 1000))).stream().map(this::toCheckpoint).toList();
    }

    @Override
    public String sendAnnualReport(int year, String actor) {
        var row = outbox.annualReport(year, reports.xml(year, actor));
        return row.businessKey + " v" + row.version;
    }

    /**
     * Queues the previous year's report once the configured day of the year ({@code MM-dd}, default 01-20:
     * R-D2, before 20 January) has come, unless it was queued before. Returns whether it queued one.
     */
    public boolean sendAnnualReportIfDue(java.time.LocalDate today, String reportDay) {
        java.time.MonthDay day = java.time.MonthDay.parse("--" + reportDay);
        int year = today.getYear() - 1;
        if (java.time.MonthDay.from(today).isBefore(day) || outbox.annualReportQueued(year)) {
            return false;
        }
        try {
            String sent = sendAnnualReport(year, "system");
            LOG.info("Annual statistics report {} queued for the supervision office ({})", year, sent);
            return true;
        } catch (IllegalStateException e) {
            LOG.warn("Annual statistics report {} is due for the supervision office but cannot be made: {}", year,
                    e.getMessage());
            return false;
        }
    }

    private Checkpoint toCheckpoint(CheckpointRow r) {
        var answer = deliveries.answer(settings.channel(), SupervisionOutbox.deliveryKey(r.businessKey, 1));
        return new Checkpoint(r.treeSize, r.rootHash, SupervisionOutbox.instant(r.signedAt), r.previousSize,
                r.businessKey, answer.map(DeliveryStore.StoredAnswer::status).orElse(null),
                answer.map(DeliveryStore.StoredAnswer::reason).orElse(null));
    }
}
