package org.sanxiang.routes.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.contracts.supervision.v1.DeliverResponse;
import org.sanxiang.contracts.supervision.v1.Rejection_Exception;
import org.sanxiang.routes.supervision.SupervisionMapper.DeliveryRow;
import org.sanxiang.routes.supervision.SupervisionMapper.ReceiptRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The delivery bookkeeping of the supervision adapter: the outbox position and the office's answers. */
public final class DeliveryLedger {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLedger.class);

    private final ModuleStore store;
    private final Clock clock = Clock.systemUTC();

    public DeliveryLedger(ModuleStore store) {
        this.store = store;
    }

    public long position(String queue) {
        Long p = read(m -> m.position(queue));
        return p == null ? 0 : p;
    }

    public void advance(String queue, long lastId) {
        tx(m -> {
            if (m.position(queue) == null) {
                m.insertPosition(queue, lastId, now());
            } else {
                m.updatePosition(queue, lastId, now());
            }
            return null;
        });
    }

    /** Whether the office has answered this message already (accepted, duplicate or rejected). */
    public boolean delivered(String businessKey, int version) {
        boolean done = read(m -> m.findReceipt(businessKey, version)) != null;
        if (done) {
            LOG.info("Supervision message {} v{} already answered: not sent again", businessKey, version);
        }
        return done;
    }

    public void receipt(String businessKey, int version, Object[] answer) {
        DeliverResponse r = (DeliverResponse) answer[0];
        store(businessKey, version, r.getStatus(), r.getReceiptId(), null);
        LOG.info("Supervision office {} {} v{}: receipt {}", r.getStatus(), businessKey, version, r.getReceiptId());
    }

    public void rejected(String businessKey, int version, Rejection_Exception e) {
        String reason = e.getFaultInfo() == null ? e.getMessage()
                : e.getFaultInfo().getCode() + ": " + e.getFaultInfo().getReason();
        store(businessKey, version, "REJECTED", null, reason);
        LOG.warn("Supervision office REJECTED {} v{}: {} (not retried)", businessKey, version, reason);
    }

    /** The office's answer for a message, or null while none. */
    public ReceiptRow answer(String businessKey, int version) {
        return read(m -> m.findReceipt(businessKey, version));
    }

    public List<DeliveryRow> recent(int limit) {
        return read(m -> m.recent(Math.max(1, Math.min(limit, 1000))));
    }

    private void store(String businessKey, int version, String status, String receiptId, String reason) {
        ReceiptRow row = new ReceiptRow();
        row.businessKey = businessKey;
        row.version = version;
        row.status = status;
        row.receiptId = receiptId;
        row.reason = reason == null ? null : reason.substring(0, Math.min(1000, reason.length()));
        row.answeredAt = now();
        try {
            tx(m -> m.insertReceipt(row));
        } catch (RuntimeException ex) {
            if (!ModuleStore.isConstraintViolation(ex)) {
                throw ex;
            }
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private <T> T tx(Function<SupervisionMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(SupervisionMapper.class)));
    }

    private <T> T read(Function<SupervisionMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(SupervisionMapper.class)));
    }
}
