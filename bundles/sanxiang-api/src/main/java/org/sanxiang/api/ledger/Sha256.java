package org.sanxiang.api.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 value (32 bytes), immutable. Written as 64 lower-case hex digits in text and in the database.
 */
public final class Sha256 implements Comparable<Sha256> {

    /** Length of a SHA-256 value in bytes. */
    public static final int LENGTH = 32;

    private static final HexFormat HEX = HexFormat.of();
    private static final MessageDigest PROTOTYPE = newDigest();

    private final byte[] value;

    private Sha256(byte[] value) {
        this.value = value;
    }

    /** Wraps (a copy of) 32 bytes that already are a SHA-256 value. */
    public static Sha256 wrap(byte[] value) {
        Objects.requireNonNull(value, "value");
        if (value.length != LENGTH) {
            throw new IllegalArgumentException("a SHA-256 value has 32 bytes, not " + value.length);
        }
        return new Sha256(value.clone());
    }

    /** Parses 64 hex digits (either case). */
    public static Sha256 fromHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("a SHA-256 value has 64 hex digits, not " + hex.length());
        }
        return new Sha256(HEX.parseHex(hex));
    }

    /** Computes the SHA-256 of {@code data}. */
    public static Sha256 digest(byte[] data) {
        MessageDigest md = messageDigest();
        return new Sha256(md.digest(data));
    }

    /**
     * A row's timestamp as a canonical field: milliseconds since the epoch of the UTC date-time the hub stores
     * (null stays null), so that every module encodes its times alike.
     */
    public static Long utcMillis(java.time.LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
    }

    /**
     * The SHA-256 of a business row's canonical text, as modules ledger their rows: each field as its
     * {@code String.valueOf} (null as U+0000), preceded by its length in UTF-16 units and followed by U+001F,
     * the length also followed by U+001F, all in UTF-8 — so that no two different rows share a text. A
     * {@link ContentVerifier} recomputes it from the row as stored.
     */
    public static Sha256 ofFields(Object... fields) {
        StringBuilder sb = new StringBuilder();
        for (Object f : fields) {
            String s = f == null ? "\u0000" : String.valueOf(f);
            sb.append(s.length()).append('\u001f').append(s).append('\u001f');
        }
        return digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A fresh SHA-256 {@link MessageDigest}, for callers that hash content in pieces. */
    public static MessageDigest messageDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newDigest();
        }
    }

    /** Finishes {@code md} (which must be a SHA-256 digest) and wraps its result. */
    public static Sha256 finish(MessageDigest md) {
        byte[] out = md.digest();
        if (out.length != LENGTH) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + md.getAlgorithm());
        }
        return new Sha256(out);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return value.clone();
    }

    /** Feeds the 32 bytes into {@code md} without copying them. */
    public void update(MessageDigest md) {
        md.update(value);
    }

    /** 64 lower-case hex digits. */
    public String hex() {
        return HEX.formatHex(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sha256 && MessageDigest.isEqual(value, ((Sha256) o).value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public int compareTo(Sha256 o) {
        return Arrays.compareUnsigned(value, o.value);
    }

    @Override
    public String toString() {
        return hex();
    }
}
