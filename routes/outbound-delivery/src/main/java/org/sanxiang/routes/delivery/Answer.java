package org.sanxiang.routes.delivery;

/**
 * What the receiver answered a delivered message.
 *
 * @param status  {@code ACCEPTED} (recorded now) or {@code DUPLICATE} (recorded before under the same key)
 * @param receipt the receiver's receipt id
 */
public record Answer(String status, String receipt) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REJECTED = "REJECTED";
}
