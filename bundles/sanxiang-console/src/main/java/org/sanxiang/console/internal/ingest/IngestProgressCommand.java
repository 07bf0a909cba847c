package org.sanxiang.console.internal.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.api.ingest.IngestProgress;
import org.sanxiang.api.ingest.RecorderIngest;
import org.sanxiang.console.internal.TableCommand;

/** {@code sanxiang:ingest-progress}: recorder deliveries being taken in now (接入进度), for large files. */
@Service
@Command(scope = "sanxiang", name = "ingest-progress",
        description = "Shows the recorder deliveries being taken in now, with bytes read of the declared size")
public class IngestProgressCommand extends TableCommand {

    @Reference(optional = true)
    private RecorderIngest ingest;

    @Override
    public Object execute() {
        List<List<String>> rows = new ArrayList<>();
        for (IngestProgress p : Installed.require(ingest, "sanxiang-ingest").inFlight()) {
            rows.add(List.of(p.channel(), p.sourceName(), String.valueOf(p.bytesRead()), String.valueOf(p.declaredSize()),
                    p.percent() + "%", String.valueOf(p.startedAt())));
        }
        table(List.of("Channel", "Source", "Bytes read", "Declared", "Done", "Started (UTC)"),
                rows);
        return null;
    }
}
