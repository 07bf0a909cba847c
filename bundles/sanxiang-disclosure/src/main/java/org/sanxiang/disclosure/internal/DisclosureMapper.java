package org.sanxiang.disclosure.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.disclosure.internal.Rows.AlertRow;
import org.sanxiang.disclosure.internal.Rows.DrawRow;
import org.sanxiang.disclosure.internal.Rows.EventRow;
import org.sanxiang.disclosure.internal.Rows.OutboxRow;
import org.sanxiang.disclosure.internal.Rows.PublicationRow;
import org.sanxiang.disclosure.internal.Rows.RegisterRow;
import org.sanxiang.disclosure.internal.Rows.VersionRow;

/** The disclosure module's statements ({@code DisclosureMapper.xml}). */
public interface DisclosureMapper {

    int insertPublication(PublicationRow row);

    PublicationRow findPublication(@Param("id") long id);

    /** Reads and locks the row for the rest of the transaction. */
    PublicationRow lockPublication(@Param("id") long id);

    PublicationRow findByCase(@Param("caseNumber") String caseNumber);

    /** Updates the mutable columns when the row is still at {@code expectedState}; returns the count. */
    int updatePublication(@Param("row") PublicationRow row, @Param("expectedState") String expectedState);

    List<PublicationRow> listPublications(@Param("state") String state, @Param("overdueBefore") LocalDate overdueBefore,
                                          @Param("requireAck") boolean requireAck, @Param("limit") int limit);

    List<PublicationRow> publicView(@Param("limit") int limit);

    List<PublicationRow> expiring(@Param("today") LocalDate today);

    int insertPublic(Rows.PublicRow row);

    int deletePublic(@Param("publicationId") long publicationId);

    int revokePublic(@Param("publicationId") long publicationId, @Param("reason") String reason);

    List<Rows.PublicRow> publicSearch(@Param("q") org.sanxiang.api.disclosure.PublicDecision.Query q,
            @Param("namePattern") String namePattern, @Param("today") LocalDate today, @Param("limit") int limit,
            @Param("offset") long offset);

    long publicCount(@Param("q") org.sanxiang.api.disclosure.PublicDecision.Query q,
            @Param("namePattern") String namePattern, @Param("today") LocalDate today);

    List<Rows.PublicRow> publicAfter(@Param("date") LocalDate date, @Param("id") long id,
            @Param("today") LocalDate today, @Param("limit") int limit);

    Rows.PublicRow findPublic(@Param("publicationId") long publicationId, @Param("today") LocalDate today);

    List<Long> unindexedPublic();

    /** Publications not yet out, nearest deadline first (see {@code notDelivered} in the mapper). */
    List<PublicationRow> unpublished(@Param("requireAck") boolean requireAck, @Param("limit") int limit);

    int insertVersion(VersionRow row);

    int updateVersion(VersionRow row);

    VersionRow findVersion(@Param("publicationId") long publicationId, @Param("version") int version);

    List<VersionRow> versions(@Param("publicationId") long publicationId);

    int insertEvent(EventRow row);

    EventRow findEvent(@Param("id") long id);

    List<EventRow> events(@Param("publicationId") long publicationId);

    int insertOutbox(OutboxRow row);

    List<OutboxRow> outboxAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    List<OutboxRow> outboxOf(@Param("publicationId") long publicationId);

    OutboxRow findOutbox(@Param("id") long id);

    int acknowledgeOutbox(@Param("id") long id, @Param("at") java.time.LocalDateTime at,
                          @Param("receipt") String receipt);

    int insertAlert(AlertRow row);

    List<AlertRow> alerts(@Param("limit") int limit);

    int countAlert(@Param("publicationId") long publicationId, @Param("level") String level,
                   @Param("dueDate") LocalDate dueDate);

    int insertRegister(RegisterRow row);

    RegisterRow findRegister(@Param("id") long id);

    List<RegisterRow> registerHistory(@Param("type") String type, @Param("key") String key);

    List<RegisterRow> registerAll(@Param("type") String type);

    int insertDraw(DrawRow row);

    DrawRow findDraw(@Param("id") long id);

    List<DrawRow> listDraws(@Param("limit") int limit);

    /** Sets the results once: only while none are recorded. */
    int recordDrawResults(DrawRow row);

    /** Marks the results published once: only while not yet published. */
    int markDrawPublished(@Param("id") long id, @Param("at") java.time.LocalDateTime at);
}
