package org.sanxiang.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.ledger.ConsistencyProof;
import org.sanxiang.api.ledger.InclusionProof;
import org.sanxiang.api.ledger.MerkleProofs;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.ledger.testing.ReferenceMerkle;

/**
 * Every inclusion proof (index, size) and consistency proof (m, n) up to n = 20, checked three ways: equal
 * to the RFC's recursive definition, accepted by the independent recursive verifier of the tests, and
 * accepted by the production verifier — which must also reject every tampered variant.
 */
class ProofTest {

    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path keys;

    @Test
    void everyInclusionProofUpToTwentyEntries() {
        LedgerFixture f = new LedgerFixture(keys);
        f.appendNumbered(0, 20);
        List<byte[]> leaves = f.referenceLeaves(20);
        int checked = 0;
        for (int size = 1; size <= 20; size++) {
            byte[] root = ReferenceMerkle.mth(leaves.subList(0, size));
            for (int index = 0; index < size; index++) {
                checkInclusion(f.ledger.inclusionProof(index, size), leaves, root);
                checked++;
            }
        }
        assertEquals(210, checked);
    }

    @Test
    void everyConsistencyProofUpToTwentyEntries() {
        LedgerFixture f = new LedgerFixture(keys);
        f.appendNumbered(0, 20);
        List<byte[]> leaves = f.referenceLeaves(20);
        int checked = 0;
        for (int n = 1; n <= 20; n++) {
            for (int m = 1; m <= n; m++) {
                checkConsistency(f.ledger.consistencyProof(m, n), leaves);
                checked++;
            }
        }
        assertEquals(210, checked);
    }

    @Test
    void proofsAcrossBlockBoundaries() {
        LedgerFixture f = new LedgerFixture(keys);
        f.appendNumbered(0, 1100);
        List<byte[]> leaves = f.referenceLeaves(1100);
        long[] sizes = {255, 256, 257, 511, 512, 513, 768, 1024, 1025, 1099, 1100};
        for (long size : sizes) {
            byte[] root = ReferenceMerkle.mth(leaves.subList(0, (int) size));
            assertEquals(HEX.formatHex(root), new TreeRoot(f).at(size));
            for (long index : new long[] {0, 1, 254, 255, 256, 300, 511, 512, 700, 1023, 1024, 1098, 1099}) {
                if (index < size) {
                    checkInclusion(f.ledger.inclusionProof(index, size), leaves, root);
                }
            }
            for (long m : new long[] {1, 2, 3, 100, 255, 256, 257, 512, 640, 1000, 1024, 1099}) {
                if (m <= size) {
                    checkConsistency(f.ledger.consistencyProof(m, size), leaves);
                }
            }
        }
    }

    @Test
    void impossibleProofsAreRefused() {
        LedgerFixture f = new LedgerFixture(keys);
        f.appendNumbered(0, 5);
        assertThrows(IllegalArgumentException.class, () -> f.ledger.inclusionProof(5, 5));
        assertThrows(IllegalArgumentException.class, () -> f.ledger.inclusionProof(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> f.ledger.inclusionProof(0, 6));
        assertThrows(IllegalArgumentException.class, () -> f.ledger.consistencyProof(0, 5));
        assertThrows(IllegalArgumentException.class, () -> f.ledger.consistencyProof(4, 3));
        assertThrows(IllegalArgumentException.class, () -> f.ledger.consistencyProof(3, 6));
    }

    @Test
    void productionVerifierRejectsProofsForImpossibleSizes() {
        Sha256 x = Sha256.digest(new byte[] {1});
        assertFalse(MerkleProofs.verifyInclusion(x, new InclusionProof(3, 3, List.of()), x));
        assertTrue(MerkleProofs.verifyInclusion(x, new InclusionProof(0, 1, List.of()), x));
        assertFalse(MerkleProofs.verifyConsistency(new ConsistencyProof(0, 3, List.of(x)), x, x));
        assertFalse(MerkleProofs.verifyConsistency(new ConsistencyProof(4, 3, List.of(x)), x, x));
        assertTrue(MerkleProofs.verifyConsistency(new ConsistencyProof(3, 3, List.of()), x, x));
        assertFalse(MerkleProofs.verifyConsistency(new ConsistencyProof(3, 3, List.of(x)), x, x));
        assertFalse(MerkleProofs.verifyConsistency(new ConsistencyProof(2, 3, List.of()), x, x));
    }

    private static void checkInclusion(InclusionProof proof, List<byte[]> leaves, byte[] root) {
        int index = (int) proof.leafIndex();
        int size = (int) proof.treeSize();
        String what = "inclusion of " + index + " in " + size;
        List<byte[]> path = bytes(proof.path());
        assertEquals(hex(ReferenceMerkle.path(index, leaves.subList(0, size))), hex(path), what + ": path");
        byte[] leaf = leaves.get(index);
        assertTrue(ReferenceMerkle.verifyInclusion(index, size, leaf, path, root), what + ": reference verifier");
        Sha256 leafHash = Sha256.wrap(leaf);
        Sha256 rootHash = Sha256.wrap(root);
        assertTrue(MerkleProofs.verifyInclusion(leafHash, proof, rootHash), what + ": production verifier");

        Sha256 otherLeaf = Sha256.wrap(leaves.get((index + 1) % leaves.size()));
        if (!otherLeaf.equals(leafHash)) {
            assertFalse(MerkleProofs.verifyInclusion(otherLeaf, proof, rootHash), what + ": other leaf");
        }
        assertFalse(MerkleProofs.verifyInclusion(leafHash, proof, flip(rootHash)), what + ": other root");
        for (int j = 0; j < path.size(); j++) {
            List<Sha256> tampered = new ArrayList<>(proof.path());
            tampered.set(j, flip(tampered.get(j)));
            assertFalse(MerkleProofs.verifyInclusion(leafHash, new InclusionProof(index, size, tampered), rootHash),
                    what + ": element " + j + " changed");
            assertFalse(ReferenceMerkle.verifyInclusion(index, size, leaf, bytes(tampered), root));
        }
        if (!path.isEmpty()) {
            List<Sha256> shorter = proof.path().subList(0, path.size() - 1);
            assertFalse(MerkleProofs.verifyInclusion(leafHash, new InclusionProof(index, size, shorter), rootHash),
                    what + ": truncated");
        }
        List<Sha256> longer = new ArrayList<>(proof.path());
        longer.add(leafHash);
        assertFalse(MerkleProofs.verifyInclusion(leafHash, new InclusionProof(index, size, longer), rootHash),
                what + ": extended");
        if (index + 1 < size) {
            assertFalse(MerkleProofs.verifyInclusion(leafHash, new InclusionProof(index + 1, size, proof.path()),
                    rootHash), what + ": moved to the next index");
        }
        if (index > 0) {
            assertFalse(MerkleProofs.verifyInclusion(leafHash, new InclusionProof(index - 1, size, proof.path()),
                    rootHash), what + ": moved to the previous index");
        }
    }

    private static void checkConsistency(ConsistencyProof proof, List<byte[]> leaves) {
        int m = (int) proof.firstSize();
        int n = (int) proof.secondSize();
        String what = "consistency " + m + " -> " + n;
        byte[] first = ReferenceMerkle.mth(leaves.subList(0, m));
        byte[] second = ReferenceMerkle.mth(leaves.subList(0, n));
        List<byte[]> path = bytes(proof.path());
        assertEquals(hex(ReferenceMerkle.proof(m, leaves.subList(0, n))), hex(path), what + ": path");
        assertTrue(ReferenceMerkle.verifyConsistency(m, n, path, first, second), what + ": reference verifier");
        Sha256 firstRoot = Sha256.wrap(first);
        Sha256 secondRoot = Sha256.wrap(second);
        assertTrue(MerkleProofs.verifyConsistency(proof, firstRoot, secondRoot), what + ": production verifier");

        assertFalse(MerkleProofs.verifyConsistency(proof, flip(firstRoot), secondRoot), what + ": other first root");
        assertFalse(MerkleProofs.verifyConsistency(proof, firstRoot, flip(secondRoot)), what + ": other second root");
        for (int j = 0; j < path.size(); j++) {
            List<Sha256> tampered = new ArrayList<>(proof.path());
            tampered.set(j, flip(tampered.get(j)));
            assertFalse(MerkleProofs.verifyConsistency(new ConsistencyProof(m, n, tampered), firstRoot, secondRoot),
                    what + ": element " + j + " changed");
            assertFalse(ReferenceMerkle.verifyConsistency(m, n, bytes(tampered), first, second));
        }
        if (!path.isEmpty()) {
            assertFalse(MerkleProofs.verifyConsistency(new ConsistencyProof(m, n, proof.path().subList(0, path.size() - 1)),
                    firstRoot, secondRoot), what + ": truncated");
        }
        if (m < n) {
            byte[] wrongFirst = ReferenceMerkle.mth(leaves.subList(0, m + 1));
            assertFalse(MerkleProofs.verifyConsistency(new ConsistencyProof(m + 1, n, proof.path()),
                    Sha256.wrap(wrongFirst), secondRoot), what + ": claimed for another first size");
        }
    }

    private static Sha256 flip(Sha256 h) {
        byte[] b = h.bytes();
        b[7] ^= 0x40;
        return Sha256.wrap(b);
    }

    private static List<byte[]> bytes(List<Sha256> hashes) {
        return hashes.stream().map(Sha256::bytes).toList();
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    /** The root of a prefix of the fixture's ledger, computed through the production block-aware hasher. */
    private static final class TreeRoot {
        private final LedgerFixture f;

        TreeRoot(LedgerFixture f) {
            this.f = f;
        }

        String at(long size) {
            BlockCache blocks = new BlockCache();
            CompactRange range = new CompactRange(BlockCache.BLOCK, blocks::add);
            f.storage.leafHashes(0, (int) f.ledger.head().treeSize()).forEach(range::pushLeaf);
            return new SubtreeHasher(f.storage, blocks).hash(0, size).hex();
        }
    }
}
