package org.sanxiang.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.Sha256;

/** Two modules sharing a ledger kind each verify their own subjects (prefix dispatch). */
class ContentVerifierRegistryTest {

    private static ContentVerifier answering(String who) {
        return (subject, kind) -> Optional.of(Sha256.digest((who + subject).getBytes(StandardCharsets.UTF_8)));
    }

    private static Sha256 expected(String who, String subject) {
        return Sha256.digest((who + subject).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theLongestMatchingPrefixAnswersAndAVerifierWithoutPrefixTakesTheRest() {
        ContentVerifierRegistry registry = new ContentVerifierRegistry();
        registry.register(LedgerKinds.CONFIG_CHANGE, answering("records"), List.of("config:org.sanxiang.records:"));
        registry.register(LedgerKinds.CONFIG_CHANGE, answering("review"), List.of("config:org.sanxiang.review:"));
        registry.register(LedgerKinds.CONFIG_CHANGE, answering("any"), List.of());
        ContentVerifier v = registry.snapshot().get(LedgerKinds.CONFIG_CHANGE);
        assertEquals(expected("records", "config:org.sanxiang.records:3"),
                v.currentDigest("config:org.sanxiang.records:3", LedgerKinds.CONFIG_CHANGE).orElseThrow());
        assertEquals(expected("review", "config:org.sanxiang.review:1"),
                v.currentDigest("config:org.sanxiang.review:1", LedgerKinds.CONFIG_CHANGE).orElseThrow());
        assertEquals(expected("any", "config:other:1"),
                v.currentDigest("config:other:1", LedgerKinds.CONFIG_CHANGE).orElseThrow());
    }

    @Test
    void aSubjectNoVerifierCoversIsAnErrorNotASilentMatch() {
        ContentVerifierRegistry registry = new ContentVerifierRegistry();
        ContentVerifier records = answering("records");
        registry.register(LedgerKinds.CONFIG_CHANGE, records, List.of("config:org.sanxiang.records:"));
        registry.register(LedgerKinds.CONFIG_CHANGE, answering("review"), List.of("config:org.sanxiang.review:"));
        ContentVerifier v = registry.snapshot().get(LedgerKinds.CONFIG_CHANGE);
        assertThrows(IllegalStateException.class, () -> v.currentDigest("config:x:1", LedgerKinds.CONFIG_CHANGE));
        registry.unregister(LedgerKinds.CONFIG_CHANGE, records);
        assertThrows(IllegalStateException.class, () -> registry.snapshot().get(LedgerKinds.CONFIG_CHANGE)
                .currentDigest("config:org.sanxiang.records:3", LedgerKinds.CONFIG_CHANGE),
                "once its verifier is gone, a subject is not answered by another module's verifier");
    }
}
