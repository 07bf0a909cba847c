package org.sanxiang.console.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.journal.InboundJournal;
import org.sanxiang.api.journal.JournalEntry;

/** {@code sanxiang:journal-list}: the newest messages accepted from outside parties (接收日志). */
@Service
@Command(scope = "sanxiang", name = "journal-list", description = "Lists the newest entries of the inbound journal")
public class JournalListCommand extends TableCommand {

    @Reference
    private InboundJournal journal;

    @Option(name = "-n", aliases = "--limit", description = "How many entries (newest first)")
    private int limit = 20;

    @Override
    public Object execute() {
        List<List<String>> rows = new ArrayList<>();
        for (JournalEntry e : journal.latest(limit)) {
            rows.add(List.of(e.receivedAt().toString(), e.source(), e.messageId(), String.valueOf(e.payloadSize()),
                    e.payloadSha256(), e.outcome()));
        }
        table(List.of("Received (UTC)", "Source", "Message id", "Bytes", "SHA-256", "Outcome"),
                rows);
        return null;
    }
}
