package org.sanxiang.ledger.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sanxiang.api.ledger.ContentVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link ContentVerifier}s currently registered, by entry kind. Thread-safe. */
public final class ContentVerifierRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ContentVerifierRegistry.class);

    private final Map<String, ContentVerifier> byKind = new ConcurrentHashMap<>();

    public void register(String kind, ContentVerifier verifier) {
        ContentVerifier previous = byKind.put(kind, verifier);
        if (previous != null && previous != verifier) {
            LOG.warn("A second content verifier registered for ledger kind {}; the newer one answers", kind);
        }
    }

    public void unregister(String kind, ContentVerifier verifier) {
        byKind.remove(kind, verifier);
    }

    /** A copy of the current registrations, for one verification run. */
    Map<String, ContentVerifier> snapshot() {
        return Map.copyOf(byKind);
    }

    /** The kinds named by a {@value ContentVerifier#KIND_PROPERTY} service property value. */
    static List<String> kindsOf(Object property) {
        if (property instanceof String) {
            return List.of((String) property);
        }
        if (property instanceof String[]) {
            return List.of((String[]) property);
        }
        if (property instanceof Collection) {
            return ((Collection<?>) property).stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
