package org.sanxiang.ledger.internal;

import java.time.Instant;
import java.util.HexFormat;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;

/** A row of {@code ledger_tree_head}: root as hex, signature as hex, time as epoch milliseconds. */
public class HeadRow {
    private long treeSize;
    private String rootHash;
    private long signedAtMs;
    private String keyId;
    private String signature;

    static HeadRow of(SignedTreeHead h) {
        HeadRow r = new HeadRow();
        r.treeSize = h.treeSize();
        r.rootHash = h.rootHash().hex();
        r.signedAtMs = h.timestamp().toEpochMilli();
        r.keyId = h.keyId();
        r.signature = HexFormat.of().formatHex(h.signature());
        return r;
    }

    SignedTreeHead toHead() {
        return new SignedTreeHead(treeSize, Sha256.fromHex(rootHash), Instant.ofEpochMilli(signedAtMs), keyId,
                HexFormat.of().parseHex(signature));
    }

    public long getTreeSize() {
        return treeSize;
    }

    public void setTreeSize(long treeSize) {
        this.treeSize = treeSize;
    }

    public String getRootHash() {
        return rootHash;
    }

    public void setRootHash(String rootHash) {
        this.rootHash = rootHash;
    }

    public long getSignedAtMs() {
        return signedAtMs;
    }

    public void setSignedAtMs(long signedAtMs) {
        this.signedAtMs = signedAtMs;
    }

    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }
}
