package org.sanxiang.records.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.RecordingAlert;
import org.sanxiang.api.records.RecordingRequirement;
import org.sanxiang.api.records.RecordingWatch;
import org.sanxiang.records.internal.Rows.MediaRow;
import org.sanxiang.records.internal.Rows.RecordingAlertRow;
import org.sanxiang.records.internal.Rows.StageEntryRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RecordingWatch} on {@code sx_rec_recording_alert}: the cases now in a stage whose activities need a
 * recording (音像记录事项清单 × 环节事项, the same lists the 音像记录 gate applies when the case leaves the stage)
 * and that entered it longer than the upload time limit ago are checked against the recordings linked to them;
 * one alert per stage entry and activity, raised once (the unique key holds it also when two nodes scan), cleared
 * by the link of a matching recording ({@link #recordingLinked}) or when the case has left the stage.
 */
final class RecordingWatchService implements RecordingWatch {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingWatchService.class);
    /** Cases looked at in one scan at most (the oldest entries first); the next scan takes the rest. */
    static final int SCAN_LIMIT = 10_000;

    private final ModuleStore store;
    private final Supplier<RecordsSettings> settings;
    private final Supplier<Duration> delay;
    private final Supplier<Instant> clock;

    RecordingWatchService(ModuleStore store, Supplier<RecordsSettings> settings, Supplier<Duration> delay,
                          Supplier<Instant> clock) {
        this.store = store;
        this.settings = settings;
        this.delay = delay;
        this.clock = clock;
    }

    @Override
    public Duration delay() {
        return delay.get();
    }

    @Override
    public List<RecordingAlert> scan(Instant asOf) {
        Instant at = (asOf == null ? clock.get() : asOf).truncatedTo(ChronoUnit.MILLIS);
        Duration limit = delay();
        RecordsSettings s = settings.get();
        clearLeft(s, at);
        Set<String> stages = new TreeSet<>();
        for (CaseStage stage : CaseStage.values()) {
            for (EnforcementKind kind : EnforcementKind.values()) {
                if (!needed(s, kind, stage).isEmpty()) {
                    stages.add(stage.name());
                }
            }
        }
        if (stages.isEmpty()) {
            return List.of();
        }
        List<StageEntryRow> entries = read(m -> m.stageEntries(stages, utc(at.minus(limit)), SCAN_LIMIT));
        List<RecordingAlert> raised = new ArrayList<>();
        for (StageEntryRow e : entries) {
            List<Activity> needed = needed(s, EnforcementKind.valueOf(e.kind), CaseStage.valueOf(e.stage));
            if (needed.isEmpty()) {
                continue;
            }
            List<MediaRow> media = read(m -> m.media(e.caseId));
            for (Activity a : needed) {
                RecordingRequirement r = s.requirement(a);
                if (satisfied(media, a, r)) {
                    continue;
                }
                RecordingAlertRow row = new RecordingAlertRow();
                row.caseNumber = e.caseNumber;
                row.transitionId = e.transitionId;
                row.stage = e.stage;
                row.activity = a.name();
                row.requirement = r.name();
                row.expectedSince = e.enteredAt;
                row.dueAt = utc(instant(e.enteredAt).plus(limit));
                row.raisedAt = utc(at);
                boolean inserted;
                try {
                    inserted = store.inTransaction((SqlSession x) -> {
                        RecordsMapper m = x.getMapper(RecordsMapper.class);
                        if (m.findRecordingAlert(row.transitionId, row.activity) != null) {
                            return false;
                        }
                        m.insertRecordingAlert(row);
                        return true;
                    });
                } catch (RuntimeException ex) {
                    if (!ModuleStore.isConstraintViolation(ex)) {
                        throw ex;
                    }
                    inserted = false; // raised at the same moment by another scan (or node)
                }
                if (inserted) {
                    LOG.warn("音像记录未按时上传 / recording overdue: case {} {} {} ({}), due {}", e.caseNumber,
                            CaseStage.valueOf(e.stage).chinese(), a.chinese(), r, instant(row.dueAt));
                    raised.add(alert(row));
                }
            }
        }
        return raised;
    }

    /**
     * Clears the open alerts whose recording is linked by now (also when the clearing at the link failed) or whose
     * case left the alert's stage (every stage but 撤销 needs the recording to be left).
     */
    private void clearLeft(RecordsSettings s, Instant at) {
        for (RecordingAlertRow a : read(m -> m.openRecordingAlerts(null))) {
            Rows.CaseRow c = read(m -> m.findCase(a.caseNumber));
            Activity activity = Activity.valueOf(a.activity);
            List<MediaRow> media = read(m -> m.media(c.id));
            if (satisfied(media, activity, RecordingRequirement.valueOf(a.requirement))) {
                MediaRow first = media.stream().filter(m -> m.activity.equals(a.activity)).findFirst().orElseThrow();
                clear(a, at, "音像记录已关联: " + first.fileName);
            } else if (!c.stage.equals(a.stage)) {
                clear(a, at, "案件已进入" + CaseStage.valueOf(c.stage).chinese() + "环节");
            }
        }
    }

    /**
     * Called in the link's own flow once a recording is linked to {@code caseNumber}: clears the open alerts it
     * satisfies.
     */
    void recordingLinked(String caseNumber, Activity activity, boolean fullProcess, String fileName) {
        RecordsSettings s = settings.get();
        Instant at = clock.get().truncatedTo(ChronoUnit.MILLIS);
        for (RecordingAlertRow a : read(m -> m.openRecordingAlerts(caseNumber))) {
            if (a.activity.equals(activity.name())
                    && (fullProcess || s.requirement(activity) != RecordingRequirement.FULL_PROCESS)) {
                clear(a, at, "音像记录已关联: " + fileName);
            }
        }
    }

    private void clear(RecordingAlertRow a, Instant at, String reason) {
        String r = reason.length() > 300 ? reason.substring(0, 300) : reason;
        int n = store.inTransaction((SqlSession x) -> x.getMapper(RecordsMapper.class)
                .clearRecordingAlert(a.id, utc(at), r));
        if (n == 1) {
            LOG.info("Recording alert {} of case {} ({}) cleared: {}", a.id, a.caseNumber,
                    Activity.valueOf(a.activity).chinese(), r);
        }
    }

    @Override
    public List<RecordingAlert> alerts(boolean openOnly, int limit) {
        int n = Math.max(0, Math.min(limit, 10_000));
        return read(m -> m.recordingAlerts(openOnly, n)).stream().map(RecordingWatchService::alert)
                .collect(Collectors.toList());
    }

    private static List<Activity> needed(RecordsSettings s, EnforcementKind kind, CaseStage stage) {
        List<Activity> out = new ArrayList<>();
        for (Activity a : s.activities(kind, stage)) {
            RecordingRequirement r = s.requirement(a);
            if (r != null && r != RecordingRequirement.NONE) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean satisfied(List<MediaRow> media, Activity a, RecordingRequirement r) {
        return media.stream().anyMatch(m -> m.activity.equals(a.name())
                && (r != RecordingRequirement.FULL_PROCESS || m.fullProcess));
    }

    static RecordingAlert alert(RecordingAlertRow r) {
        return new RecordingAlert(r.id, r.caseNumber, CaseStage.valueOf(r.stage), Activity.valueOf(r.activity),
                RecordingRequirement.valueOf(r.requirement), instant(r.expectedSince), instant(r.dueAt),
                instant(r.raisedAt), instant(r.clearedAt), r.clearedReason);
    }

    private <T> T read(Function<RecordsMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(RecordsMapper.class)));
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
