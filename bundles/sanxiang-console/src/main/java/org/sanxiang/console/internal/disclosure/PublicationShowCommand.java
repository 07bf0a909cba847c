package org.sanxiang.console.internal.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanxiang.console.internal.Installed;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.disclosure.Publication;
import org.sanxiang.api.disclosure.PublicationVersion;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.console.internal.LoggedReadCommand;

/** {@code sanxiang:publication-show}: one publication with every version (R-D1: each change versioned). */
@Service
@Command(scope = "sanxiang", name = "publication-show",
        description = "Shows a publication (公示信息) with all its versions and the public fields of the newest")
public class PublicationShowCommand extends LoggedReadCommand {

    @Reference(optional = true)
    private Publications publications;

    @Argument(index = 0, name = "id", required = true, description = "Publication id (see publication-list)")
    private long id;

    @Override
    public Object execute() {
        requireAccessLog();
        Installed.require(publications, "sanxiang-disclosure");
        Publication p = publications.get(id).orElse(null);
        if (p == null) {
            System.err.println("没有编号为" + id + "的公示");
            return null;
        }
        logged("PUBLICATION", String.valueOf(id));
        table(PublicationListCommand.HEADERS,
                List.of(PublicationListCommand.row(p, LocalDate.now(PublicationListCommand.CHINA))));
        if (p.revocationReason() != null) {
            System.out.println("撤销理由: " + p.revocationReason());
        }
        List<PublicationVersion> versions = publications.versions(id);
        List<List<String>> rows = new ArrayList<>();
        for (PublicationVersion v : versions) {
            rows.add(List.of(String.valueOf(v.version()), v.recordType(),
                    v.severity() == null ? "" : v.severity().chinese(), v.status(), v.maker(),
                    v.checker() == null ? "" : v.checker(), v.publishedAt() == null ? "" : v.publishedAt().toString(),
                    v.contentSha256()));
        }
        System.out.println();
        table(List.of("Version", "Type", "Severity", "Status", "Maker", "Checker",
                "Published (UTC)", "Content SHA-256"), rows);
        if (!versions.isEmpty() && !csv) {
            System.out.println();
            for (Map.Entry<String, String> f : versions.get(versions.size() - 1).publicFields().entrySet()) {
                System.out.println(f.getKey() + ": " + f.getValue());
            }
        }
        return null;
    }
}
