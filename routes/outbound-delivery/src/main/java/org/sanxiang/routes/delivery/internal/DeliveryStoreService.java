package org.sanxiang.routes.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.outbound.OutboundMessage;
import org.sanxiang.routes.delivery.DeliveryStore;
import org.sanxiang.routes.delivery.OutboundEntry;
import org.sanxiang.routes.delivery.internal.DeliveryMapper.MessageRow;
import org.sanxiang.routes.delivery.internal.DeliveryMapper.ReceiptRow;
import org.sanxiang.routes.delivery.internal.DeliveryMapper.ViewRow;
import org.sanxiang.store.support.ModuleStore;

/** {@link DeliveryStore} on the module store "delivery" (MyBatis, {@code #{}} parameters only). */
public final class DeliveryStoreService implements DeliveryStore {

    static final String MODULE = "delivery";
    static final List<String> MAPPERS = List.of("org/sanxiang/routes/delivery/internal/DeliveryMapper.xml");

    private final ModuleStore store;
    private final Clock clock;

    public DeliveryStoreService(ModuleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public static ModuleStore open(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        return ModuleStore.open(dataSource, MODULE, DeliveryStoreService.class.getClassLoader(), MAPPERS);
    }

    @Override
    public long position(String channel) {
        Long p = read(m -> m.position(channel));
        return p == null ? 0 : p;
    }

    @Override
    public void enqueued(String channel, OutboundEntry entry) {
        try {
            tx(m -> {
                if (m.findMessage(channel, entry.businessKey()) == null) {
                    m.insertMessage(row(channel, entry));
                }
                advance(m, channel, entry.sourceId());
                return null;
            });
        } catch (RuntimeException e) {
            if (!ModuleStore.isConstraintViolation(e)) {
                throw e;
            }
            // the consumer recorded the message first: only the position is left to advance
            tx(m -> {
                advance(m, channel, entry.sourceId());
                return null;
            });
        }
    }

    private void advance(DeliveryMapper m, String channel, long lastId) {
        if (m.position(channel) == null) {
            m.insertPosition(channel, lastId, now());
        } else {
            m.updatePosition(channel, lastId, now());
        }
    }

    @Override
    public void ensure(String channel, OutboundEntry entry) {
        if (read(m -> m.findMessage(channel, entry.businessKey())) != null) {
            return;
        }
        try {
            tx(m -> m.insertMessage(row(channel, entry)));
        } catch (RuntimeException e) {
            if (!ModuleStore.isConstraintViolation(e)) {
                throw e;
            }
        }
    }

    private MessageRow row(String channel, OutboundEntry entry) {
        MessageRow r = new MessageRow();
        r.channel = channel;
        r.businessKey = entry.businessKey();
        r.sourceId = entry.sourceId();
        r.groupKey = entry.group() == null ? entry.businessKey() : entry.group();
        r.version = entry.version();
        r.kind = entry.kind();
        r.summary = entry.summary();
        r.state = "QUEUED";
        r.createdAt = now();
        r.updatedAt = r.createdAt;
        return r;
    }

    @Override
    public Optional<StoredAnswer> answer(String channel, String businessKey) {
        ReceiptRow r = read(m -> m.findReceipt(channel, businessKey));
        return Optional.ofNullable(r).map(x -> new StoredAnswer(x.status, x.receipt, x.reason, instant(x.answeredAt)));
    }

    @Override
    public Optional<String> earlierOpen(String channel, String group, long sourceId) {
        if (group == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(read(m -> m.earlierOpen(channel, group, sourceId)));
    }

    @Override
    public boolean answered(String channel, String businessKey, String status, String receipt, String reason) {
        ReceiptRow r = new ReceiptRow();
        r.channel = channel;
        r.businessKey = businessKey;
        r.status = status;
        r.receipt = cut(receipt, 200);
        r.reason = cut(reason, 1000);
        r.answeredAt = now();
        try {
            tx(m -> m.insertReceipt(r));
            return true;
        } catch (RuntimeException e) {
            if (ModuleStore.isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void retrying(String channel, String businessKey, int attempts, String error, Instant next) {
        tx(m -> m.updateState(channel, businessKey, "RETRYING", attempts, cut(error, 1000), time(next), now()));
    }

    @Override
    public void dead(String channel, String businessKey, int attempts, String error) {
        tx(m -> m.updateState(channel, businessKey, "DEAD", attempts, cut(error, 1000), null, now()));
    }

    @Override
    public int nextReplay(String channel, String businessKey) {
        MessageRow r = read(m -> m.findMessage(channel, businessKey));
        int next = (r == null ? 0 : r.replays) + 1;
        tx(m -> m.countReplay(channel, businessKey, next, now()));
        return next;
    }

    @Override
    public void replayed(String channel, String businessKey, int replay) {
        tx(m -> m.replayed(channel, businessKey, replay, now()));
    }

    @Override
    public List<OutboundMessage> recent(String channel, String status, int limit) {
        return read(m -> m.recent(channel, status, clamp(limit))).stream().map(DeliveryStoreService::view).toList();
    }

    @Override
    public List<OutboundMessage> deadLetters(String channel, int limit) {
        return read(m -> m.deadLetters(channel, clamp(limit))).stream().map(DeliveryStoreService::view).toList();
    }

    @Override
    public List<String> channels() {
        return read(DeliveryMapper::channels);
    }

    @Override
    public Summary summary(String channel) {
        DeliveryMapper.SummaryRow r = read(m -> m.summary(channel));
        return r == null ? new Summary(0, null, 0, 0, 0) : new Summary(n(r.pending), instant(r.oldestPending),
                n(r.dead), n(r.rejected), n(r.delivered));
    }

    private static long n(Long v) {
        return v == null ? 0 : v;
    }

    private static OutboundMessage view(ViewRow r) {
        return new OutboundMessage(r.businessKey, r.version, r.kind, r.summary, instant(r.createdAt), r.status,
                r.receipt, r.reason, instant(r.answeredAt));
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, 1000));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private LocalDateTime now() {
        return time(clock.instant());
    }

    private static LocalDateTime time(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private <T> T tx(Function<DeliveryMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(DeliveryMapper.class)));
    }

    private <T> T read(Function<DeliveryMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(DeliveryMapper.class)));
    }
}
