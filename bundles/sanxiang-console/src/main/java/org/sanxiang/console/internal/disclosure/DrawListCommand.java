package org.sanxiang.console.internal.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.sanxiang.console.internal.Installed;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.disclosure.DrawResult;
import org.sanxiang.api.disclosure.InspectionDraw;
import org.sanxiang.api.disclosure.Inspections;
import org.sanxiang.api.disclosure.Inspector;
import org.sanxiang.console.internal.TableCommand;

/** {@code sanxiang:draw-list}: recorded 双随机一公开 draws, optionally re-run from their seed (R-D3b, R-D6). */
@Service
@Command(scope = "sanxiang", name = "draw-list",
        description = "Lists recorded random-inspection draws (双随机一公开) with seed, subjects, inspectors and results")
public class DrawListCommand extends TableCommand {

    @Reference(optional = true)
    private Inspections inspections;

    @Option(name = "--replay", description = "Re-run each listed draw from its stored inputs and seed and say whether it matches")
    private boolean replay;

    @Option(name = "-n", aliases = "--limit", description = "How many draws (newest first)")
    private int limit = 20;

    @Override
    public Object execute() {
        Installed.require(inspections, "sanxiang-disclosure");
        List<List<String>> rows = new ArrayList<>();
        for (InspectionDraw d : inspections.draws(limit)) {
            String replayed = replay ? (inspections.replay(d.id()) ? "一致" : "不一致") : "";
            for (DrawResult.Assignment a : d.result().assignments()) {
                var result = d.results().get(a.subject().id());
                rows.add(List.of(String.valueOf(d.id()), d.item().code(), d.result().seed(), a.subject().name(),
                        String.join("、", a.inspectors().stream().map(Inspector::name).toList()),
                        result == null ? "" : result.chinese(),
                        d.resultsDue() == null ? "" : d.resultsDue().due().toString(),
                        d.resultsPublishedAt() == null ? "" : "已公示", replayed));
            }
        }
        table(List.of("Draw", "Item", "Seed", "Subject", "Inspectors", "Result",
                "Results due", "Published", "Replay"), rows);
        return null;
    }
}
