package org.sanxiang.store.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL of the ledger intake ({@code sx_ledger_intake}). */
interface LedgerIntakeMapper {

    int insert(LedgerIntakeRow row);

    List<LedgerIntakeRow> oldest(@Param("limit") int limit);

    int delete(@Param("id") long id);

    long count();

    LocalDateTime oldestRecordedAt();
}
