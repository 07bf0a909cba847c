package org.sanxiang.routes.delivery.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements of the delivery tables ({@code DeliveryMapper.xml}). */
public interface DeliveryMapper {

    /** {@code sx_dlv_message}. */
    final class MessageRow {
        public String channel;
        public String businessKey;
        public long sourceId;
        public String groupKey;
        public int version;
        public String kind;
        public String summary;
        public String state;
        public int attempts;
        public int replays;
        public String lastError;
        public LocalDateTime nextAttemptAt;
        public LocalDateTime createdAt;
        public LocalDateTime updatedAt;
    }

    /** {@code sx_dlv_receipt}. */
    final class ReceiptRow {
        public String channel;
        public String businessKey;
        public String status;
        public String receipt;
        public String reason;
        public LocalDateTime answeredAt;
    }

    /** Where a channel stands. */
    final class SummaryRow {
        public Long pending;
        public java.time.LocalDateTime oldestPending;
        public Long dead;
        public Long rejected;
        public Long delivered;
    }

    /** A message with its answer, for ops. */
    final class ViewRow {
        public String businessKey;
        public long sourceId;
        public int version;
        public String kind;
        public String summary;
        public LocalDateTime createdAt;
        public int attempts;
        public int replays;
        public LocalDateTime nextAttemptAt;
        public String status;
        public String receipt;
        public String reason;
        public LocalDateTime answeredAt;
    }

    Long position(@Param("channel") String channel);

    int insertPosition(@Param("channel") String channel, @Param("lastId") long lastId, @Param("at") LocalDateTime at);

    int updatePosition(@Param("channel") String channel, @Param("lastId") long lastId, @Param("at") LocalDateTime at);

    MessageRow findMessage(@Param("channel") String channel, @Param("businessKey") String businessKey);

    int insertMessage(MessageRow row);

    int updateState(@Param("channel") String channel, @Param("businessKey") String businessKey,
                    @Param("state") String state, @Param("attempts") int attempts, @Param("lastError") String lastError,
                    @Param("nextAttemptAt") LocalDateTime nextAttemptAt, @Param("at") LocalDateTime at);

    int replayed(@Param("channel") String channel, @Param("businessKey") String businessKey,
                 @Param("replays") int replays, @Param("at") LocalDateTime at);

    int countReplay(@Param("channel") String channel, @Param("businessKey") String businessKey,
                    @Param("replays") int replays, @Param("at") LocalDateTime at);

    String earlierOpen(@Param("channel") String channel, @Param("groupKey") String groupKey,
                       @Param("sourceId") long sourceId);

    ReceiptRow findReceipt(@Param("channel") String channel, @Param("businessKey") String businessKey);

    int insertReceipt(ReceiptRow row);

    List<ViewRow> recent(@Param("channel") String channel, @Param("status") String status, @Param("limit") int limit);

    List<ViewRow> deadLetters(@Param("channel") String channel, @Param("limit") int limit);

    List<String> channels();

    SummaryRow summary(@Param("channel") String channel);
}
