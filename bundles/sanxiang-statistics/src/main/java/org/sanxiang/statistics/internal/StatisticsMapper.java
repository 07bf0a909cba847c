package org.sanxiang.statistics.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.statistics.internal.Rows.CaseRow;
import org.sanxiang.statistics.internal.Rows.DecisionRow;
import org.sanxiang.statistics.internal.Rows.MediaRow;
import org.sanxiang.statistics.internal.Rows.PublicationRow;
import org.sanxiang.statistics.internal.Rows.ReportRow;

/**
 * MyBatis mapper of the statistics ({@code #{}} parameters only). Reads select rows whose UTC time lies in
 * [{@code from}, {@code to}), the year's bounds in China converted to UTC; months are counted in Java.
 */
public interface StatisticsMapper {

    List<CaseRow> casesFiled(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<DecisionRow> decisions(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<PublicationRow> publications(@Param("from") LocalDate from, @Param("to") LocalDate to);

    List<MediaRow> media(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<String> reviewRequestStates(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<String> opinionOutcomes(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    int insertReport(ReportRow row);

    List<ReportRow> reports(@Param("year") int year);
}
