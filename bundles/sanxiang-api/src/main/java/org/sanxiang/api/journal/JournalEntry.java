package org.sanxiang.api.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One message accepted from an outside party (接收记录): which party sent it ({@code source}), the id
 * the message carries or the hub gave it, when the hub accepted it, the SHA-256 of its payload (hex),
 * its size, and the outcome the adapter reported.
 */
public final class JournalEntry {

    private final String source;
    private final String messageId;
    private final Instant receivedAt;
    private final String payloadSha256;
    private final long payloadSize;
    private final String outcome;

    public JournalEntry(String source, String messageId, Instant receivedAt, String payloadSha256,
                        long payloadSize, String outcome) {
        this.source = require(source, "source", 64);
        this.messageId = require(messageId, "messageId", 128);
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.payloadSha256 = require(payloadSha256, "payloadSha256", 64);
        if (!payloadSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("payloadSha256 must be 64 lower-case hex digits: " + payloadSha256);
        }
        if (payloadSize < 0) {
            throw new IllegalArgumentException("payloadSize must not be negative");
        }
        this.payloadSize = payloadSize;
        this.outcome = outcome == null ? "ACCEPTED" : require(outcome, "outcome", 32);
    }

    private static String require(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return value;
    }

    public String source() {
        return source;
    }

    public String messageId() {
        return messageId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String payloadSha256() {
        return payloadSha256;
    }

    public long payloadSize() {
        return payloadSize;
    }

    public String outcome() {
        return outcome;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JournalEntry)) {
            return false;
        }
        JournalEntry e = (JournalEntry) o;
        return source.equals(e.source) && messageId.equals(e.messageId) && receivedAt.equals(e.receivedAt)
                && payloadSha256.equals(e.payloadSha256) && payloadSize == e.payloadSize && outcome.equals(e.outcome);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, messageId);
    }

    @Override
    public String toString() {
        return "JournalEntry[" + source + "/" + messageId + " at " + receivedAt + " sha256=" + payloadSha256 + "]";
    }
}
