package org.sanxiang.ledger.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.sanxiang.api.ledger.ConsistencyProof;
import org.sanxiang.api.ledger.InclusionProof;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.LedgerVerification;
import org.sanxiang.api.ledger.MerkleProofs;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;
import org.sanxiang.api.ledger.TreeHead;
import org.sanxiang.ledger.internal.ContentVerifierRegistry;
import org.sanxiang.ledger.internal.MerkleLedger;
import org.sanxiang.ledger.internal.SigningKeys;
import org.sanxiang.ledger.testing.InMemoryLedgerStorage;

/**
 * Appends {@code -Dledger.bench.entries} (default 1,000,000) entries to the in-memory storage and prints
 * the append rate, the cost of reopening (rebuilding the tree edge), proof times at that size and the
 * time of a full verification. Figures only: nothing here asserts a time. Run with {@code mvn -Pbench test}
 * in this module.
 */
public final class LedgerBench {

    private static final String[] KINDS = {LedgerKinds.CASE_TRANSITION, LedgerKinds.DOCUMENT, LedgerKinds.MEDIA_LINK,
            LedgerKinds.ACCESS, LedgerKinds.CONFIG_CHANGE};
    private static final int PROOFS = 1_000;

    private LedgerBench() {
    }

    public static void main(String[] args) throws Exception {
        long n = Long.getLong("ledger.bench.entries", 1_000_000L);
        Path keyDir = Files.createTempDirectory("ledger-bench-keys");
        InMemoryLedgerStorage storage = new InMemoryLedgerStorage();
        Map<String, Sha256> documents = new HashMap<>();
        ContentVerifierRegistry verifiers = new ContentVerifierRegistry();
        verifiers.register(LedgerKinds.DOCUMENT, (subject, kind) -> Optional.ofNullable(documents.get(subject)));
        SigningKeys keys = SigningKeys.loadOrCreate(keyDir);
        MerkleLedger ledger = MerkleLedger.open(storage, keys, verifiers, Clock.systemUTC());

        System.out.printf("Ledger benchmark: %,d entries, in-memory storage, JDK %s, %d cores, max heap %,d MiB%n", n,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        long t0 = System.nanoTime();
        for (long i = 0; i < n; i++) {
            String kind = KINDS[(int) (i % KINDS.length)];
            String subject = (kind.equals(LedgerKinds.DOCUMENT) ? "doc:" : "case:2026-") + i;
            Sha256 digest = Sha256.digest(("content " + i).getBytes(StandardCharsets.UTF_8));
            if (kind.equals(LedgerKinds.DOCUMENT)) {
                documents.put(subject, digest);
            }
            ledger.append(new LedgerAppend(kind, subject, "officer-" + (i % 50), digest));
            if ((i + 1) % 100_000 == 0) {
                ledger.signHead();
            }
        }
        double appendSeconds = seconds(t0);
        System.out.printf("append:        %,d entries in %.2f s = %,.0f entries/s (incl. content digest and a signed head "
                + "every 100,000)%n", n, appendSeconds, n / appendSeconds);
        // the peer: the content digests alone, the part of an append no ledger can avoid
        t0 = System.nanoTime();
        long sink = 0;
        for (long i = 0; i < n; i++) {
            sink += Sha256.digest(("content " + i).getBytes(StandardCharsets.UTF_8)).hex().charAt(0);
        }
        double digestSeconds = seconds(t0);
        System.out.printf("peer:          SHA-256 of the %,d contents alone %.2f s = %,.0f digests/s (%d)%n", n,
                digestSeconds, n / digestSeconds, sink % 10);

        ledger.append(new LedgerAppend(LedgerKinds.ACCESS, "case:2026-last", "officer-0",
                Sha256.digest(new byte[0])));
        t0 = System.nanoTime();
        TreeHead head = ledger.head();
        double headMs = millis(t0);
        t0 = System.nanoTime();
        SignedTreeHead signed = ledger.signHead();
        System.out.printf("head/sign:     head() %.3f ms, signHead() %.3f ms for a new head (size %,d)%n", headMs,
                millis(t0), signed.treeSize());

        t0 = System.nanoTime();
        MerkleLedger reopened = MerkleLedger.open(storage, keys, verifiers, Clock.systemUTC());
        System.out.printf("reopen:        %.0f ms to rebuild the tree edge and block hashes from %,d stored leaf hashes "
                + "(root %s)%n", millis(t0), head.treeSize(), reopened.head().rootHash().equals(head.rootHash()) ? "matches" : "DIFFERS");

        SplittableRandom random = new SplittableRandom(6962);
        long size = head.treeSize();
        long proofNanos = 0;
        long verifyNanos = 0;
        long pathLength = 0;
        for (int k = 0; k < PROOFS; k++) {
            long index = random.nextLong(size);
            long s = System.nanoTime();
            InclusionProof proof = ledger.inclusionProof(index, size);
            proofNanos += System.nanoTime() - s;
            LedgerEntry entry = storage.get(index);
            s = System.nanoTime();
            if (!MerkleProofs.verifyInclusion(entry.leafHash(), proof, head.rootHash())) {
                throw new IllegalStateException("inclusion proof of " + index + " does not verify");
            }
            verifyNanos += System.nanoTime() - s;
            pathLength += proof.path().size();
        }
        long proofNanosInclusion = proofNanos;
        System.out.printf("inclusion:     %.3f ms per proof at size %,d (mean of %d random leaves, %.1f hashes per path); "
                + "verifying one %.3f ms%n", proofNanos / 1e6 / PROOFS, size, PROOFS, (double) pathLength / PROOFS,
                verifyNanos / 1e6 / PROOFS);

        proofNanos = 0;
        for (int k = 0; k < PROOFS; k++) {
            long first = 1 + random.nextLong(size - 1);
            long s = System.nanoTime();
            ConsistencyProof proof = ledger.consistencyProof(first, size);
            proofNanos += System.nanoTime() - s;
            if (proof.path().isEmpty() && first != size) {
                throw new IllegalStateException("empty consistency proof for " + first);
            }
        }
        System.out.printf("consistency:   %.3f ms per proof from a random size to %,d (mean of %d)%n",
                proofNanos / 1e6 / PROOFS, size, PROOFS);

        System.gc();
        long usedBefore = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        t0 = System.nanoTime();
        LedgerVerification v = ledger.verify();
        double verifySeconds = seconds(t0);
        System.out.printf("verify:        %.2f s for %,d entries = %,.0f entries/s, %d signed heads; %s%n", verifySeconds,
                v.entriesChecked(), v.entriesChecked() / verifySeconds, v.treeHeadsChecked(), v.summary());
        System.out.printf("memory:        %,d MiB used before verify (the in-memory storage holds all %,d entries)%n",
                usedBefore >> 20, head.treeSize());
        String entries = String.format(java.util.Locale.ROOT, "%,d entries", n);
        report("append (digest, leaf, tree, a signed head every 100,000), " + entries, n / appendSeconds,
                "entries/s", "SHA-256 of the contents alone", n / digestSeconds, "");
        report("verify (every leaf and signed head), " + entries, v.entriesChecked() / verifySeconds, "entries/s",
                "SHA-256 of the contents alone", n / digestSeconds, "");
        report("inclusion proof at size " + size, proofNanosInclusion / 1e6 / PROOFS, "ms", "", Double.NaN, "");
        for (String file : new String[] {SigningKeys.PRIVATE_KEY_FILE, SigningKeys.PUBLIC_KEY_FILE}) {
            Files.deleteIfExists(keyDir.resolve(file));
        }
        Files.deleteIfExists(keyDir);
        if (!v.intact()) {
            throw new IllegalStateException("the benchmark ledger does not verify: " + v.summary());
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /**
     * One row of the benchmark report in {@code <bench.report.dir>/ledger.csv} (the columns of the itests'
     * BenchReport, which renders report.html from every benchmark's CSV there).
     */
    private static void report(String figure, double value, String unit, String peer, double peerValue, String target)
            throws java.io.IOException {
        Path dir = Path.of(System.getProperty("bench.report.dir", "target/bench"));
        Files.createDirectories(dir);
        Path file = dir.resolve("ledger.csv");
        if (!reportStarted) {
            Files.writeString(file, "bench,figure,value,unit,peer,peer_value,ratio,target,measured_at\n");
            reportStarted = true;
        }
        String ratio = Double.isNaN(peerValue) ? "" : String.format(java.util.Locale.ROOT, "%.3g", value / peerValue);
        Files.writeString(file, String.join(",", "ledger", "\"" + figure + "\"",
                String.format(java.util.Locale.ROOT, value >= 100 ? "%.0f" : "%.3g", value), unit, peer,
                Double.isNaN(peerValue) ? "" : String.format(java.util.Locale.ROOT, "%.0f", peerValue), ratio, target,
                java.time.Instant.now().toString()) + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    private static boolean reportStarted;
}
