package org.sanxiang.store.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.sanxiang.api.journal.JournalEntry;

/** A row of {@code sx_inbound_journal}; times are UTC wall-clock values. */
public class JournalRow {
    private Long id;
    private String source;
    private String messageId;
    private LocalDateTime receivedAt;
    private String payloadSha256;
    private long payloadSize;
    private String outcome;
    private LocalDateTime recordedAt;

    static JournalRow of(JournalEntry e, LocalDateTime recordedAt) {
        JournalRow r = new JournalRow();
        r.source = e.source();
        r.messageId = e.messageId();
        r.receivedAt = LocalDateTime.ofInstant(e.receivedAt(), ZoneOffset.UTC);
        r.payloadSha256 = e.payloadSha256();
        r.payloadSize = e.payloadSize();
        r.outcome = e.outcome();
        r.recordedAt = recordedAt;
        return r;
    }

    JournalEntry toEntry() {
        return new JournalEntry(source, messageId, receivedAt.toInstant(ZoneOffset.UTC), payloadSha256, payloadSize,
                outcome);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getPayloadSha256() {
        return payloadSha256;
    }

    public void setPayloadSha256(String payloadSha256) {
        this.payloadSha256 = payloadSha256;
    }

    public long getPayloadSize() {
        return payloadSize;
    }

    public void setPayloadSize(long payloadSize) {
        this.payloadSize = payloadSize;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(LocalDateTime recordedAt) {
        this.recordedAt = recordedAt;
    }
}
