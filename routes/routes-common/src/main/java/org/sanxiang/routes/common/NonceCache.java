package org.sanxiang.routes.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replay protection for UsernameTokens (重放防护): a token must carry a nonce and a creation time within the
 * window, and a nonce is accepted once while it is inside the window. Entries older than the window are
 * dropped as new ones arrive; the cache holds at most {@code capacity} live nonces and refuses new tokens
 * beyond that rather than forgetting one that could still be replayed.
 */
public final class NonceCache {

    /** Why a token was refused, or null when it is fresh. */
    public enum Verdict {
        FRESH, NO_NONCE, NO_CREATED, EXPIRED, FUTURE, REPLAYED, FULL
    }

    private final Duration window;
    private final Duration futureSkew;
    private final int capacity;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    /**
     * @param window     how long a token is valid after its creation time (and how long its nonce is kept)
     * @param futureSkew how far a creation time may lie in the future (clock skew between the systems)
     * @param capacity   the most live nonces kept
     */
    public NonceCache(Duration window, Duration futureSkew, int capacity) {
        this.window = window;
        this.futureSkew = futureSkew;
        this.capacity = capacity;
    }

    /** Checks a token's nonce and creation time against the window and records the nonce when fresh. */
    public Verdict check(String user, String nonce, Instant created, Instant now) {
        if (nonce == null || nonce.isBlank()) {
            return Verdict.NO_NONCE;
        }
        if (created == null) {
            return Verdict.NO_CREATED;
        }
        if (created.isAfter(now.plus(futureSkew))) {
            return Verdict.FUTURE;
        }
        if (created.isBefore(now.minus(window))) {
            return Verdict.EXPIRED;
        }
        if (seen.size() >= capacity) {
            purge(now);
            if (seen.size() >= capacity) {
                return Verdict.FULL;
            }
        }
        Instant expires = created.plus(window).plus(futureSkew);
        return seen.putIfAbsent(user + '\u0000' + nonce, expires) == null ? Verdict.FRESH : Verdict.REPLAYED;
    }

    private void purge(Instant now) {
        for (Iterator<Instant> it = seen.values().iterator(); it.hasNext(); ) {
            if (it.next().isBefore(now)) {
                it.remove();
            }
        }
    }

    /** Live nonces held (for tests and the console). */
    public int size() {
        return seen.size();
    }
}
