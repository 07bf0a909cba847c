package org.sanxiang.console.internal.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.supervision.SupervisionReporting;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.console.internal.ShellUser;

/** {@code sanxiang:report-send}: queues the annual statistics report for the supervision office on demand (R-D2). */
@Service
@Command(scope = "sanxiang", name = "report-send",
        description = "Queues the annual enforcement statistics report (行政执法统计年报) for the supervision office")
public class ReportSendCommand implements Action {

    @Reference(optional = true)
    private SupervisionReporting reporting;

    @Option(name = "-y", aliases = "--year", description = "The year reported (default: the previous year)")
    private int year;

    @Override
    public Object execute() {
        int y = year > 0 ? year : LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        SupervisionReporting r = Installed.require(reporting, "sanxiang-supervision-report");
        System.out.println("已加入报送队列: " + r.sendAnnualReport(y, ShellUser.name()));
        return null;
    }
}
