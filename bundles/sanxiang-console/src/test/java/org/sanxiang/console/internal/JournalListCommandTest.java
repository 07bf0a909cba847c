package org.sanxiang.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.journal.InboundJournal;
import org.sanxiang.api.journal.JournalEntry;

/** {@code sanxiang:journal-list} (接收日志): the newest messages accepted from outside parties. */
class JournalListCommandTest {

    private static final String HEADER = "Received (UTC),Source,Message id,Bytes,SHA-256,Outcome";

    private static final String SHA_1 = "9b".repeat(32);
    private static final String SHA_2 = "0c".repeat(32);
    private static final String SHA_3 = "e4".repeat(32);

    private static final List<JournalEntry> NEWEST_FIRST = List.of(
            new JournalEntry("hall-window", "HW-20261207-000042", Instant.parse("2026-12-07T03:02:03Z"), SHA_1, 2048,
                    "OK"),
            new JournalEntry("supervision", "SUP-2026-12-07,retry-1", Instant.parse("2026-12-07T03:01:00Z"), SHA_2, 512,
                    "REFUSED SX-AUTH"),
            new JournalEntry("enforcement", "ENF \"长自然资罚〔2026〕1号\"", Instant.parse("2026-12-07T03:00:00Z"), SHA_3,
                    73_400_320, "FAILED SX-INTERNAL"));

    /** The inbound journal of routes-common, and the limits the command asked for. */
    private static final class Journal implements InboundJournal {
        final List<Integer> asked = new ArrayList<>();

        @Override
        public boolean record(JournalEntry entry) {
            throw new UnsupportedOperationException("a list does not write");
        }

        @Override
        public Optional<JournalEntry> find(String source, String messageId) {
            return NEWEST_FIRST.stream().filter(e -> e.source().equals(source) && e.messageId().equals(messageId))
                    .findFirst();
        }

        @Override
        public List<JournalEntry> latest(int limit) {
            asked.add(limit);
            return NEWEST_FIRST.stream().limit(limit).toList();
        }

        @Override
        public long count() {
            return NEWEST_FIRST.size();
        }
    }

    private static final String ROW_1 = "2026-12-07T03:02:03Z,hall-window,HW-20261207-000042,2048," + SHA_1 + ",OK";
    private static final String ROW_2 = "2026-12-07T03:01:00Z,supervision,\"SUP-2026-12-07,retry-1\",512," + SHA_2
            + ",REFUSED SX-AUTH";

    @Test
    void csvListsTheNewestEntriesWithSizeHashAndOutcome() throws Exception {
        Journal journal = new Journal();
        String out = Run.of(new JournalListCommand()).set("journal", journal).set("csv", true).print();
        assertEquals(Run.lines(HEADER, ROW_1, ROW_2,
                "2026-12-07T03:00:00Z,enforcement,\"ENF \"\"长自然资罚〔2026〕1号\"\"\",73400320," + SHA_3 + ",FAILED SX-INTERNAL"),
                out);
        assertEquals(List.of(20), journal.asked);
    }

    @Test
    void theLimitIsAskedOfTheJournal() throws Exception {
        Journal journal = new Journal();
        String out = Run.of(new JournalListCommand()).set("journal", journal).set("limit", 2).set("csv", true).print();
        assertEquals(Run.lines(HEADER, ROW_1, ROW_2), out);
        assertEquals(List.of(2), journal.asked);
    }

    @Test
    void theTableShowsEveryColumnOfAnEntry() throws Exception {
        Journal journal = new Journal();
        List<List<String>> table = Run.table(Run.of(new JournalListCommand()).set("journal", journal)
                .set("limit", 1).print());
        assertEquals(List.of(List.of("Received (UTC)", "Source", "Message id", "Bytes", "SHA-256", "Outcome"),
                List.of("2026-12-07T03:02:03Z", "hall-window", "HW-20261207-000042", "2048", SHA_1, "OK")), table);
    }
}
