package org.sanxiang.console.internal.supervision;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.supervision.SupervisionReporting;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.console.internal.TableCommand;

/** {@code sanxiang:checkpoint-list}: the ledger checkpoints sent to the supervision office and its answers. */
@Service
@Command(scope = "sanxiang", name = "checkpoint-list",
        description = "Lists the ledger checkpoints (账本检查点) queued for the supervision office, with the office's answer")
public class CheckpointListCommand extends TableCommand {

    @Reference(optional = true)
    private SupervisionReporting reporting;

    @Option(name = "--now", description = "Sign the ledger's head now and queue it as a checkpoint first")
    private boolean now;

    @Option(name = "-n", aliases = "--limit", description = "How many (newest first)")
    private int limit = 20;

    @Override
    public Object execute() {
        SupervisionReporting r = Installed.require(reporting, "sanxiang-supervision-report");
        if (now) {
            System.out.println(r.checkpointNow().map(c -> "已生成检查点 " + c.treeSize() + " " + c.rootHash())
                    .orElse("账本自上一检查点以来没有变化, 未生成新检查点"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (SupervisionReporting.Checkpoint c : r.checkpoints(limit)) {
            rows.add(List.of(String.valueOf(c.treeSize()), c.rootHash(), String.valueOf(c.signedAt()),
                    c.previousTreeSize() == null ? "" : String.valueOf(c.previousTreeSize()),
                    c.status() == null ? "待报送" : c.status(), c.reason() == null ? "" : c.reason()));
        }
        table(List.of("Tree size", "Root hash", "Signed (UTC)", "Previous", "Office", "Reason"),
                rows);
        return null;
    }
}
