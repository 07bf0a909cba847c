package org.sanxiang.routes.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.journal.InboundJournal;
import org.sanxiang.api.journal.JournalEntry;

/** Route journal.persist: queue message → journal row, and a failure is not swallowed (issue 2). */
class JournalPersistRoutesTest extends CamelTestSupport {

    private final List<JournalEntry> rows = new ArrayList<>();
    private boolean failing;

    private final InboundJournal journal = new InboundJournal() {
        @Override
        public boolean record(JournalEntry entry) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            return rows.add(entry);
        }

        @Override
        public Optional<JournalEntry> find(String source, String messageId) {
            return Optional.empty();
        }

        @Override
        public List<JournalEntry> latest(int limit) {
            return rows;
        }

        @Override
        public long count() {
            return rows.size();
        }
    };

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.setProperty("journal.queue", "test");
        return p;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new JournalPersistRoutes(journal);
    }

    private Map<String, Object> headers(String id) {
        Map<String, Object> h = new HashMap<>();
        h.put(Journal.SOURCE, "hub-status");
        h.put(Journal.MESSAGE_ID, id);
        h.put(Journal.RECEIVED_AT, "2026-11-26T10:00:00.250Z");
        h.put(Journal.PAYLOAD_SHA256, "b".repeat(64));
        h.put(Journal.PAYLOAD_SIZE, "512");
        h.put(Journal.OUTCOME, "ACCEPTED");
        return h;
    }

    @Test
    void writesTheFactsOfAQueuedMessage() throws Exception {
        AdviceWith.adviceWith(context, "journal.persist", a -> a.replaceFromWith("direct:in"));
        context.start();
        template.sendBodyAndHeaders("direct:in", new byte[] {1, 2}, headers("m-7"));
        assertEquals(1, rows.size());
        JournalEntry e = rows.get(0);
        assertEquals("m-7", e.messageId());
        assertEquals(Instant.parse("2026-11-26T10:00:00.250Z"), e.receivedAt());
        assertEquals(512, e.payloadSize());
    }

    @Test
    void aDatabaseFailureIsPropagatedSoTheTransactionRollsBack() throws Exception {
        AdviceWith.adviceWith(context, "journal.persist", a -> a.replaceFromWith("direct:in"));
        context.start();
        failing = true;
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.sendBodyAndHeaders("direct:in", new byte[0], headers("m-8")));
        assertEquals("database down", e.getCause().getMessage());
        assertEquals(0, rows.size());
    }
}
