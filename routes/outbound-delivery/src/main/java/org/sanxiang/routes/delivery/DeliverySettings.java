package org.sanxiang.routes.delivery;

/**
 * The settings of one delivery channel (from the adapter's {@code etc/} configuration): its queue and
 * dead-letter queue, how often and how much of the outbox it reads, and the retry policy — capped
 * exponential back-off ({@code initial · multiplier^(attempt-1)}, at most {@code maxDelay}), a dead letter
 * after {@code maxAttempts} failed attempts.
 */
public final class DeliverySettings {

    private final String channel;
    private String queue;
    private String deadLetterQueue;
    private String consumeUri;
    private String sendUri;
    private String deadUri;
    private long pollMillis = 2000;
    private long firstPollDelayMillis = 3000;
    private int batchSize = 200;
    private int maxAttempts = 8;
    private long initialDelayMillis = 1000;
    private double multiplier = 2.0;
    private long maxDelayMillis = 300_000;
    private boolean deliveryEnabled = true;

    /** @param channel the channel's name, e.g. {@code credit}; queues {@code sanxiang.<channel>.out}, {@code DLQ.sanxiang.<channel>} */
    public DeliverySettings(String channel) {
        if (channel == null || !channel.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("channel name must be lower-case letters, digits, '-': " + channel);
        }
        this.channel = channel;
        this.queue = "sanxiang." + channel + ".out";
        this.deadLetterQueue = "DLQ.sanxiang." + channel;
    }

    /** Delay before attempt {@code attempt + 1} after {@code attempt} failed attempts (1, 2, ...). */
    public long backoffMillis(int attempt) {
        double delay = initialDelayMillis * Math.pow(multiplier, Math.max(0, attempt - 1));
        return (long) Math.min(delay, maxDelayMillis);
    }

    public String channel() {
        return channel;
    }

    public String queue() {
        return queue;
    }

    public String deadLetterQueue() {
        return deadLetterQueue;
    }

    /** Where the consumer takes messages from: the queue, in a local JMS transaction, one at a time. */
    public String consumeUri() {
        return consumeUri != null ? consumeUri
                : "jms:queue:" + queue + "?transacted=true&cacheLevelName=CACHE_CONSUMER&concurrentConsumers=1";
    }

    public String sendUri() {
        return sendUri != null ? sendUri : "jms:queue:" + queue;
    }

    public String deadUri() {
        return deadUri != null ? deadUri : "jms:queue:" + deadLetterQueue;
    }

    public long pollMillis() {
        return pollMillis;
    }

    public long firstPollDelayMillis() {
        return firstPollDelayMillis;
    }

    public int batchSize() {
        return batchSize;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public long initialDelayMillis() {
        return initialDelayMillis;
    }

    public boolean deliveryEnabled() {
        return deliveryEnabled;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public void setDeadLetterQueue(String deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
    }

    /** Endpoint overrides (tests run the routes on direct/mock endpoints). */
    public void setEndpoints(String consumeUri, String sendUri, String deadUri) {
        this.consumeUri = consumeUri;
        this.sendUri = sendUri;
        this.deadUri = deadUri;
    }

    public void setPollMillis(long pollMillis) {
        this.pollMillis = Math.max(100, pollMillis);
    }

    public void setFirstPollDelayMillis(long firstPollDelayMillis) {
        this.firstPollDelayMillis = Math.max(0, firstPollDelayMillis);
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = Math.max(1, Math.min(batchSize, 1000));
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    public void setInitialDelayMillis(long initialDelayMillis) {
        this.initialDelayMillis = Math.max(10, initialDelayMillis);
    }

    public void setMultiplier(double multiplier) {
        this.multiplier = Math.max(1.0, multiplier);
    }

    public void setMaxDelayMillis(long maxDelayMillis) {
        this.maxDelayMillis = Math.max(10, maxDelayMillis);
    }

    /** False keeps the consumer stopped (e.g. receiver credentials not configured): messages wait on the queue. */
    public void setDeliveryEnabled(boolean deliveryEnabled) {
        this.deliveryEnabled = deliveryEnabled;
    }
}
