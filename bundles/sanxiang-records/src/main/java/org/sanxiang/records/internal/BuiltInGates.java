package org.sanxiang.records.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.CaseSnapshot;
import org.sanxiang.api.records.DocumentInfo;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.MediaLink;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.RecordingRequirement;
import org.sanxiang.api.records.StageGate;
import org.sanxiang.api.records.Veto;

/** The gates the records module always applies; the settings are read on every call (live configuration). */
final class BuiltInGates {

    private BuiltInGates() {
    }

    static List<NamedGate<StageGate>> all(Supplier<RecordsSettings> settings) {
        return List.of(new NamedGate<>("持证上岗", "R-D4", actorCertified()),
                new NamedGate<>("执法人员人数", "R-D4", certifiedOfficers(settings)),
                new NamedGate<>("音像记录", "R-R3", recordings(settings)),
                new NamedGate<>("案卷标准", "R-R2", caseFile(settings)));
    }

    /** 持证上岗: the actor is an assigned officer with a certificate valid for the case on the day. */
    static StageGate actorCertified() {
        return (snapshot, target) -> {
            EnforcementCase c = snapshot.enforcementCase();
            Optional<Officer> actor = snapshot.officers().stream()
                    .filter(o -> o.id().equals(snapshot.actor())).findFirst();
            if (actor.isEmpty()) {
                return Optional.of("操作人" + snapshot.actor() + "不是本案承办执法人员");
            }
            return actor.get().certificationProblem(c.kind(), c.region(), snapshot.day());
        };
    }

    /** Investigation (调查) and evidence (取证) need at least two officers certified for the case. */
    static StageGate certifiedOfficers(Supplier<RecordsSettings> settings) {
        return (snapshot, target) -> {
            if (target != CaseStage.INVESTIGATION && target != CaseStage.EVIDENCE) {
                return Optional.empty();
            }
            EnforcementCase c = snapshot.enforcementCase();
            int needed = settings.get().certifiedOfficersRequired();
            List<String> problems = new ArrayList<>();
            long certified = 0;
            for (Officer o : snapshot.officers()) {
                Optional<String> p = o.certificationProblem(c.kind(), c.region(), snapshot.day());
                if (p.isPresent()) {
                    problems.add(p.get());
                } else {
                    certified++;
                }
            }
            if (certified >= needed) {
                return Optional.empty();
            }
            String why = target.chinese() + "须有至少" + needed + "名持有效执法证的执法人员,本案仅有" + certified + "名";
            return Optional.of(problems.isEmpty() ? why : why + "(" + String.join(";", problems) + ")");
        };
    }

    /** 音像记录事项清单: leaving a stage whose activities need a recording needs one linked to the case. */
    static StageGate recordings(Supplier<RecordsSettings> settings) {
        return (snapshot, target) -> {
            if (target == CaseStage.WITHDRAWN) {
                return Optional.empty();
            }
            EnforcementCase c = snapshot.enforcementCase();
            RecordsSettings s = settings.get();
            List<String> missing = new ArrayList<>();
            for (Activity a : s.activities(c.kind(), c.stage())) {
                RecordingRequirement r = s.requirement(a);
                if (r == RecordingRequirement.NONE) {
                    continue;
                }
                boolean ok = snapshot.media().stream().anyMatch((MediaLink m) -> m.activity() == a
                        && (r != RecordingRequirement.FULL_PROCESS || m.fullProcess()));
                if (!ok) {
                    missing.add(a.chinese() + (r == RecordingRequirement.FULL_PROCESS ? "(全过程音像记录)" : "(音像记录)"));
                }
            }
            return missing.isEmpty() ? Optional.empty()
                    : Optional.of("缺少音像记录: " + String.join("、", missing));
        };
    }

    /** 案卷标准: archiving needs every document type the standard asks of the case's kind. */
    static StageGate caseFile(Supplier<RecordsSettings> settings) {
        return (snapshot, target) -> {
            if (target != CaseStage.ARCHIVED) {
                return Optional.empty();
            }
            List<String> missing = missingDocuments(settings.get(), snapshot.enforcementCase(), snapshot.documents());
            return missing.isEmpty() ? Optional.empty()
                    : Optional.of(MISSING_PREFIX + String.join("、", missing));
        };
    }

    /** The veto of a registered gate that cannot be consulted now (fail closed). */
    static final String UNAVAILABLE = "关卡已登记但暂不能调用(所属模块正在启动或重启),暂停环节变更,请稍后重试";

    static final String MISSING_PREFIX = "案卷不完整,不能归档,缺少文书: ";

    static List<String> missingDocuments(RecordsSettings settings, EnforcementCase c, List<DocumentInfo> docs) {
        Set<String> held = docs.stream().map(DocumentInfo::type).collect(Collectors.toCollection(TreeSet::new));
        return settings.requiredDocuments(c.kind(), c.stage() == CaseStage.WITHDRAWN).stream()
                .filter(t -> !held.contains(t)).collect(Collectors.toList());
    }

    /** The vetoes of all gates for a legal successor, in gate order, each with its gate's name and requirement. */
    static List<Veto> vetoes(List<NamedGate<StageGate>> gates, CaseSnapshot snapshot, CaseStage target) {
        List<Veto> out = new ArrayList<>();
        for (NamedGate<StageGate> g : gates) {
            if (g.gate() == null) {
                out.add(new Veto(g.name(), g.requirement(), UNAVAILABLE));
                continue;
            }
            g.gate().veto(snapshot, target).ifPresent(r -> out.add(new Veto(g.name(), g.requirement(), r)));
        }
        return out;
    }
}
