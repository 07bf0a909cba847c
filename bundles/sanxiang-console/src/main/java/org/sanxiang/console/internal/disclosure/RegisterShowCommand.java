package org.sanxiang.console.internal.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sanxiang.console.internal.Installed;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.console.internal.TableCommand;

/** {@code sanxiang:register-show}: a pre-disclosure register as in force on a day, or one entry's history (R-D3). */
@Service
@Command(scope = "sanxiang", name = "register-show",
        description = "Shows a pre-disclosure register (事前公开清单) as in force on a day, or the versions of one entry")
public class RegisterShowCommand extends TableCommand {

    @Reference(optional = true)
    private Registers registers;

    @Argument(index = 0, name = "register", required = true,
            description = "BODY, PERSONNEL, ENFORCEMENT_ITEM, INSPECTION_ITEM, SERVICE_GUIDE, PROCESS_FLOW (or 执法主体, 行政执法人员清单, …)")
    private String register;

    @Option(name = "--as-of", description = "The day (yyyy-MM-dd, default today)")
    private String asOf;

    @Option(name = "--history", description = "Show every version of this entry key instead")
    private String historyKey;

    @Override
    public Object execute() {
        Installed.require(registers, "sanxiang-disclosure");
        RegisterType type = RegisterType.of(register);
        List<RegisterEntry> entries = historyKey != null ? registers.history(type, historyKey)
                : registers.asOf(type, asOf == null ? LocalDate.now(PublicationListCommand.CHINA) : LocalDate.parse(asOf));
        List<String> fieldNames = new ArrayList<>(type.requiredFields());
        for (RegisterEntry e : entries) {
            for (String f : e.fields().keySet()) {
                if (!fieldNames.contains(f)) {
                    fieldNames.add(f);
                }
            }
        }
        List<String> headers = new ArrayList<>(List.of("Key", "Version", "Effective", "Withdrawn"));
        headers.addAll(fieldNames);
        List<List<String>> rows = new ArrayList<>();
        for (RegisterEntry e : entries) {
            List<String> row = new ArrayList<>(List.of(e.key(), String.valueOf(e.version()),
                    e.effectiveFrom().toString(), e.withdrawn() ? "停止公开" : ""));
            for (String f : fieldNames) {
                row.add(e.fields().getOrDefault(f, ""));
            }
            rows.add(row);
        }
        System.out.println(type.chinese() + (historyKey != null ? " — " + historyKey + " 的版本" : ""));
        table(headers, rows);
        return null;
    }
}
