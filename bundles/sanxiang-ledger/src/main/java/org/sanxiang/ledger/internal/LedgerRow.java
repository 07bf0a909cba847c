package org.sanxiang.ledger.internal;

import java.time.Instant;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.Sha256;

/** A row of {@code ledger_entry}: hashes as lower-case hex, the time as epoch milliseconds. */
public class LedgerRow {
    private long idx;
    private long appendedAtMs;
    private String kind;
    private String subjectRef;
    private String actor;
    private String contentSha256;
    private String leafHash;

    static LedgerRow of(LedgerEntry e) {
        LedgerRow r = new LedgerRow();
        r.idx = e.index();
        r.appendedAtMs = e.appendedAt().toEpochMilli();
        r.kind = e.kind();
        r.subjectRef = e.subjectRef();
        r.actor = e.actor();
        r.contentSha256 = e.contentDigest().hex();
        r.leafHash = e.leafHash().hex();
        return r;
    }

    LedgerEntry toEntry() {
        return new LedgerEntry(idx, Instant.ofEpochMilli(appendedAtMs), kind, subjectRef, actor,
                Sha256.fromHex(contentSha256), Sha256.fromHex(leafHash));
    }

    public long getIdx() {
        return idx;
    }

    public void setIdx(long idx) {
        this.idx = idx;
    }

    public long getAppendedAtMs() {
        return appendedAtMs;
    }

    public void setAppendedAtMs(long appendedAtMs) {
        this.appendedAtMs = appendedAtMs;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public void setSubjectRef(String subjectRef) {
        this.subjectRef = subjectRef;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public void setContentSha256(String contentSha256) {
        this.contentSha256 = contentSha256;
    }

    public String getLeafHash() {
        return leafHash;
    }

    public void setLeafHash(String leafHash) {
        this.leafHash = leafHash;
    }
}
