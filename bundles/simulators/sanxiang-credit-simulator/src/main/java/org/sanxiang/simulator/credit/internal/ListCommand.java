package org.sanxiang.simulator.credit.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.sanxiang.simulator.credit.CreditSimulator;

/** {@code sanxiang:credit-sim-list}: what the credit system simulator recorded, with counts per business key. */
@Service
@Command(scope = "sanxiang", name = "credit-sim-list",
        description = "Lists every business key that reached the credit publication simulator: records kept (0 or 1) and calls received")
public class ListCommand implements Action {

    @Reference
    private CreditSimulator simulator;

    @Option(name = "--csv", description = "Comma-separated output for scripts")
    private boolean csv;

    @Override
    public Object execute() {
        List<String[]> rows = new ArrayList<>();
        java.util.Map<String, CreditSimulator.Received> kept = new java.util.HashMap<>();
        simulator.records().forEach(r -> kept.put(r.businessKey(), r));
        simulator.callCounts().forEach((key, calls) -> {
            CreditSimulator.Received r = kept.get(key);
            rows.add(new String[] {key, r == null ? "" : r.operation(), r == null ? "" : r.fieldSet(),
                r == null ? "" : r.receiptId(), String.valueOf(simulator.recordCount(key)), String.valueOf(calls),
                r == null ? "" : String.valueOf(r.receivedAt())});
        });
        String[] headers = {"Business key", "Operation", "Field set", "Receipt", "Records", "Calls", "Received (UTC)"};
        if (csv) {
            System.out.println(String.join(",", headers));
            rows.forEach(r -> System.out.println(String.join(",", r)));
            return null;
        }
        ShellTable table = new ShellTable();
        for (String h : headers) {
            table.column(h);
        }
        rows.forEach(r -> table.addRow().addContent((Object[]) r));
        table.print(System.out);
        return null;
    }
}
