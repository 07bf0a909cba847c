package org.sanxiang.console.internal.records;

import java.util.ArrayList;
import java.util.List;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.console.internal.ShellUser;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.domain.IdType;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.DocumentInfo;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.MediaLink;
import org.sanxiang.api.records.Party;
import org.sanxiang.api.records.Transition;
import org.sanxiang.console.internal.TableCommand;

/** {@code sanxiang:case-show}: one case with parties, stage history, documents and recordings (logged). */
@Service
@Command(scope = "sanxiang", name = "case-show", description = "Shows one case: parties, stage history, documents, recordings (logged as a read)")
public class CaseShowCommand extends TableCommand {

    @Reference(optional = true)
    private CaseRecords cases;

    @Argument(index = 0, name = "caseNumber", required = true, description = "Case number (案件编号)")
    private String caseNumber;

    @Option(name = "--purpose", description = "Stated purpose of the read (调阅事由)")
    private String purpose = "控制台查询";

    @Override
    public Object execute() {
        Installed.require(cases, "sanxiang-records");
        AccessRequest access = new AccessRequest(ShellUser.name(), purpose);
        EnforcementCase c = cases.get(caseNumber, access);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("case", c.caseNumber(), c.kind().chinese() + " / " + c.item(), c.region(),
                c.stage().chinese()));
        for (Party p : c.parties()) {
            String code = p.creditCode() != null ? p.creditCode()
                    : p.idType() == null ? "" : p.idType().chinese() + " " + IdType.mask(p.idNumber());
            rows.add(List.of("party", p.name(), p.type().chinese(), code, ""));
        }
        rows.add(List.of("officers", String.join(" ", c.officerIds()), "", "", ""));
        for (Transition t : cases.history(caseNumber, access)) {
            rows.add(List.of("stage", String.valueOf(t.at()), (t.from() == null ? "" : t.from().chinese()) + "→"
                    + t.to().chinese(), t.actor(), t.reason()));
        }
        for (DocumentInfo d : cases.documents(caseNumber, access)) {
            rows.add(List.of("document", String.valueOf(d.id()), d.type() + ": " + d.title(), d.createdBy(),
                    d.sha256()));
        }
        for (MediaLink m : cases.media(caseNumber, access)) {
            rows.add(List.of("recording", m.fileName(), m.activity().chinese() + (m.fullProcess() ? " 全过程" : ""),
                    m.officerId(), m.sha256()));
        }
        List<String> missing = cases.missingDocuments(caseNumber);
        if (!missing.isEmpty()) {
            rows.add(List.of("missing", String.join("、", missing), "", "", ""));
        }
        table(List.of("What", "Value", "Detail", "By", "Note"), rows);
        return null;
    }
}
