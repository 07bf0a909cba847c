package org.sanxiang.records.internal;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.records.CaseSnapshot;
import org.sanxiang.api.records.DocumentGate;
import org.sanxiang.api.records.StageGate;

/**
 * Fail-closed check of the configured {@code required.gates}: while a required gate is not running (its module
 * is not started, or is restarting), every stage change and every new document is refused with the names of the
 * missing gates, so that no 决定 or 决定书 passes merely because the legal review was away for a moment.
 */
final class RequiredGates implements StageGate, DocumentGate {

    private final Supplier<RecordsSettings> settings;
    private final Supplier<Set<String>> runningStageGates;
    private final Supplier<Set<String>> runningDocumentGates;

    /**
     * @param runningStageGates    the names of the extra stage gates running now
     * @param runningDocumentGates the names of the document gates running now
     */
    RequiredGates(Supplier<RecordsSettings> settings, Supplier<Set<String>> runningStageGates,
                  Supplier<Set<String>> runningDocumentGates) {
        this.settings = settings;
        this.runningStageGates = runningStageGates;
        this.runningDocumentGates = runningDocumentGates;
    }

    @Override
    public Optional<String> veto(CaseSnapshot snapshot, CaseStage target) {
        return missing(runningStageGates.get()).map(m -> "必需的关卡" + m + "未运行(所属模块未启动或正在重启),暂停一切"
                + "环节变更,不能转入" + target.chinese() + ";请运维人员检查该模块后重试");
    }

    @Override
    public Optional<String> veto(CaseSnapshot snapshot, String documentType) {
        return missing(runningDocumentGates.get()).map(m -> "必需的关卡" + m + "未运行(所属模块未启动或正在重启),暂不能添加"
                + documentType + ";请运维人员检查该模块后重试");
    }

    private Optional<String> missing(Set<String> running) {
        Set<String> missing = new TreeSet<>(settings.get().requiredGates());
        missing.removeAll(running);
        return missing.isEmpty() ? Optional.empty() : Optional.of("“" + String.join("”“", missing) + "”");
    }
}
