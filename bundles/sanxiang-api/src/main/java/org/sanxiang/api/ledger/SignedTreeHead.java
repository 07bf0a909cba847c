package org.sanxiang.api.ledger;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A signed tree head (签名树头): a {@link TreeHead}, the time it was signed and an Ed25519 signature by the
 * hub's ledger key. Heads are what the hub hands to the supervision office: once an outside party holds
 * one, the entries it covers cannot be changed, removed or cut off unnoticed.
 *
 * <h2>Signed bytes</h2>
 * The signature covers the RFC 6962 §3.5 {@code TreeHeadSignature} structure (50 bytes, big-endian):
 * <pre>
 *   u8   0      version v1
 *   u8   1      signature_type tree_hash
 *   u64  timestamp   milliseconds since the epoch
 *   u64  tree_size
 *   32   sha256_root_hash
 * </pre>
 * {@code keyId} is the lower-case hex SHA-256 of the public key's X.509 {@code SubjectPublicKeyInfo}
 * encoding ({@link PublicKey#getEncoded()}), as RFC 6962 names a log by its key.
 */
public final class SignedTreeHead {

    private final long treeSize;
    private final Sha256 rootHash;
    private final Instant timestamp;
    private final String keyId;
    private final byte[] signature;

    /**
     * @param timestamp when it was signed; held to whole milliseconds
     * @param signature the Ed25519 signature over {@link #signedBytes()}
     */
    public SignedTreeHead(long treeSize, Sha256 rootHash, Instant timestamp, String keyId, byte[] signature) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize must not be negative: " + treeSize);
        }
        this.treeSize = treeSize;
        this.rootHash = Objects.requireNonNull(rootHash, "rootHash");
        this.timestamp = Instant.ofEpochMilli(Objects.requireNonNull(timestamp, "timestamp").toEpochMilli());
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.signature = Objects.requireNonNull(signature, "signature").clone();
    }

    /** The bytes a signer signs for {@code head} at {@code timestamp}, as documented on this type. */
    public static byte[] signedBytes(TreeHead head, Instant timestamp) {
        return ByteBuffer.allocate(2 + 8 + 8 + Sha256.LENGTH)
                .put((byte) 0)
                .put((byte) 1)
                .putLong(timestamp.toEpochMilli())
                .putLong(head.treeSize())
                .put(head.rootHash().bytes())
                .array();
    }

    /** The key id of {@code key}: hex SHA-256 of its X.509 encoding. */
    public static String keyIdOf(PublicKey key) {
        return Sha256.digest(key.getEncoded()).hex();
    }

    /** The bytes this head's signature covers. */
    public byte[] signedBytes() {
        return signedBytes(head(), timestamp);
    }

    /**
     * Whether the signature is a valid Ed25519 signature by {@code key} over {@link #signedBytes()} and
     * {@code keyId} names {@code key}.
     */
    public boolean verifySignature(PublicKey key) {
        if (!keyIdOf(key).equals(keyId)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedBytes());
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public long treeSize() {
        return treeSize;
    }

    public Sha256 rootHash() {
        return rootHash;
    }

    public Instant timestamp() {
        return timestamp;
    }

    public String keyId() {
        return keyId;
    }

    /** A copy of the signature (64 bytes for Ed25519). */
    public byte[] signature() {
        return signature.clone();
    }

    /** The signature in base64 (standard alphabet, padded). */
    public String signatureBase64() {
        return Base64.getEncoder().encodeToString(signature);
    }

    public TreeHead head() {
        return new TreeHead(treeSize, rootHash);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SignedTreeHead)) {
            return false;
        }
        SignedTreeHead h = (SignedTreeHead) o;
        return treeSize == h.treeSize && rootHash.equals(h.rootHash) && timestamp.equals(h.timestamp)
                && keyId.equals(h.keyId) && MessageDigest.isEqual(signature, h.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(treeSize, rootHash, timestamp);
    }

    @Override
    public String toString() {
        return "SignedTreeHead[size=" + treeSize + " root=" + rootHash + " at " + timestamp + " key=" + keyId + "]";
    }
}
