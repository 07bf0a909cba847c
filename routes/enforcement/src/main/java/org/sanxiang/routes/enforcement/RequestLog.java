package org.sanxiang.routes.enforcement;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.routes.enforcement.RequestMapper.RequestRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes callers made, by client and request id (幂等登记, table {@code sx_enf_request}, module
 * {@code enforcement}): a write is registered PENDING before it runs and DONE with its answer after; the same
 * request again is answered from here. A refused or failed write is released, so that a retry is evaluated anew.
 * A PENDING row older than the lease (a write cut off by a crash) is taken over by the next retry.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    /** What {@link #begin} found. */
    public enum Kind {
        /** registered now: perform the write */
        NEW,
        /** done before with the same content: answer {@link Start#answerXml()} again */
        REPLAY,
        /** the request id was used for other content (or another operation) */
        CONFLICT,
        /** the same request is being performed right now */
        IN_PROGRESS
    }

    /** The outcome of {@link #begin}. */
    public record Start(Kind kind, String answerXml, String firstOperation) {
    }

    private final ModuleStore store;
    private final Duration lease;
    private final Clock clock;

    public RequestLog(DataSource dataSource, Duration lease) throws SQLException {
        this(ModuleStore.open(dataSource, "enforcement", RequestLog.class.getClassLoader(),
                List.of("org/sanxiang/routes/enforcement/RequestMapper.xml")), lease, Clock.systemUTC());
    }

    RequestLog(ModuleStore store, Duration lease, Clock clock) {
        this.store = store;
        this.lease = lease;
        this.clock = clock;
    }

    /** Registers a write before it runs, or says why it must not run. */
    public Start begin(String client, String requestId, String operation, String requestSha256) {
        for (int attempt = 0; attempt < 3; attempt++) {
            RequestRow row = new RequestRow();
            row.client = client;
            row.requestId = requestId;
            row.operation = operation;
            row.requestSha256 = requestSha256;
            row.startedAt = now();
            try {
                tx(m -> m.begin(row));
                return new Start(Kind.NEW, null, operation);
            } catch (RuntimeException e) {
                if (!ModuleStore.isConstraintViolation(e)) {
                    throw e;
                }
            }
            RequestRow first = read(m -> m.find(client, requestId));
            if (first == null) {
                continue; // released between the insert and the read: register again
            }
            if (!first.operation.equals(operation) || !first.requestSha256.equals(requestSha256)) {
                return new Start(Kind.CONFLICT, null, first.operation);
            }
            if ("DONE".equals(first.state)) {
                return new Start(Kind.REPLAY, first.responseXml, first.operation);
            }
            LocalDateTime staleBefore = now().minus(lease);
            if (first.startedAt.isBefore(staleBefore)
                    && tx(m -> m.takeOver(client, requestId, staleBefore, now())) == 1) {
                LOG.warn("enforcement: request {}/{} ({}) was left unfinished since {} (cut off?); performed again",
                        client, requestId, operation, first.startedAt);
                return new Start(Kind.NEW, null, operation);
            }
            return new Start(Kind.IN_PROGRESS, null, operation);
        }
        return new Start(Kind.IN_PROGRESS, null, operation);
    }

    /** The write returned: keeps its answer for repeats. */
    public void done(String client, String requestId, String answerXml) {
        if (tx(m -> m.done(client, requestId, answerXml, now())) != 1) {
            LOG.warn("enforcement: request {}/{} was not pending when its answer was stored", client, requestId);
        }
    }

    /** The write was refused or failed: nothing of it stays, a retry is evaluated anew. */
    public void release(String client, String requestId) {
        tx(m -> m.release(client, requestId));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private <T> T tx(Function<RequestMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(RequestMapper.class)));
    }

    private <T> T read(Function<RequestMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(RequestMapper.class)));
    }
}
