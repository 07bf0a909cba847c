package org.sanxiang.records.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.records.internal.Rows.AccessRow;
import org.sanxiang.records.internal.Rows.CaseRow;
import org.sanxiang.records.internal.Rows.ConfigRow;
import org.sanxiang.records.internal.Rows.DeletionRow;
import org.sanxiang.records.internal.Rows.DocumentRow;
import org.sanxiang.records.internal.Rows.HoldRow;
import org.sanxiang.records.internal.Rows.MediaRow;
import org.sanxiang.records.internal.Rows.OfficerRow;
import org.sanxiang.records.internal.Rows.PartyRow;
import org.sanxiang.records.internal.Rows.RecordingAlertRow;
import org.sanxiang.records.internal.Rows.StageEntryRow;
import org.sanxiang.records.internal.Rows.TransitionRow;

/** MyBatis mapper of the {@code sx_rec_*} tables ({@code #{}} parameters only). */
public interface RecordsMapper {

    int insertOfficer(OfficerRow row);

    int updateOfficer(OfficerRow row);

    OfficerRow findOfficer(@Param("id") String officerId);

    List<OfficerRow> listOfficers();

    int insertCase(CaseRow row);

    CaseRow findCase(@Param("caseNumber") String caseNumber);

    List<CaseRow> listCases(@Param("stage") String stage, @Param("limit") int limit);

    int updateStage(@Param("id") long id, @Param("from") String from, @Param("to") String to,
                    @Param("at") LocalDateTime at);

    int insertParty(PartyRow row);

    List<PartyRow> parties(@Param("caseId") long caseId);

    int insertCaseOfficer(@Param("caseId") long caseId, @Param("officerId") String officerId,
                          @Param("by") String by, @Param("at") LocalDateTime at);

    List<String> caseOfficers(@Param("caseId") long caseId);

    int insertTransition(TransitionRow row);

    List<TransitionRow> transitions(@Param("caseId") long caseId);

    TransitionRow findTransition(@Param("id") long id);

    int insertDocument(DocumentRow row);

    List<DocumentRow> documents(@Param("caseId") long caseId);

    DocumentRow findDocument(@Param("id") long id);

    /** The SHA-256 of every object a document or a linked recording refers to. */
    List<String> referencedObjects();

    int insertMedia(MediaRow row);

    List<MediaRow> media(@Param("caseId") long caseId);

    MediaRow findMedia(@Param("id") long id);

    long countMediaLinks(@Param("sha256") String sha256);

    long countDocumentsWithContent(@Param("sha256") String sha256);

    int insertAccess(AccessRow row);

    AccessRow findAccess(@Param("id") long id);

    List<AccessRow> queryAccess(@Param("who") String who, @Param("subjectRef") String subjectRef,
                                @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                                @Param("limit") int limit);

    int insertHold(HoldRow row);

    HoldRow findHold(@Param("id") long id);

    int releaseHold(@Param("id") long id, @Param("by") String by, @Param("at") LocalDateTime at);

    List<HoldRow> activeHolds(@Param("subjectRef") String subjectRef);

    /** The case numbers the content {@code sha256} belongs to (linked recordings and documents). */
    List<String> casesOfContent(@Param("sha256") String sha256);

    int insertDeletion(DeletionRow row);

    DeletionRow findDeletion(@Param("id") long id);

    int insertConfig(ConfigRow row);

    ConfigRow findConfig(@Param("id") long id);

    /** The newest applied configuration of {@code pid}, or null. */
    ConfigRow lastConfig(@Param("pid") String pid);

    /**
     * The cases now in one of {@code stages} that entered it (their newest transition) at or before
     * {@code enteredBefore}, oldest entry first.
     */
    List<StageEntryRow> stageEntries(@Param("stages") java.util.Collection<String> stages,
                                     @Param("enteredBefore") LocalDateTime enteredBefore, @Param("limit") int limit);

    int insertRecordingAlert(RecordingAlertRow row);

    RecordingAlertRow findRecordingAlert(@Param("transitionId") long transitionId, @Param("activity") String activity);

    List<RecordingAlertRow> openRecordingAlerts(@Param("caseNumber") String caseNumber);

    List<RecordingAlertRow> recordingAlerts(@Param("openOnly") boolean openOnly, @Param("limit") int limit);

    int clearRecordingAlert(@Param("id") long id, @Param("at") LocalDateTime at, @Param("reason") String reason);
}
