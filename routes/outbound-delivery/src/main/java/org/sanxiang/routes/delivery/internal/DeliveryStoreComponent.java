package org.sanxiang.routes.delivery.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanxiang.api.outbound.OutboundMessage;
import org.sanxiang.routes.delivery.DeliveryStore;
import org.sanxiang.routes.delivery.OutboundEntry;

/**
 * The one {@link DeliveryStore} of the hub on {@code jdbc/sanxiang}: migrates the {@code sx_dlv_*} tables at
 * start (module "delivery") and serves every channel.
 */
@Component(service = DeliveryStore.class, immediate = true)
public class DeliveryStoreComponent implements DeliveryStore {

    private final DeliveryStoreService delegate;

    @Activate
    public DeliveryStoreComponent(@Reference(target = "(osgi.jndi.service.name=jdbc/sanxiang)") DataSource dataSource)
            throws SQLException {
        this.delegate = new DeliveryStoreService(DeliveryStoreService.open(dataSource), Clock.systemUTC());
    }

    @Override
    public long position(String channel) {
        return delegate.position(channel);
    }

    @Override
    public void enqueued(String channel, OutboundEntry entry) {
        delegate.enqueued(channel, entry);
    }

    @Override
    public void ensure(String channel, OutboundEntry entry) {
        delegate.ensure(channel, entry);
    }

    @Override
    public Optional<StoredAnswer> answer(String channel, String businessKey) {
        return delegate.answer(channel, businessKey);
    }

    @Override
    public Optional<String> earlierOpen(String channel, String group, long sourceId) {
        return delegate.earlierOpen(channel, group, sourceId);
    }

    @Override
    public boolean answered(String channel, String businessKey, String status, String receipt, String reason) {
        return delegate.answered(channel, businessKey, status, receipt, reason);
    }

    @Override
    public void retrying(String channel, String businessKey, int attempts, String error, Instant next) {
        delegate.retrying(channel, businessKey, attempts, error, next);
    }

    @Override
    public void dead(String channel, String businessKey, int attempts, String error) {
        delegate.dead(channel, businessKey, attempts, error);
    }

    @Override
    public int nextReplay(String channel, String businessKey) {
        return delegate.nextReplay(channel, businessKey);
    }

    @Override
    public void replayed(String channel, String businessKey, int replay) {
        delegate.replayed(channel, businessKey, replay);
    }

    @Override
    public List<OutboundMessage> recent(String channel, String status, int limit) {
        return delegate.recent(channel, status, limit);
    }

    @Override
    public List<OutboundMessage> deadLetters(String channel, int limit) {
        return delegate.deadLetters(channel, limit);
    }

    @Override
    public List<String> channels() {
        return delegate.channels();
    }

    @Override
    public Summary summary(String channel) {
        return delegate.summary(channel);
    }
}
