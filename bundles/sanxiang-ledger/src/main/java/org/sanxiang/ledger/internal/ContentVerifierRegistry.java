package org.sanxiang.ledger.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sanxiang.api.ledger.ContentVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ContentVerifier}s currently registered, by entry kind; within a kind, by subject prefix
 * ({@value ContentVerifier#SUBJECT_PREFIX_PROPERTY}): the longest matching prefix answers, a verifier without
 * prefixes answers the rest. Thread-safe.
 */
public final class ContentVerifierRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ContentVerifierRegistry.class);

    private record Registration(ContentVerifier verifier, List<String> prefixes) {
    }

    private final Map<String, List<Registration>> byKind = new ConcurrentHashMap<>();

    /** Registers {@code verifier} for every subject of {@code kind}. */
    public void register(String kind, ContentVerifier verifier) {
        register(kind, verifier, List.of());
    }

    /** Registers {@code verifier} for the subjects of {@code kind} starting with one of {@code prefixes} (all when empty). */
    public void register(String kind, ContentVerifier verifier, List<String> prefixes) {
        byKind.compute(kind, (k, list) -> {
            List<Registration> next = new ArrayList<>(list == null ? List.of() : list);
            next.removeIf(r -> r.verifier() == verifier);
            for (Registration r : next) {
                if (r.prefixes().isEmpty() && prefixes.isEmpty()) {
                    LOG.warn("A second content verifier without subject prefix registered for ledger kind {};"
                            + " the newer one answers", kind);
                }
                if (r.prefixes().stream().anyMatch(prefixes::contains)) {
                    LOG.warn("Two content verifiers for ledger kind {} share a subject prefix; the newer one answers",
                            kind);
                }
            }
            next.add(new Registration(verifier, List.copyOf(prefixes)));
            return List.copyOf(next);
        });
    }

    public void unregister(String kind, ContentVerifier verifier) {
        byKind.computeIfPresent(kind, (k, list) -> {
            List<Registration> next = list.stream().filter(r -> r.verifier() != verifier).toList();
            return next.isEmpty() ? null : next;
        });
    }

    /** A copy of the current registrations, for one verification run: one dispatching verifier per kind. */
    Map<String, ContentVerifier> snapshot() {
        Map<String, ContentVerifier> copy = new HashMap<>();
        byKind.forEach((kind, regs) -> copy.put(kind, regs.size() == 1 && regs.get(0).prefixes().isEmpty()
                ? regs.get(0).verifier() : dispatching(kind, regs)));
        return Map.copyOf(copy);
    }

    private static ContentVerifier dispatching(String kind, List<Registration> regs) {
        return (subjectRef, k) -> {
            ContentVerifier best = null;
            int bestLength = -1;
            for (int i = regs.size() - 1; i >= 0; i--) {
                Registration r = regs.get(i);
                if (r.prefixes().isEmpty() && bestLength < 0) {
                    best = r.verifier();
                    bestLength = 0;
                }
                for (String p : r.prefixes()) {
                    if (subjectRef.startsWith(p) && p.length() > bestLength) {
                        best = r.verifier();
                        bestLength = p.length();
                    }
                }
            }
            if (best == null) {
                throw new IllegalStateException("no content verifier for subject " + subjectRef + " of kind " + kind);
            }
            return best.currentDigest(subjectRef, k);
        };
    }

    /** The kinds (or prefixes) named by a service property value: a string, a string array or a collection. */
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
