package org.sanxiang.console.internal.disclosure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sanxiang.console.internal.Installed;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.disclosure.Publication;
import org.sanxiang.api.disclosure.PublicationState;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.console.internal.LoggedReadCommand;

/** {@code sanxiang:publication-list}: publications with their state and deadline (R-D1, R-D5); the read is logged. */
@Service
@Command(scope = "sanxiang", name = "publication-list",
        description = "Lists publications of enforcement decisions (公示信息), newest first")
public class PublicationListCommand extends LoggedReadCommand {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Reference(optional = true)
    private Publications publications;

    @Option(name = "-s", aliases = "--state",
            description = "Only this state: AWAITING_CONTENT, DRAFT, APPROVED, PUBLISHED, REVOKED, EXPIRED, NOT_PUBLISHED (or 草稿, 已公示, …)")
    private String state;

    @Option(name = "--overdue", description = "Only publications past their deadline and not yet published (逾期未公开)")
    private boolean overdue;

    @Option(name = "-n", aliases = "--limit", description = "How many (newest first)")
    private int limit = 50;

    @Override
    public Object execute() {
        requireAccessLog();
        Installed.require(publications, "sanxiang-disclosure");
        PublicationState s = state == null ? null : PublicationState.of(state);
        LocalDate today = LocalDate.now(CHINA);
        List<List<String>> rows = new ArrayList<>();
        for (Publication p : publications.list(s, overdue, today, limit)) {
            rows.add(row(p, today));
        }
        logged("PUBLICATION_LIST", "*");
        table(HEADERS, rows);
        return null;
    }

    static final List<String> HEADERS = List.of("Id", "Case", "Kind", "Title", "State", "Version", "Decided", "Due",
            "Overdue", "Published (UTC)");

    static List<String> row(Publication p, LocalDate today) {
        String due = p.deadline().due() + (p.deadline().provisional() ? " (暂定)" : "");
        String version = p.publishedVersion() > 0 && p.version() != p.publishedVersion()
                ? p.publishedVersion() + "→" + p.version() : String.valueOf(p.version());
        return List.of(String.valueOf(p.id()), p.caseNumber() == null ? "" : p.caseNumber(), p.kind().chinese(),
                p.title(), p.state().chinese(), version, p.decisionDate().toString(), due,
                p.overdue(today) ? "逾期" : "", p.publishedAt() == null ? "" : p.publishedAt().toString());
    }
}
