package org.sanxiang.routes.delivery;

/**
 * A message as the delivery consumer takes it off the channel's queue.
 *
 * @param entry      the outbox entry it carries
 * @param attempt    failed attempts so far (0 on the first try)
 * @param generation 0, or the number of the replay that sent it again from the dead letters
 * @param deferrals  how often it waited for an earlier message of its group
 */
public record QueuedMessage(OutboundEntry entry, int attempt, int generation, int deferrals) {
}
