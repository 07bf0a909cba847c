package org.sanxiang.ledger.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An independent, deliberately naive rendering of RFC 6962 §2.1 for the tests: recursive definitions on
 * byte arrays with {@link MessageDigest}, written from the RFC text and the README, sharing no code with
 * the production classes (no {@code Sha256}, no {@code MerkleProofs}).
 */
public final class ReferenceMerkle {

    private ReferenceMerkle() {
    }

    public static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] leafHash(byte[] data) {
        return sha256(new byte[] {0}, data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(new byte[] {1}, left, right);
    }

    /** MTH(D[n]) over already-hashed leaves, by the recursive definition. */
    public static byte[] mth(List<byte[]> leafHashes) {
        int n = leafHashes.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return leafHashes.get(0);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(mth(leafHashes.subList(0, k)), mth(leafHashes.subList(k, n)));
    }

    static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    /** PATH(m, D[n]) by the recursive definition. */
    public static List<byte[]> path(int m, List<byte[]> leaves) {
        int n = leaves.size();
        List<byte[]> out = new ArrayList<>();
        if (n <= 1) {
            return out;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            out.addAll(path(m, leaves.subList(0, k)));
            out.add(mth(leaves.subList(k, n)));
        } else {
            out.addAll(path(m - k, leaves.subList(k, n)));
            out.add(mth(leaves.subList(0, k)));
        }
        return out;
    }

    /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true) by the recursive definition. */
    public static List<byte[]> proof(int m, List<byte[]> leaves) {
        return subproof(m, leaves, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> leaves, boolean b) {
        int n = leaves.size();
        List<byte[]> out = new ArrayList<>();
        if (m == n) {
            if (!b) {
                out.add(mth(leaves));
            }
            return out;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            out.addAll(subproof(m, leaves.subList(0, k), b));
            out.add(mth(leaves.subList(k, n)));
        } else {
            out.addAll(subproof(m - k, leaves.subList(k, n), false));
            out.add(mth(leaves.subList(0, k)));
        }
        return out;
    }

    /**
     * Verifies an audit path by rebuilding the root recursively (the path's last element is the sibling
     * at the top split), not by the bit-twiddling algorithm of RFC 9162.
     */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        List<byte[]> remaining = new ArrayList<>(path);
        byte[] computed = rebuildInclusion(index, size, leafHash, remaining);
        return computed != null && remaining.isEmpty() && Arrays.equals(computed, root);
    }

    private static byte[] rebuildInclusion(long m, long n, byte[] leaf, List<byte[]> path) {
        if (n == 1) {
            return leaf;
        }
        if (path.isEmpty()) {
            return null;
        }
        byte[] sibling = path.remove(path.size() - 1);
        long k = largestPowerOfTwoBelow((int) n);
        if (m < k) {
            byte[] left = rebuildInclusion(m, k, leaf, path);
            return left == null ? null : nodeHash(left, sibling);
        }
        byte[] right = rebuildInclusion(m - k, n - k, leaf, path);
        return right == null ? null : nodeHash(sibling, right);
    }

    /**
     * Verifies a consistency proof by rebuilding both roots recursively along the SUBPROOF structure.
     */
    public static boolean verifyConsistency(long m, long n, List<byte[]> proof, byte[] firstRoot, byte[] secondRoot) {
        if (m < 1 || m > n) {
            return false;
        }
        List<byte[]> remaining = new ArrayList<>(proof);
        byte[][] roots = rebuildConsistency(m, n, true, firstRoot, remaining);
        return roots != null && remaining.isEmpty()
                && Arrays.equals(roots[0], firstRoot) && Arrays.equals(roots[1], secondRoot);
    }

    /** Returns {old root within this subtree, new root of this subtree}. */
    private static byte[][] rebuildConsistency(long m, long n, boolean b, byte[] firstRoot, List<byte[]> proof) {
        if (m == n) {
            if (b) {
                return new byte[][] {firstRoot, firstRoot};
            }
            if (proof.isEmpty()) {
                return null;
            }
            byte[] node = proof.remove(proof.size() - 1);
            return new byte[][] {node, node};
        }
        if (proof.isEmpty()) {
            return null;
        }
        byte[] last = proof.remove(proof.size() - 1);
        long k = largestPowerOfTwoBelow((int) n);
        if (m <= k) {
            byte[][] inner = rebuildConsistency(m, k, b, firstRoot, proof);
            return inner == null ? null : new byte[][] {inner[0], nodeHash(inner[1], last)};
        }
        byte[][] inner = rebuildConsistency(m - k, n - k, false, firstRoot, proof);
        return inner == null ? null : new byte[][] {nodeHash(last, inner[0]), nodeHash(last, inner[1])};
    }

    /** The leaf data of an entry, written from the README's description of the encoding. */
    public static byte[] leafData(long index, long appendedAtMillis, String kind, String subject, String actor,
                                  byte[] contentDigest) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(1);
            out.writeLong(index);
            out.writeLong(appendedAtMillis);
            for (byte[] field : new byte[][] {kind.getBytes(StandardCharsets.UTF_8),
                    subject.getBytes(StandardCharsets.UTF_8), actor.getBytes(StandardCharsets.UTF_8), contentDigest}) {
                out.writeInt(field.length);
                out.write(field);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
