package org.sanxiang.routes.supervision;

import java.sql.SQLException;
import javax.jms.ConnectionFactory;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.routes.delivery.DeliveryChannel;
import org.sanxiang.routes.delivery.DeliveryRoutes;
import org.sanxiang.routes.delivery.DeliverySettings;
import org.sanxiang.routes.delivery.DeliveryStore;

/**
 * The supervision office adapter (市政府行政执法监督科), assembled in one place so that its two flows can be read
 * in Java:
 *
 * <ul>
 *   <li>out: the domain's events (case stages, register changes, deadline, review and recording alerts, ledger
 *       checkpoints, the annual report) go into the adapter's outbox ({@link SupervisionOutbox}, table
 *       {@code sx_sup_message}, fed by the listeners it registers and by {@link SupervisionOutboxRoutes}' timers);
 *       the shared outbound delivery ({@link DeliveryRoutes}, channel {@code supervision}) takes them to the office's
 *       Deliver operation ({@link OfficeReceiver}) exactly once, with retries, dead letters and replay
 *       ({@link DeliveryChannel}); {@link SupervisionChannel} is what the console and the domain ask of it;</li>
 *   <li>in: the office's queries (case trail, access log, ledger proofs) through the one inbound pattern
 *       ({@link SupervisionQueryRoutes} → {@link SupervisionQueries}).</li>
 * </ul>
 *
 * The Blueprint file only hands over the services, the settings and the security beans the endpoints name.
 */
public final class SupervisionAdapter {

    private final SupervisionOutbox outbox;
    private final SupervisionChannel channel;
    private final DeliveryChannel deliveryChannel;
    private final DeliveryRoutes deliveryRoutes;
    private final SupervisionOutboxRoutes outboxRoutes;
    private final SupervisionQueryRoutes queryRoutes;

    public SupervisionAdapter(BundleContext context, DataSource dataSource, ConnectionFactory connectionFactory,
                              DeliveryStore deliveries, DeliverySettings settings, Ledger ledger, CaseRecords cases,
                              AccessLog accessLog, String officeUrl, String bureau) throws SQLException {
        this.outbox = new SupervisionOutbox(SupervisionOutbox.openStore(dataSource), ledger, bureau);
        // the statistics, the legal review and the records' recording watch are optional: looked up at each use
        this.channel = new SupervisionChannel(outbox, settings, deliveries, new StatisticsReportSource(context));
        this.deliveryChannel = new DeliveryChannel(settings, deliveries, connectionFactory);
        this.deliveryRoutes = new DeliveryRoutes(settings, deliveries, outbox, new OfficeReceiver(officeUrl));
        this.outboxRoutes = new SupervisionOutboxRoutes(outbox, channel, new ReviewAlertForwarder(context, outbox),
                new RecordingAlertForwarder(context, outbox));
        this.queryRoutes = new SupervisionQueryRoutes(new SupervisionQueries(cases, accessLog, ledger));
    }

    /** The outbox, registered as the domain's event listeners. */
    public SupervisionOutbox outbox() {
        return outbox;
    }

    /** {@code SupervisionReporting}: checkpoints, the annual report, the channel's state. */
    public SupervisionChannel channel() {
        return channel;
    }

    /** {@code OutboundChannel} {@code supervision}: what was delivered, dead letters, replay. */
    public DeliveryChannel deliveryChannel() {
        return deliveryChannel;
    }

    public DeliveryRoutes deliveryRoutes() {
        return deliveryRoutes;
    }

    public SupervisionOutboxRoutes outboxRoutes() {
        return outboxRoutes;
    }

    public SupervisionQueryRoutes queryRoutes() {
        return queryRoutes;
    }
}
