package org.sanxiang.console.internal.ingest;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.api.ingest.QuarantineItem;
import org.sanxiang.api.ingest.RecorderIngest;
import org.sanxiang.console.internal.ShellUser;

/**
 * {@code sanxiang:quarantine-release <id>}: takes a quarantined delivery in again once its cause was corrected
 * (device registered, officer mapping fixed, metadata.xml corrected in the item's folder, certificate renewed).
 */
@Service
@Command(scope = "sanxiang", name = "quarantine-release",
        description = "Takes a quarantined recorder delivery in again after its cause was corrected")
public class QuarantineReleaseCommand implements Action {

    @Reference(optional = true)
    private RecorderIngest ingest;

    @Argument(index = 0, name = "id", required = true, description = "Quarantine item id (sanxiang:quarantine-list)")
    private long id;

    @Override
    public Object execute() {
        QuarantineItem q;
        try {
            q = Installed.require(ingest, "sanxiang-ingest").release(id, ShellUser.name());
        } catch (IllegalArgumentException e) {
            System.out.println("未放行: " + e.getMessage());
            return null;
        }
        if (q.held()) {
            System.out.println("隔离记录 " + id + " 仍未通过检查,继续隔离: " + q.reasonCode() + " " + q.reason());
        } else {
            System.out.println("隔离记录 " + id + " 已放行: 已入库并关联案件 " + q.caseNumber() + ", SHA-256 " + q.sha256());
        }
        return null;
    }
}
