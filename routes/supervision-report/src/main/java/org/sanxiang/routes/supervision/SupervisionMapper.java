package org.sanxiang.routes.supervision;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements of the supervision adapter's tables ({@code SupervisionMapper.xml}). */
public interface SupervisionMapper {

    /** {@code sx_sup_message}: one message of the outbox. */
    final class MessageRow {
        public Long id;
        public String businessKey;
        public int version;
        public String kind;
        public String summary;
        public String body;
        public java.time.LocalDateTime createdAt;
    }

    /** {@code sx_sup_checkpoint}: a checkpoint made from a signed tree head. */
    final class CheckpointRow {
        public Long id;
        public long treeSize;
        public String rootHash;
        public java.time.LocalDateTime signedAt;
        public String keyId;
        public Long previousSize;
        public String businessKey;
        public java.time.LocalDateTime createdAt;
    }

    int insertMessage(MessageRow row);

    MessageRow findMessage(@Param("businessKey") String businessKey, @Param("version") int version);

    List<MessageRow> messagesAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    Integer lastVersion(@Param("businessKey") String businessKey);

    int insertCheckpoint(CheckpointRow row);

    CheckpointRow lastCheckpoint();

    List<CheckpointRow> checkpoints(@Param("limit") int limit);

    /** {@code sx_sup_receipt}: what the office answered for one business key + version. */
    final class ReceiptRow {
        public String businessKey;
        public int version;
        public String status;
        public String receiptId;
        public String reason;
        public java.time.LocalDateTime answeredAt;
    }

    /** A message with its answer, if any. */
    final class DeliveryRow {
        public long id;
        public String businessKey;
        public int version;
        public String kind;
        public String summary;
        public java.time.LocalDateTime createdAt;
        public String status;
        public String receiptId;
        public String reason;
        public java.time.LocalDateTime answeredAt;
    }

    Long position(@Param("queue") String queue);

    int insertPosition(@Param("queue") String queue, @Param("lastId") long lastId,
                       @Param("at") java.time.LocalDateTime at);

    int updatePosition(@Param("queue") String queue, @Param("lastId") long lastId,
                       @Param("at") java.time.LocalDateTime at);

    ReceiptRow findReceipt(@Param("businessKey") String businessKey, @Param("version") int version);

    int insertReceipt(ReceiptRow row);

    List<DeliveryRow> recent(@Param("limit") int limit);
}
