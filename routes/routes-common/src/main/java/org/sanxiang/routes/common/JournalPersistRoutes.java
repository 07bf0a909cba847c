package org.sanxiang.routes.common;

import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Message;
import org.sanxiang.api.journal.InboundJournal;
import org.sanxiang.api.journal.JournalEntry;

/**
 * Route {@code journal.persist}: takes accepted messages off the durable journal queue in a local JMS
 * transaction and writes each one to the database through the store (MyBatis). A failure rolls the
 * transaction back, so the broker redelivers it (delay and attempts in {@code etc/artemis.xml}) and finally
 * moves it to {@code DLQ.sanxiang.journal}; nothing accepted is lost. Several consumers ({@code journal.consumers},
 * four by default) write side by side: the order of the rows does not matter (each carries its time of receipt), and
 * one consumer committing one row at a time fell behind the SOAP doors under steady load (about 40 rows a second
 * against 60 answers), so the queue grew without bound. Each row is logged at DEBUG only.
 */
public final class JournalPersistRoutes extends SanxiangRoutes {

    private final InboundJournal journal;

    public JournalPersistRoutes(InboundJournal journal) {
        this.journal = journal;
    }

    @Override
    protected void routes() {
        from("jms:queue:{{journal.queue}}?transacted=true&cacheLevelName=CACHE_CONSUMER"
                + "&concurrentConsumers={{journal.consumers}}")
                .routeId("journal.persist")
                .process(this::persist).id("journal.persist.write")
                .log(LoggingLevel.DEBUG,
                        "journal: ${header." + Journal.SOURCE + "}/${header." + Journal.MESSAGE_ID + "} written");
    }

    void persist(Exchange exchange) {
        Message in = exchange.getIn();
        JournalEntry entry = new JournalEntry(
                in.getHeader(Journal.SOURCE, String.class),
                in.getHeader(Journal.MESSAGE_ID, String.class),
                Instant.parse(in.getHeader(Journal.RECEIVED_AT, String.class)),
                in.getHeader(Journal.PAYLOAD_SHA256, String.class),
                in.getHeader(Journal.PAYLOAD_SIZE, Long.class),
                in.getHeader(Journal.OUTCOME, String.class));
        journal.record(entry);
    }
}
