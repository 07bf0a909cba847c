package org.sanxiang.records.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.RecordClass;
import org.sanxiang.api.records.RecordingRequirement;

class RecordsSettingsTest {

    @Test
    void shippedDefaults() {
        RecordsSettings s = Fixtures.settings();
        assertEquals(CaseStage.FILED, s.documentTypes().get("立案审批表"));
        assertEquals(List.of("立案审批表", "询问笔录", "调查终结报告", "告知书", "决定书", "送达回证", "结案报告"),
                s.requiredDocuments(EnforcementKind.PENALTY, false));
        assertEquals(List.of("立案审批表", "撤销立案审批表"), s.requiredDocuments(EnforcementKind.PENALTY, true));
        assertEquals(RecordingRequirement.FULL_PROCESS, s.requirement(Activity.HEARING));
        assertEquals(RecordingRequirement.REQUIRED, s.requirement(Activity.SERVICE));
        assertEquals(Set.of(Activity.COERCIVE_MEASURE), s.activities(EnforcementKind.COERCION, CaseStage.EXECUTION));
        assertEquals(Set.of(), s.activities(EnforcementKind.PENALTY, CaseStage.EXECUTION));
        assertEquals(Period.ofMonths(6), s.retention(RecordClass.MEDIA));
        assertEquals(2, s.certifiedOfficersRequired());
    }

    @Test
    void aStandardNamingAnUnknownDocumentTypeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordsSettings.of(
                Fixtures.config(Map.of("case_file_standard", new String[] {"PENALTY=立案审批表,不存在的文书"}))));
        assertTrue(e.getMessage().contains("不存在的文书"));
    }

    @Test
    void malformedEntriesAndFewerThanTwoOfficersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RecordsSettings.of(
                Fixtures.config(Map.of("recording_requirements", new String[] {"听证"}))));
        assertThrows(IllegalArgumentException.class, () -> RecordsSettings.of(
                Fixtures.config(Map.of("recording_requirements", new String[] {"听证=SOMETIMES"}))));
        assertThrows(IllegalArgumentException.class, () -> RecordsSettings.of(
                Fixtures.config(Map.of("retention", new String[] {"MEDIA=P6M"}))));
        assertThrows(IllegalArgumentException.class, () -> RecordsSettings.of(
                Fixtures.config(Map.of("certified_officers_required", 1))));
    }

    @Test
    void anActivityMissingFromTheListNeedsNoRecording() {
        RecordsSettings s = RecordsSettings.of(Fixtures.config(Map.of("recording_requirements",
                new String[] {"听证=FULL_PROCESS"})));
        assertEquals(RecordingRequirement.NONE, s.requirement(Activity.SERVICE));
    }

    @Test
    void theShippedCfgFileNamesEveryKeyAndParsesToTheDefaults() throws Exception {
        Map<String, Object> cfg = ShippedCfg.read();
        Map<String, Object> overrides = new HashMap<>();
        for (Method m : RecordsConfig.class.getDeclaredMethods()) {
            String key = m.getName().replace('_', '.');
            if (key.equals("required.gates")) {
                continue; // shipped on, unlike the built-in default (see below)
            }
            assertTrue(cfg.containsKey(key), "etc/org.sanxiang.records.cfg lacks " + key);
            Object value = cfg.get(key);
            assertEquals(m.getReturnType().isArray() ? String[].class : m.getReturnType() == int.class
                    ? Integer.class : String.class, value.getClass(), key);
            overrides.put(m.getName(), value);
        }
        assertEquals(RecordsConfig.class.getDeclaredMethods().length, cfg.size(), "no unknown keys: " + cfg.keySet());
        assertEquals("${karaf.data}/evidence", cfg.get("evidence.root"));
        RecordsSettings shipped = RecordsSettings.of(Fixtures.config(overrides));
        assertEquals(Fixtures.settings().canonicalText("/evidence"), shipped.canonicalText("/evidence"));
        assertTrue(cfg.get("required.gates") instanceof String[] required
                && List.of(required).equals(List.of("法制审核")), "R-L1 fail closed as shipped: " + cfg.get("required.gates"));
        overrides.put("required_gates", cfg.get("required.gates"));
        assertEquals(java.util.Set.of("法制审核"), RecordsSettings.of(Fixtures.config(overrides)).requiredGates());
        assertEquals(CaseStage.FILED, shipped.documentTypes().get("立案审批表"));
    }

    @Test
    void theCanonicalTextShowsTheEffectiveSettings() {
        String text = Fixtures.settings().canonicalText("/var/sanxiang/evidence");
        assertEquals(List.of("evidence.root=/var/sanxiang/evidence",
                "document.types=立案审批表=FILED,现场检查笔录=INVESTIGATION,询问笔录=INVESTIGATION,勘验笔录=INVESTIGATION,"
                        + "证据登记保存清单=EVIDENCE,抽样取证凭证=EVIDENCE,调查终结报告=EXAMINATION,告知书=EXAMINATION,"
                        + "听证笔录=EXAMINATION,法制审核意见书=EXAMINATION,决定书=DECISION,送达回证=SERVICE,"
                        + "执行记录=EXECUTION,结案报告=CLOSED,撤销立案审批表=WITHDRAWN",
                "case.file.standard=PERMIT=立案审批表,现场检查笔录,决定书,送达回证,结案报告;"
                        + "PENALTY=立案审批表,询问笔录,调查终结报告,告知书,决定书,送达回证,结案报告;"
                        + "COERCION=立案审批表,现场检查笔录,证据登记保存清单,决定书,送达回证,执行记录,结案报告;"
                        + "LEVY=立案审批表,调查终结报告,决定书,送达回证,执行记录,结案报告;"
                        + "INSPECTION=立案审批表,现场检查笔录,结案报告;WITHDRAWN=立案审批表,撤销立案审批表",
                "recording.requirements=ON_SITE_INSPECTION=REQUIRED,RANDOM_INSPECTION=REQUIRED,INVESTIGATION=REQUIRED,"
                        + "EVIDENCE_PRESERVATION=REQUIRED,HEARING=FULL_PROCESS,COERCIVE_MEASURE=FULL_PROCESS,"
                        + "SERVICE=REQUIRED",
                "stage.activities=COERCION:EXECUTION=COERCIVE_MEASURE;EVIDENCE=INVESTIGATION;"
                        + "INVESTIGATION=ON_SITE_INSPECTION;SERVICE=SERVICE",
                "retention=CASE_FILE=P30Y,DOCUMENT=P30Y,MEDIA=P6M,ACCESS_LOG=P10Y",
                "certified.officers.required=2"), List.of(text.split("\n")));
    }

    @Test
    void aKindWrittenInChineseInStageActivitiesAppliesToThatKind() {
        RecordsSettings s = RecordsSettings.of(Fixtures.config(Map.of("stage_activities",
                new String[] {"行政强制:EXECUTION=行政强制"})));
        assertEquals(Set.of(Activity.COERCIVE_MEASURE), s.activities(EnforcementKind.COERCION, CaseStage.EXECUTION));
    }
}
