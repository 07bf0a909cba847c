package org.sanxiang.ledger.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sanxiang.api.ledger.Sha256;

/**
 * The proof algorithms of RFC 9162 §2.1.3.1 ({@code PATH}) and §2.1.4.1 ({@code PROOF}/{@code SUBPROOF}),
 * unrolled: the recursion descends from the root, each level adds the hash of the subtree it does not
 * descend into, and the list is reversed at the end so that it runs leaf to root as the RFC's
 * concatenation order has it.
 */
final class ProofBuilder {

    private ProofBuilder() {
    }

    /** The largest power of two strictly smaller than {@code n} (n ≥ 2). */
    static long splitPoint(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** {@code PATH(m, D[0:n])}, for {@code 0 <= m < n}. */
    static List<Sha256> inclusionPath(long m, long n, SubtreeHasher hasher) {
        List<Sha256> fromRoot = new ArrayList<>();
        long offset = 0;
        long index = m;
        long size = n;
        while (size > 1) {
            long k = splitPoint(size);
            if (index < k) {
                fromRoot.add(hasher.hash(offset + k, offset + size));
                size = k;
            } else {
                fromRoot.add(hasher.hash(offset, offset + k));
                offset += k;
                index -= k;
                size -= k;
            }
        }
        Collections.reverse(fromRoot);
        return fromRoot;
    }

    /** {@code PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true)}, for {@code 0 < m <= n}; empty when m = n. */
    static List<Sha256> consistencyPath(long m, long n, SubtreeHasher hasher) {
        List<Sha256> fromRoot = new ArrayList<>();
        long offset = 0;
        long first = m;
        long size = n;
        boolean wholeFirstTreeKnown = true;
        while (first != size) {
            long k = splitPoint(size);
            if (first <= k) {
                fromRoot.add(hasher.hash(offset + k, offset + size));
                size = k;
            } else {
                fromRoot.add(hasher.hash(offset, offset + k));
                offset += k;
                first -= k;
                size -= k;
                wholeFirstTreeKnown = false;
            }
        }
        if (!wholeFirstTreeKnown) {
            fromRoot.add(hasher.hash(offset, offset + size));
        }
        Collections.reverse(fromRoot);
        return fromRoot;
    }
}
