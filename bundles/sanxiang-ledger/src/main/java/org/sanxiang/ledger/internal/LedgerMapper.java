package org.sanxiang.ledger.internal;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** MyBatis mapper of {@code ledger_entry} and {@code ledger_tree_head}. */
public interface LedgerMapper {

    int insertEntry(LedgerRow row);

    long size();

    List<LedgerRow> entries(@Param("from") long from, @Param("to") long to);

    List<String> leafHashes(@Param("from") long from, @Param("to") long to);

    List<LedgerRow> entriesForSubject(@Param("subjectRef") String subjectRef);

    int insertHead(HeadRow row);

    List<HeadRow> heads(@Param("from") long from, @Param("max") int max);

    HeadRow latestHead();
}
