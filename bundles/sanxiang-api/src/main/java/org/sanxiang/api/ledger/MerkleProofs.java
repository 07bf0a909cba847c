package org.sanxiang.api.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 6962 hashes and the RFC 9162 proof verifiers, for anyone who holds a tree head and wants to
 * check a proof without trusting the hub: leaf hash {@code SHA-256(0x00 ‖ data)}, interior node
 * {@code SHA-256(0x01 ‖ left ‖ right)}, the empty tree {@code SHA-256()}.
 */
public final class MerkleProofs {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final Sha256 EMPTY = Sha256.digest(new byte[0]);

    private MerkleProofs() {
    }

    /** The Merkle Tree Hash of the empty tree: SHA-256 of the empty string. */
    public static Sha256 emptyTreeHash() {
        return EMPTY;
    }

    /** {@code SHA-256(0x00 ‖ leafData)}. */
    public static Sha256 leafHash(byte[] leafData) {
        MessageDigest md = Sha256.messageDigest();
        md.update(LEAF_PREFIX);
        md.update(leafData);
        return Sha256.finish(md);
    }

    /** {@code SHA-256(0x01 ‖ left ‖ right)}. */
    public static Sha256 nodeHash(Sha256 left, Sha256 right) {
        MessageDigest md = Sha256.messageDigest();
        md.update(NODE_PREFIX);
        left.update(md);
        right.update(md);
        return Sha256.finish(md);
    }

    /**
     * Verifies an inclusion proof (audit path) by the algorithm of RFC 9162 §2.1.3.2: that the leaf with
     * hash {@code leafHash} sits at {@code proof.leafIndex()} of the tree of {@code proof.treeSize()}
     * leaves whose root is {@code rootHash}.
     */
    public static boolean verifyInclusion(Sha256 leafHash, InclusionProof proof, Sha256 rootHash) {
        if (proof.leafIndex() >= proof.treeSize()) {
            return false;
        }
        long fn = proof.leafIndex();
        long sn = proof.treeSize() - 1;
        Sha256 r = leafHash;
        for (Sha256 p : proof.path()) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && r.equals(rootHash);
    }

    /**
     * Verifies a consistency proof by the algorithm of RFC 9162 §2.1.4.2: that the tree of
     * {@code proof.firstSize()} leaves with root {@code firstRoot} is a prefix of the tree of
     * {@code proof.secondSize()} leaves with root {@code secondRoot}. Equal sizes need an empty proof and
     * equal roots.
     */
    public static boolean verifyConsistency(ConsistencyProof proof, Sha256 firstRoot, Sha256 secondRoot) {
        long first = proof.firstSize();
        long second = proof.secondSize();
        if (first < 1 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.path().isEmpty() && firstRoot.equals(secondRoot);
        }
        if (proof.path().isEmpty()) {
            return false;
        }
        List<Sha256> path = new ArrayList<>(proof.path().size() + 1);
        if (Long.bitCount(first) == 1) {
            path.add(firstRoot);
        }
        path.addAll(proof.path());
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        Sha256 fr = path.get(0);
        Sha256 sr = fr;
        for (Sha256 c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return fr.equals(firstRoot) && sr.equals(secondRoot) && sn == 0;
    }
}
