package org.sanxiang.routes.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Replay protection: a token is accepted once, inside its window, and only with a nonce and a creation time. */
class NonceCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private final NonceCache cache = new NonceCache(Duration.ofMinutes(5), Duration.ofMinutes(1), 3);

    @Test
    void aNonceIsAcceptedOncePerUser() {
        assertEquals(NonceCache.Verdict.FRESH, cache.check("counter-a", "n1", NOW, NOW));
        assertEquals(NonceCache.Verdict.REPLAYED, cache.check("counter-a", "n1", NOW, NOW.plusSeconds(10)));
        assertEquals(NonceCache.Verdict.FRESH, cache.check("screen-b", "n1", NOW, NOW));
    }

    @Test
    void tokensWithoutNonceOrTimeOrOutsideTheWindowAreRefused() {
        assertEquals(NonceCache.Verdict.NO_NONCE, cache.check("u", null, NOW, NOW));
        assertEquals(NonceCache.Verdict.NO_CREATED, cache.check("u", "n", null, NOW));
        assertEquals(NonceCache.Verdict.EXPIRED, cache.check("u", "n", NOW.minusSeconds(301), NOW));
        assertEquals(NonceCache.Verdict.FUTURE, cache.check("u", "n", NOW.plusSeconds(61), NOW));
    }

    @Test
    void aFullCacheForgetsOnlyExpiredNonces() {
        cache.check("u", "a", NOW, NOW);
        cache.check("u", "b", NOW, NOW);
        cache.check("u", "c", NOW, NOW);
        assertEquals(NonceCache.Verdict.FULL, cache.check("u", "d", NOW, NOW.plusSeconds(60)));
        assertEquals(NonceCache.Verdict.FRESH, cache.check("u", "d", NOW.plusSeconds(400), NOW.plusSeconds(400)));
        assertEquals(1, cache.size());
    }

    @Test
    void withARegistryTheNoncesAreKeptThereAndALongOneAsItsHash() {
        java.util.Map<String, Instant> kept = new java.util.HashMap<>();
        NonceCache shared = new NonceCache(Duration.ofMinutes(5), Duration.ofMinutes(1), 3,
                (user, nonce, expires) -> kept.putIfAbsent(user + "/" + nonce, expires) == null);
        assertEquals(NonceCache.Verdict.FRESH, shared.check("counter-a", "n1", NOW, NOW));
        assertEquals(Instant.parse("2026-11-26T02:06:00Z"), kept.get("counter-a/n1"), "kept for the window and the skew");
        // another instance on the same registry (a restarted bundle, a second node) knows it
        NonceCache other = new NonceCache(Duration.ofMinutes(5), Duration.ofMinutes(1), 3,
                (user, nonce, expires) -> kept.putIfAbsent(user + "/" + nonce, expires) == null);
        assertEquals(NonceCache.Verdict.REPLAYED, other.check("counter-a", "n1", NOW, NOW.plusSeconds(1)));
        String longNonce = "x".repeat(5000);
        assertEquals(NonceCache.Verdict.FRESH, shared.check("counter-a", longNonce, NOW, NOW));
        assertEquals(NonceCache.Verdict.REPLAYED, shared.check("counter-a", longNonce, NOW, NOW));
        assertEquals(true, kept.keySet().stream().allMatch(k -> k.length() < 100), kept.keySet().toString());
        assertEquals(0, shared.size(), "nothing held in memory");
    }

    @Test
    void aRegistryThatCannotTellRefusesTheToken() {
        NonceCache failing = new NonceCache(Duration.ofMinutes(5), Duration.ofMinutes(1), 3, (user, nonce, expires) -> {
            throw new IllegalStateException("database down");
        });
        assertEquals(NonceCache.Verdict.UNAVAILABLE, failing.check("counter-a", "n1", NOW, NOW));
    }
}
