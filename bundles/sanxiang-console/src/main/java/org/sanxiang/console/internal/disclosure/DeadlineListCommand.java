package org.sanxiang.console.internal.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sanxiang.console.internal.Installed;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.sanxiang.api.disclosure.DeadlineAlert;
import org.sanxiang.api.disclosure.DeadlineMonitor;
import org.sanxiang.api.disclosure.Publication;
import org.sanxiang.console.internal.TableCommand;

/** {@code sanxiang:deadline-list}: decisions still to be published with their deadlines, and the alerts (R-D5). */
@Service
@Command(scope = "sanxiang", name = "deadline-list",
        description = "Lists unpublished decisions by deadline (公开期限) with working days left, and the deadline alerts")
public class DeadlineListCommand extends TableCommand {

    @Reference(optional = true)
    private DeadlineMonitor monitor;

    @Reference(optional = true)
    private WorkingDayCalendar calendar;

    @Option(name = "--scan", description = "Run the deadline scan now (raises any due alert) before listing")
    private boolean scan;

    @Option(name = "--alerts", description = "List the alerts raised (newest first) instead of the pending decisions")
    private boolean alerts;

    @Option(name = "-n", aliases = "--limit", description = "How many rows")
    private int limit = 50;

    @Override
    public Object execute() {
        Installed.require(monitor, "sanxiang-disclosure");
        Installed.require(calendar, "sanxiang-calendar");
        LocalDate today = LocalDate.now(PublicationListCommand.CHINA);
        if (scan) {
            List<DeadlineAlert> raised = monitor.scan(today);
            System.out.println("扫描完成: 新增预警" + raised.size() + "条");
        }
        List<List<String>> rows = new ArrayList<>();
        if (alerts) {
            for (DeadlineAlert a : monitor.alerts(limit)) {
                rows.add(List.of(String.valueOf(a.id()), String.valueOf(a.publicationId()),
                        a.caseNumber() == null ? "" : a.caseNumber(), a.level().chinese(), a.due().toString(),
                        String.valueOf(a.workingDaysLeft()), String.valueOf(a.raisedAt())));
            }
            table(List.of("Alert", "Publication", "Case", "Level", "Due",
                    "Working days left", "Raised (UTC)"), rows);
            return null;
        }
        for (Publication p : monitor.pending(limit)) {
            int left = calendar.workingDaysBetween(today, p.deadline().due());
            rows.add(List.of(String.valueOf(p.id()), p.caseNumber() == null ? "" : p.caseNumber(),
                    p.kind().chinese(), p.state().chinese(), p.decisionDate().toString(),
                    p.deadline().due() + (p.deadline().provisional() ? " (暂定)" : ""), String.valueOf(left),
                    left < 0 ? "已超期" : ""));
        }
        table(List.of("Publication", "Case", "Kind", "State", "Decided", "Due",
                "Working days left", "Status"), rows);
        return null;
    }
}
