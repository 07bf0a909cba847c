package org.sanxiang.console.internal.records;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanxiang.console.internal.Installed;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.records.RecordingAlert;
import org.sanxiang.api.records.RecordingWatch;
import org.sanxiang.console.internal.TableCommand;

/**
 * {@code sanxiang:recording-watch}: the expected recordings that have not arrived within the upload time limit
 * (音像记录未按时上传, R-R3, R-R4), open ones by default; {@code --scan} checks now (the supervision adapter also
 * scans on its timer and sends each alert and its clearing to the office).
 */
@Service
@Command(scope = "sanxiang", name = "recording-watch",
        description = "Lists expected recordings not linked within the upload time limit (音像记录未按时上传)")
public class RecordingWatchCommand extends TableCommand {

    @Reference(optional = true)
    private RecordingWatch watch;

    @Option(name = "--scan", description = "Check every case now (raises the alerts due, clears the satisfied ones)")
    private boolean scan;

    @Option(name = "--all", description = "Also the cleared alerts, with when and why they cleared")
    private boolean all;

    @Option(name = "-n", aliases = "--limit", description = "How many rows (newest first)")
    private int limit = 50;

    @Override
    public Object execute() {
        Installed.require(watch, "sanxiang-records");
        Duration delay = watch.delay();
        if (scan) {
            List<RecordingAlert> raised = watch.scan(Instant.now());
            System.out.println("扫描完成: 上传时限 " + hours(delay) + ", 新增预警" + raised.size() + "条");
        }
        List<List<String>> rows = new ArrayList<>();
        for (RecordingAlert a : watch.alerts(!all, limit)) {
            rows.add(List.of(String.valueOf(a.id()), a.caseNumber(), a.stage().chinese(), a.activity().chinese(),
                    a.requirement().name(), String.valueOf(a.expectedSince()), String.valueOf(a.dueAt()),
                    a.open() ? "未到达" : "已解除", a.open() ? "" : a.clearedAt() + " " + a.clearedReason()));
        }
        table(List.of("Alert", "Case", "Stage", "Activity", "Requirement",
                "Expected since (UTC)", "Due (UTC)", "Status", "Cleared"), rows);
        return null;
    }

    static String hours(Duration d) {
        return d.toMinutes() % 60 == 0 && d.toSecondsPart() == 0 ? d.toHours() + " 小时" : d.toString();
    }
}
