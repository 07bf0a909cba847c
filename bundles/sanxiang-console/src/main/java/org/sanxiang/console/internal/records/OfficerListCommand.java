package org.sanxiang.console.internal.records;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sanxiang.console.internal.Installed;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.console.internal.TableCommand;

/** {@code sanxiang:officer-list}: the enforcement personnel list (行政执法人员清单) with certificate validity. */
@Service
@Command(scope = "sanxiang", name = "officer-list", description = "Lists enforcement officers and their certificates")
public class OfficerListCommand extends TableCommand {

    @Reference(optional = true)
    private OfficerRegistry officers;

    @Override
    public Object execute() {
        Installed.require(officers, "sanxiang-records");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<List<String>> rows = new ArrayList<>();
        for (Officer o : officers.list()) {
            Certificate c = o.certificate();
            rows.add(List.of(o.id(), o.name(), o.unit(), o.post(), c.number(),
                    c.kinds().stream().map(EnforcementKind::chinese).sorted().collect(Collectors.joining("/")),
                    c.region(), c.validFrom() + "~" + c.validTo(),
                    c.validityOn(today) == org.sanxiang.api.records.Certificate.Validity.VALID ? "有效" : "无效"));
        }
        table(List.of("Id", "Name", "Unit", "Post", "Certificate", "Category", "Region",
                "Validity", "Today"), rows);
        return null;
    }
}
