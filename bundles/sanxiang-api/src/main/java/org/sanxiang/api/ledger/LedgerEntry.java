package org.sanxiang.api.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the ledger (账本条目) as stored: the fields the ledger hashes and the leaf hash it stored
 * with them. Instances read back from storage are taken as they are — a tampered row must still be
 * representable so that {@link Ledger#verify()} can name it — so this type checks only for nulls; the
 * checks on the text live in {@link LedgerAppend}.
 *
 * <h2>Leaf encoding (version 1)</h2>
 * The Merkle leaf is {@code leafHash = SHA-256(0x00 ‖ leafData)} (RFC 6962 §2.1) where {@code leafData}
 * is, in this order, big-endian:
 * <pre>
 *   u8      0x01                         format version
 *   u64     index                        0-based position in the ledger
 *   i64     appendedAt                   milliseconds since 1970-01-01T00:00:00Z
 *   u32 ‖ … kind                         UTF-8 bytes, preceded by their count
 *   u32 ‖ … subjectRef                   UTF-8 bytes, preceded by their count
 *   u32 ‖ … actor                        UTF-8 bytes, preceded by their count
 *   u32 ‖ … contentDigest                32 bytes, preceded by 32
 * </pre>
 * The time is held to the millisecond ({@code appendedAt} has no finer part) so that it survives any
 * database column unchanged.
 *
 * @param index 0-based position, gap-free
 * @param appendedAt when the ledger appended it, whole milliseconds
 * @param kind see {@link LedgerKinds}
 * @param subjectRef what the entry is about, e.g. {@code case:2026-0001}
 * @param actor who caused it
 * @param contentDigest SHA-256 of the business record's canonical content
 * @param leafHash the leaf hash stored with the entry
 */
public record LedgerEntry(long index, Instant appendedAt, String kind, String subjectRef, String actor,
                          Sha256 contentDigest, Sha256 leafHash) {

    /** Version byte that starts every {@link #leafData()}. */
    public static final byte LEAF_FORMAT_VERSION = 1;

    public LedgerEntry {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        Objects.requireNonNull(appendedAt, "appendedAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectRef, "subjectRef");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(contentDigest, "contentDigest");
        Objects.requireNonNull(leafHash, "leafHash");
    }

    /**
     * Builds the entry at {@code index} for {@code request}, computing its leaf hash; {@code appendedAt}
     * is cut to whole milliseconds.
     */
    public static LedgerEntry create(long index, Instant appendedAt, LedgerAppend request) {
        Instant at = Instant.ofEpochMilli(appendedAt.toEpochMilli());
        byte[] data = leafData(index, at, request.kind(), request.subjectRef(), request.actor(),
                request.contentDigest());
        return new LedgerEntry(index, at, request.kind(), request.subjectRef(), request.actor(),
                request.contentDigest(), MerkleProofs.leafHash(data));
    }

    /** The canonical leaf data of this entry's fields (the stored leaf hash plays no part). */
    public byte[] leafData() {
        return leafData(index, appendedAt, kind, subjectRef, actor, contentDigest);
    }

    /** The leaf hash this entry's fields hash to now; differs from {@link #leafHash()} if either was changed. */
    public Sha256 computeLeafHash() {
        return MerkleProofs.leafHash(leafData());
    }

    /** The canonical leaf data of the given fields, as documented on this type. */
    public static byte[] leafData(long index, Instant appendedAt, String kind, String subjectRef, String actor,
                                  Sha256 contentDigest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 + subjectRef.length() * 3);
        out.write(LEAF_FORMAT_VERSION);
        writeLong(out, index);
        writeLong(out, appendedAt.toEpochMilli());
        writeBytes(out, kind.getBytes(StandardCharsets.UTF_8));
        writeBytes(out, subjectRef.getBytes(StandardCharsets.UTF_8));
        writeBytes(out, actor.getBytes(StandardCharsets.UTF_8));
        writeBytes(out, contentDigest.bytes());
        return out.toByteArray();
    }

    private static void writeLong(ByteArrayOutputStream out, long v) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (v >>> shift));
        }
    }

    private static void writeBytes(ByteArrayOutputStream out, byte[] b) {
        int n = b.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.write(b, 0, n);
    }
}
