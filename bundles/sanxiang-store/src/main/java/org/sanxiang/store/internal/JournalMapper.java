package org.sanxiang.store.internal;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** MyBatis mapper of {@code sx_inbound_journal}. */
public interface JournalMapper {

    int insert(JournalRow row);

    JournalRow find(@Param("source") String source, @Param("messageId") String messageId);

    List<JournalRow> latest(@Param("limit") int limit);

    long count();
}
