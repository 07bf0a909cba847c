package org.sanxiang.applications.internal;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.applications.internal.Rows.AccessRow;
import org.sanxiang.applications.internal.Rows.ApplicationRow;
import org.sanxiang.applications.internal.Rows.StepRow;

/** MyBatis mapper of the {@code sx_app_*} tables ({@code #{}} parameters only). */
public interface ApplicationsMapper {

    int insertApplication(ApplicationRow row);

    int setReceiptNumber(@Param("id") long id, @Param("receiptNumber") String receiptNumber);

    ApplicationRow findById(@Param("id") long id);

    ApplicationRow findByReceipt(@Param("receiptNumber") String receiptNumber);

    ApplicationRow findByRequest(@Param("channel") String channel, @Param("clientRequestId") String clientRequestId);

    List<ApplicationRow> newest(@Param("limit") int limit);

    int updateState(@Param("id") long id, @Param("from") String from, @Param("to") String to);

    int insertStep(StepRow row);

    StepRow findStep(@Param("id") long id);

    List<StepRow> steps(@Param("applicationId") long applicationId);

    int insertAccess(AccessRow row);

    AccessRow findAccess(@Param("id") long id);

    List<AccessRow> reads(@Param("subjectRef") String subjectRef, @Param("limit") int limit);
}
