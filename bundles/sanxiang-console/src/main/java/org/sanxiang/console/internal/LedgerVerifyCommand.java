package org.sanxiang.console.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.ledger.EntryMismatch;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.ledger.LedgerVerification;
import org.sanxiang.api.ledger.TreeHeadFailure;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.IntegrityRun;
import org.sanxiang.api.records.IntegrityWatch;

/**
 * {@code sanxiang:ledger-verify}: recomputes the whole ledger (leaf hashes, the tree against every signed
 * head, and each entry against the current business row) and names the first entry that no longer
 * matches; then re-hashes the stored documents and recordings (the evidence store, when the records module runs)
 * against their SHA-256 and names each changed or missing one. {@code --quick} re-hashes a sample of the stored
 * objects. The command fails (exit status 1 in {@code bin/sanxiang-cli}) when anything does not match.
 * {@code --background} starts the same verification in the hub's background instead (the one the schedule
 * {@code integrity.verify.interval} runs) and {@code --status} shows its progress and the last result; with
 * {@code --status} the command fails when that last result found a change.
 */
@Service
@Command(scope = "sanxiang", name = "ledger-verify",
        description = "Verifies the tamper-evident ledger and names the first entry that no longer matches")
public class LedgerVerifyCommand extends TableCommand {

    // optional: a mandatory reference would take every sanxiang command away while the ledger is stopped
    @Reference(optional = true)
    private Ledger ledger;

    @Reference(optional = true)
    private EvidenceStore evidence;

    @Option(name = "--quick", description = "Re-hash a random sample of the stored files instead of all of them")
    private boolean quick;

    @Option(name = "--sample", description = "Files re-hashed with --quick (default 200)")
    private int sample = 200;

    @Reference(optional = true)
    private IntegrityWatch watch;

    @Option(name = "--background", description = "Start the verification in the hub's background and return "
            + "(see --status); with --quick a sample of integrity.verify.sample files")
    private boolean background;

    @Option(name = "--status", description = "Progress of the background verification (定期完整性核验) and its last "
            + "result; fails when that result found a change")
    private boolean status;

    @Override
    public Object execute() {
        if (background || status) {
            return backgroundVerification();
        }
        LedgerVerification report = Installed.require(ledger, "sanxiang-ledger").verify();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("result", report.intact() ? "INTACT 完整" : "TAMPERED 已被篡改"));
        rows.add(List.of("tree size", String.valueOf(report.treeSize())));
        rows.add(List.of("entries checked", String.valueOf(report.entriesChecked())));
        rows.add(List.of("mismatches", String.valueOf(report.mismatchCount())));
        rows.add(List.of("signed heads checked", String.valueOf(report.treeHeadsChecked())));
        rows.add(List.of("signed heads failed", String.valueOf(report.failedTreeHeadCount())));
        rows.add(List.of("rows checked / superseded / not checked",
                report.contentChecked() + " / " + report.contentSuperseded() + " / " + report.contentNotChecked()));
        report.firstMismatch().ifPresent((EntryMismatch m) -> rows.add(List.of("first mismatch",
                "#" + m.index() + " " + m.kind() + " " + m.subjectRef() + ": " + m.problem() + " — " + m.detail())));
        for (TreeHeadFailure f : report.failedTreeHeads()) {
            rows.add(List.of("failed head", f.toString()));
        }
        rows.add(List.of("took", report.took().toMillis() + " ms"));
        boolean filesIntact = true;
        if (evidence == null) {
            rows.add(List.of("stored files", "not checked: the records module is not running"));
        } else {
            EvidenceStore.Verification v = evidence.verify(quick ? Math.max(1, sample) : 0);
            filesIntact = v.intact();
            rows.add(List.of("stored files", v.intact() ? "INTACT 完整" : "TAMPERED 已被篡改"));
            rows.add(List.of("files re-hashed", v.objects() + (v.sampled() ? " (sample)" : "") + ", "
                    + v.bytes() + " bytes, " + v.took().toMillis() + " ms"));
            rows.add(List.of("files changed / missing", v.changed() + " / " + v.missing()));
            for (String p : v.problems()) {
                rows.add(List.of("file", p));
            }
        }
        table(List.of("Check", "Result"), rows);
        if (!report.intact() || !filesIntact) {
            throw new IllegalStateException("账本或证据文件校验未通过 / the ledger or the stored files do not verify");
        }
        return null;
    }

    private Object backgroundVerification() {
        IntegrityWatch w = Installed.require(watch, "sanxiang-records");
        List<List<String>> rows = new ArrayList<>();
        if (background) {
            boolean started = w.start(quick, ShellUser.name());
            rows.add(List.of("background", started ? "STARTED 已开始" : "ALREADY RUNNING 已在运行 (not started again)"));
        }
        w.running().ifPresent(r -> run(rows, "running", r));
        w.last().ifPresentOrElse(r -> run(rows, "last", r), () -> rows.add(List.of("last", "none since the start")));
        rows.add(List.of("next scheduled", w.nextScheduled().map(String::valueOf)
                .orElse("off (integrity.verify.interval empty)")));
        table(List.of("Check", "Result"), rows);
        if (status && w.last().map(IntegrityRun::tampered).orElse(false)) {
            throw new IllegalStateException("上次完整性核验发现改动 / the last integrity verification found a change");
        }
        return null;
    }

    private static void run(List<List<String>> rows, String which, IntegrityRun r) {
        String result = !r.finished() ? "RUNNING 进行中 (" + r.phase() + ")"
                : r.tampered() ? "TAMPERED 已被篡改" : r.intact() ? "INTACT 完整"
                : r.error() != null ? "NOT FINISHED 未完成: " + r.error() : "FILES INTACT, LEDGER NOT VERIFIED 账本未核验";
        rows.add(List.of(which, result));
        rows.add(List.of(which + " started", r.startedAt() + " by " + r.startedBy() + (r.quick() ? " (quick)" : "")));
        if (r.finished()) {
            rows.add(List.of(which + " finished", String.valueOf(r.finishedAt())));
        }
        rows.add(List.of(which + " files", r.filesDone() + " / " + (r.filesTotal() < 0 ? "?" : r.filesTotal())
                + ", " + r.bytesDone() + " bytes"));
        rows.add(List.of(which + " files changed / missing", r.filesChanged() + " / " + r.filesMissing()));
        rows.add(List.of(which + " ledger", r.ledgerIntact() == null ? r.ledgerSummary()
                : (r.ledgerIntact() ? "INTACT " : "TAMPERED ") + r.ledgerSummary()));
        for (String p : r.problems()) {
            rows.add(List.of(which + " problem", p));
        }
    }
}
