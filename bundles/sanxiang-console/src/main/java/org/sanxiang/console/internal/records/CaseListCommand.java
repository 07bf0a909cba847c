package org.sanxiang.console.internal.records;

import java.util.ArrayList;
import java.util.List;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.console.internal.ShellUser;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.console.internal.TableCommand;

/** {@code sanxiang:case-list}: the newest cases with their stage; the read is logged (调阅监督). */
@Service
@Command(scope = "sanxiang", name = "case-list", description = "Lists the newest enforcement cases (logged as a read)")
public class CaseListCommand extends TableCommand {

    @Reference(optional = true)
    private CaseRecords cases;

    @Option(name = "-s", aliases = "--stage", description = "Only cases at this stage (CaseStage name or Chinese label, e.g. INVESTIGATION or 调查)")
    private String stage;

    @Option(name = "-n", aliases = "--limit", description = "How many cases (newest first)")
    private int limit = 20;

    @Option(name = "--purpose", description = "Stated purpose of the read (调阅事由)")
    private String purpose = "控制台查询";

    @Override
    public Object execute() {
        Installed.require(cases, "sanxiang-records");
        CaseStage s = stage == null ? null : org.sanxiang.api.domain.Labelled.of(CaseStage.class, stage.strip(), "案件环节");
        List<List<String>> rows = new ArrayList<>();
        for (EnforcementCase c : cases.list(s, limit, new AccessRequest(ShellUser.name(), purpose))) {
            rows.add(List.of(c.caseNumber(), c.kind().chinese(), c.item(), c.stage().chinese(),
                    String.join(" ", c.officerIds()), String.valueOf(c.updatedAt())));
        }
        table(List.of("Case", "Kind", "Item", "Stage", "Officers", "Updated (UTC)"),
                rows);
        return null;
    }
}
