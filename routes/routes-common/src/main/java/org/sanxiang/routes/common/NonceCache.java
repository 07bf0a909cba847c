package org.sanxiang.routes.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sanxiang.api.journal.NonceRegistry;

/**
 * Replay protection for UsernameTokens (重放防护): a token must carry a nonce and a creation time within the
 * window, and a nonce is accepted once while it is inside the window. With a {@link NonceRegistry} (the hub's
 * database) the nonces outlive a restart of the bundle or the hub and are shared by every node; a registry that
 * cannot tell refuses the token ({@link Verdict#UNAVAILABLE}: fail closed). Without one (a simulator, a test)
 * they are kept here: entries older than the window are dropped as new ones arrive, and at most {@code capacity}
 * live nonces are held — new tokens beyond that are refused rather than forgetting one that could be replayed.
 * A nonce longer than {@value #LONGEST_KEPT} characters is kept as its SHA-256.
 */
public final class NonceCache {

    /** Why a token was refused, or null when it is fresh. */
    public enum Verdict {
        FRESH, NO_NONCE, NO_CREATED, EXPIRED, FUTURE, REPLAYED, FULL, UNAVAILABLE
    }

    static final int LONGEST_KEPT = 100;

    private final Duration window;
    private final Duration futureSkew;
    private final int capacity;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final NonceRegistry registry;

    /**
     * @param window     how long a token is valid after its creation time (and how long its nonce is kept)
     * @param futureSkew how far a creation time may lie in the future (clock skew between the systems)
     * @param capacity   the most live nonces kept
     */
    public NonceCache(Duration window, Duration futureSkew, int capacity) {
        this(window, futureSkew, capacity, null);
    }

    /** As above, the nonces kept in {@code registry} when it is not null. */
    public NonceCache(Duration window, Duration futureSkew, int capacity, NonceRegistry registry) {
        this.window = window;
        this.futureSkew = futureSkew;
        this.capacity = capacity;
        this.registry = registry;
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
        Instant expires = created.plus(window).plus(futureSkew);
        String key = nonce.length() <= LONGEST_KEPT ? nonce : "sha256:" + sha256(nonce);
        if (registry != null) {
            try {
                return registry.firstUse(user, key, expires) ? Verdict.FRESH : Verdict.REPLAYED;
            } catch (RuntimeException e) {
                return Verdict.UNAVAILABLE;
            }
        }
        if (seen.size() >= capacity) {
            purge(now);
            if (seen.size() >= capacity) {
                return Verdict.FULL;
            }
        }
        return seen.putIfAbsent(user + '\u0000' + key, expires) == null ? Verdict.FRESH : Verdict.REPLAYED;
    }

    /**
     * The refusal of a token whose freshness cannot be told (the registry is away): the retriable
     * {@code SX-UNAVAILABLE}, not an authentication failure — the caller's credentials are not in question, and the
     * same request sent again with a new token once the database is back is served.
     */
    public static CodedFault unavailable() {
        return new CodedFault(FaultTranslator.Code.SX_UNAVAILABLE, "重放校验暂不可用（数据库暂不可达），请稍后用新的安全令牌和同一"
                + "请求编号重试 / the replay check is unavailable (database unreachable): retry later with a new token and "
                + "the same request id");
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
