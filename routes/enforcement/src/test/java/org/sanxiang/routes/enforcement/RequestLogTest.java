package org.sanxiang.routes.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.store.support.ModuleStore;

/** Writes once per client and request id: the first answer again, other content refused, refusals leave nothing. */
class RequestLogTest {

    private JdbcDataSource dataSource;
    private Instant now = Instant.parse("2026-12-01T02:00:00Z");
    private RequestLog log;

    @BeforeEach
    void setUp() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:enforcement-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        log = open();
    }

    private RequestLog open() throws Exception {
        ModuleStore store = ModuleStore.open(dataSource, "enforcement", RequestLog.class.getClassLoader(),
                List.of("org/sanxiang/routes/enforcement/RequestMapper.xml"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new RequestLog(store, Duration.ofMinutes(2), clock);
    }

    @Test
    void aDoneWriteIsAnsweredAgainAndOtherContentUnderItsIdIsAConflict() {
        assertEquals(RequestLog.Kind.NEW, log.begin("cs", "r-1", "FileCase", "aa").kind());
        assertEquals(RequestLog.Kind.IN_PROGRESS, log.begin("cs", "r-1", "FileCase", "aa").kind(),
                "a repeat while the first is running waits");
        String answer = "<x>" + "答".repeat(70_000) + "</x>";
        log.done("cs", "r-1", answer);
        RequestLog.Start again = log.begin("cs", "r-1", "FileCase", "aa");
        assertEquals(RequestLog.Kind.REPLAY, again.kind());
        assertEquals(answer, again.answerXml(), "a large answer (beyond 64 KB) is kept whole");
        assertEquals(RequestLog.Kind.CONFLICT, log.begin("cs", "r-1", "FileCase", "bb").kind());
        RequestLog.Start otherOp = log.begin("cs", "r-1", "AssignOfficer", "aa");
        assertEquals(RequestLog.Kind.CONFLICT, otherOp.kind());
        assertEquals("FileCase", otherOp.firstOperation());
        assertEquals(RequestLog.Kind.NEW, log.begin("other-client", "r-1", "FileCase", "aa").kind(),
                "request ids belong to their client");
    }

    @Test
    void aRefusedWriteLeavesNothingSoItsRetryIsEvaluatedAgain() {
        assertEquals(RequestLog.Kind.NEW, log.begin("cs", "r-2", "TransitionCase", "aa").kind());
        log.release("cs", "r-2");
        assertEquals(RequestLog.Kind.NEW, log.begin("cs", "r-2", "TransitionCase", "aa").kind());
        log.release("cs", "r-2");
        assertEquals(RequestLog.Kind.NEW, log.begin("cs", "r-2", "TransitionCase", "bb").kind(),
                "after a refusal the id may carry corrected content");
    }

    @Test
    void aWriteCutOffByACrashIsTakenOverAfterTheLeaseOnly() throws Exception {
        assertEquals(RequestLog.Kind.NEW, log.begin("cs", "r-3", "AddDocument", "aa").kind());
        log = open();
        now = now.plusSeconds(60);
        assertEquals(RequestLog.Kind.IN_PROGRESS, log.begin("cs", "r-3", "AddDocument", "aa").kind());
        now = now.plusSeconds(90);
        assertEquals(RequestLog.Kind.NEW, log.begin("cs", "r-3", "AddDocument", "aa").kind(), "taken over");
        assertEquals(RequestLog.Kind.IN_PROGRESS, log.begin("cs", "r-3", "AddDocument", "aa").kind(),
                "taken over once");
    }
}
