package org.sanxiang.records.internal;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.RecordClass;
import org.sanxiang.api.records.RecordingRequirement;

/**
 * The parsed, immutable configuration of the records module ({@link RecordsConfig}). A malformed entry is
 * an {@link IllegalArgumentException} naming it, so a bad configuration never half-applies.
 */
final class RecordsSettings {

    private final Map<String, CaseStage> documentTypes;
    private final Map<EnforcementKind, List<String>> caseFileStandard;
    private final List<String> withdrawnStandard;
    private final Map<Activity, RecordingRequirement> recordings;
    private final Map<String, Set<Activity>> stageActivities;
    private final Map<RecordClass, Period> retention;
    private final int certifiedOfficersRequired;
    private final Set<String> requiredGates;

    private RecordsSettings(RecordsConfig c) {
        Map<String, CaseStage> types = new LinkedHashMap<>();
        for (String[] kv : entries(c.document_types(), "document.types")) {
            types.put(kv[0], CaseStage.valueOf(kv[1]));
        }
        documentTypes = Collections.unmodifiableMap(types);

        Map<EnforcementKind, List<String>> standard = new EnumMap<>(EnforcementKind.class);
        List<String> withdrawn = List.of();
        for (String[] kv : entries(c.case_file_standard(), "case.file.standard")) {
            List<String> docs = new ArrayList<>();
            for (String t : kv[1].split(",")) {
                String type = t.strip();
                if (!types.containsKey(type)) {
                    throw new IllegalArgumentException("case.file.standard " + kv[0] + " names an unknown document type: "
                            + type);
                }
                docs.add(type);
            }
            if ("WITHDRAWN".equals(kv[0])) {
                withdrawn = List.copyOf(docs);
            } else {
                standard.put(EnforcementKind.of(kv[0]), List.copyOf(docs));
            }
        }
        caseFileStandard = Collections.unmodifiableMap(standard);
        withdrawnStandard = withdrawn;

        Map<Activity, RecordingRequirement> rec = new EnumMap<>(Activity.class);
        for (Activity a : Activity.values()) {
            rec.put(a, RecordingRequirement.NONE);
        }
        for (String[] kv : entries(c.recording_requirements(), "recording.requirements")) {
            rec.put(Activity.of(kv[0]), RecordingRequirement.valueOf(kv[1]));
        }
        recordings = Collections.unmodifiableMap(rec);

        Map<String, Set<Activity>> sa = new LinkedHashMap<>();
        for (String[] kv : entries(c.stage_activities(), "stage.activities")) {
            String key = kv[0];
            int colon = key.indexOf(':');
            if (colon >= 0) {
                key = EnforcementKind.of(key.substring(0, colon).strip()).name() + ":"
                        + CaseStage.valueOf(key.substring(colon + 1).strip()).name();
            } else {
                CaseStage.valueOf(key);
            }
            Set<Activity> acts = new LinkedHashSet<>();
            for (String a : kv[1].split(",")) {
                acts.add(Activity.of(a.strip()));
            }
            sa.merge(key, Collections.unmodifiableSet(acts), (a, b) -> {
                Set<Activity> both = new LinkedHashSet<>(a);
                both.addAll(b);
                return Collections.unmodifiableSet(both);
            });
        }
        stageActivities = Collections.unmodifiableMap(sa);

        Map<RecordClass, Period> ret = new EnumMap<>(RecordClass.class);
        for (String[] kv : entries(c.retention(), "retention")) {
            ret.put(RecordClass.valueOf(kv[0]), Period.parse(kv[1]));
        }
        for (RecordClass rc : RecordClass.values()) {
            if (!ret.containsKey(rc)) {
                throw new IllegalArgumentException("retention has no period for " + rc);
            }
        }
        retention = Collections.unmodifiableMap(ret);
        if (c.certified_officers_required() < 2) {
            throw new IllegalArgumentException("certified.officers.required must be at least 2 (执法人员不得少于两人)");
        }
        certifiedOfficersRequired = c.certified_officers_required();
        Set<String> required = new LinkedHashSet<>();
        for (String g : c.required_gates()) {
            if (g != null && !g.isBlank()) {
                required.add(g.strip());
            }
        }
        requiredGates = Collections.unmodifiableSet(required);
    }

    static RecordsSettings of(RecordsConfig config) {
        return new RecordsSettings(config);
    }

    private static List<String[]> entries(String[] values, String name) {
        List<String[]> out = new ArrayList<>();
        for (String v : values == null ? new String[0] : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new IllegalArgumentException(name + ": entry must be KEY=VALUE: " + v);
            }
            out.add(new String[] {v.substring(0, eq).strip(), v.substring(eq + 1).strip()});
        }
        return out;
    }

    /** Configured document types and the stage each belongs to, in configuration order. */
    Map<String, CaseStage> documentTypes() {
        return documentTypes;
    }

    /** The document types a case of {@code kind} must hold to be archived; withdrawn cases their own list. */
    List<String> requiredDocuments(EnforcementKind kind, boolean withdrawn) {
        return withdrawn ? withdrawnStandard : caseFileStandard.getOrDefault(kind, List.of());
    }

    RecordingRequirement requirement(Activity activity) {
        return recordings.get(activity);
    }

    /** The activities carried out in {@code stage} of a case of {@code kind}. */
    Set<Activity> activities(EnforcementKind kind, CaseStage stage) {
        Set<Activity> out = new LinkedHashSet<>(stageActivities.getOrDefault(stage.name(), Set.of()));
        out.addAll(stageActivities.getOrDefault(kind.name() + ":" + stage.name(), Set.of()));
        return out;
    }

    Period retention(RecordClass recordClass) {
        return retention.get(recordClass);
    }

    int certifiedOfficersRequired() {
        return certifiedOfficersRequired;
    }

    /** The names of the gates that must be running for any stage change or new document. */
    Set<String> requiredGates() {
        return requiredGates;
    }

    /**
     * The effective settings as canonical text, one {@code key=value} a line in {@link RecordsConfig} order:
     * document types in configured order, the case-file standard by kind, the requirement of every activity
     * (unlisted ones as NONE), stage activities by key, retention periods normalised. Two configurations
     * that behave alike give the same text however they were written (Chinese or enum names, spacing).
     *
     * @param evidenceRoot the evidence store directory in use
     */
    String canonicalText(String evidenceRoot) {
        StringBuilder sb = new StringBuilder();
        sb.append("evidence.root=").append(evidenceRoot).append('\n');
        sb.append("document.types=").append(documentTypes.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().name()).collect(Collectors.joining(","))).append('\n');
        List<String> standard = new ArrayList<>();
        caseFileStandard.forEach((k, docs) -> standard.add(k.name() + "=" + String.join(",", docs)));
        standard.add("WITHDRAWN=" + String.join(",", withdrawnStandard));
        sb.append("case.file.standard=").append(String.join(";", standard)).append('\n');
        sb.append("recording.requirements=").append(recordings.entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue().name()).collect(Collectors.joining(","))).append('\n');
        sb.append("stage.activities=").append(new TreeMap<>(stageActivities).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(Enum::name).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"))).append('\n');
        sb.append("retention=").append(retention.entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue().normalized()).collect(Collectors.joining(",")))
                .append('\n');
        sb.append("certified.officers.required=").append(certifiedOfficersRequired).append('\n');
        if (!requiredGates.isEmpty()) {
            sb.append("required.gates=").append(String.join(",", new TreeSet<>(requiredGates))).append('\n');
        }
        return sb.toString();
    }
}
