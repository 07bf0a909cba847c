package org.sanxiang.records.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
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
}
