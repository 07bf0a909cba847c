package org.sanxiang.console.internal.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.api.ingest.QuarantineItem;
import org.sanxiang.api.ingest.RecorderIngest;
import org.sanxiang.console.internal.LoggedReadCommand;

/** {@code sanxiang:quarantine-list}: deliveries held in quarantine (隔离区) with the reason and their folder. */
@Service
@Command(scope = "sanxiang", name = "quarantine-list",
        description = "Lists recorder deliveries held in quarantine with the reason (--all: released ones too)")
public class QuarantineListCommand extends LoggedReadCommand {

    @Reference(optional = true)
    private RecorderIngest ingest;

    @Option(name = "--all", description = "Include released items")
    private boolean all;

    @Option(name = "-n", aliases = "--limit", description = "How many, newest first")
    private int limit = 50;

    @Override
    public Object execute() {
        requireAccessLog();
        List<List<String>> rows = new ArrayList<>();
        for (QuarantineItem q : Installed.require(ingest, "sanxiang-ingest").quarantine(all, limit)) {
            rows.add(List.of(String.valueOf(q.id()), q.status(), q.reasonCode(), q.reason(), q.channel(),
                    q.sourceName(), q.deviceSerial() == null ? "" : q.deviceSerial(),
                    q.caseNumber() == null ? "" : q.caseNumber(), String.valueOf(q.receivedAt()),
                    q.folder() == null ? "(媒体未保留)" : q.folder(),
                    q.releasedBy() == null ? "" : q.releasedBy() + " " + q.releasedAt()));
        }
        logged("QUARANTINE", all ? "*" : "open");
        table(List.of("Id", "Status", "Code", "Reason", "Channel", "Source", "Device", "Case",
                "Received (UTC)", "Folder", "Released"), rows);
        return null;
    }
}
