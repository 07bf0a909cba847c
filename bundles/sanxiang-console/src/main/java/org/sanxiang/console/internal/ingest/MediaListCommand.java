package org.sanxiang.console.internal.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.api.ingest.IngestedMedia;
import org.sanxiang.api.ingest.RecorderIngest;
import org.sanxiang.console.internal.LoggedReadCommand;

/** {@code sanxiang:media-list}: recordings taken in from docking stations (已接入音像记录), with their alerts. */
@Service
@Command(scope = "sanxiang", name = "media-list",
        description = "Lists the recordings taken in from docking stations: hash, case, officer, device, alerts")
public class MediaListCommand extends LoggedReadCommand {

    @Reference(optional = true)
    private RecorderIngest ingest;

    @Option(name = "-n", aliases = "--limit", description = "How many, newest first")
    private int limit = 50;

    @Override
    public Object execute() {
        requireAccessLog();
        List<List<String>> rows = new ArrayList<>();
        for (IngestedMedia m : Installed.require(ingest, "sanxiang-ingest").media(limit)) {
            rows.add(List.of(String.valueOf(m.id()), m.sha256(), String.valueOf(m.size()), m.caseNumber(),
                    m.activity(), m.officerId(), m.deviceSerial(), m.fileName(), String.valueOf(m.capturedAt()),
                    String.valueOf(m.receivedAt()), m.channel(), String.valueOf(m.deliveries()),
                    m.important() ? "重点" : "", String.join(" ", m.alerts())));
        }
        logged("MEDIA_LIST", "*");
        table(List.of("Id", "SHA-256", "Bytes", "Case", "Activity", "Officer", "Device", "File",
                "Captured (UTC)", "Received (UTC)", "Channel", "Deliveries", "Mark", "Alerts"), rows);
        return null;
    }
}
