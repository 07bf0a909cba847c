package org.sanxiang.console.internal.records;

import java.util.ArrayList;
import java.util.List;
import org.sanxiang.console.internal.Installed;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.AccessRecord;
import org.sanxiang.console.internal.TableCommand;

/** {@code sanxiang:access-log}: who read which record, when and why (记录信息调阅监督). */
@Service
@Command(scope = "sanxiang", name = "access-log", description = "Lists logged reads of cases, documents and recordings")
public class AccessLogCommand extends TableCommand {

    @Reference(optional = true)
    private AccessLog log;

    @Option(name = "-w", aliases = "--who", description = "Only reads by this reader")
    private String who;

    @Option(name = "-r", aliases = "--ref", description = "Only reads of this case number, document id or SHA-256")
    private String ref;

    @Option(name = "-n", aliases = "--limit", description = "How many entries (newest first)")
    private int limit = 50;

    @Override
    public Object execute() {
        Installed.require(log, "sanxiang-records");
        List<List<String>> rows = new ArrayList<>();
        for (AccessRecord a : log.query(who, ref, null, null, limit)) {
            rows.add(List.of(String.valueOf(a.id()), String.valueOf(a.at()), a.who(), a.subjectType(), a.subjectRef(),
                    a.purpose()));
        }
        table(List.of("Id", "At (UTC)", "Who", "Type", "Subject", "Purpose"), rows);
        return null;
    }
}
