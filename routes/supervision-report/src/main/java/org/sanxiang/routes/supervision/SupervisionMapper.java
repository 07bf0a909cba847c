package org.sanxiang.routes.supervision;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * Statements of the supervision adapter's tables ({@code SupervisionMapper.xml}). The tables
 * {@code sx_sup_position} and {@code sx_sup_receipt} of migration V001 are no longer used: delivery
 * bookkeeping is the shared outbound delivery's ({@code sx_dlv_*}).
 */
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
}
