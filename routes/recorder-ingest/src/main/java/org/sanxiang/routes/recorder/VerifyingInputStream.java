package org.sanxiang.routes.recorder;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Passes the media through once while counting the bytes and, when the station gave one, computing MD5;
 * at the end of the stream — before the reader sees it end — it checks the declared size and the MD5 and
 * throws {@link Mismatch} when they differ. The evidence store reading this stream then fails its write and
 * publishes nothing, so bad media never becomes a stored object. Also fails early when more bytes arrive
 * than declared. Memory use does not depend on the size of the media.
 */
final class VerifyingInputStream extends FilterInputStream {

    /** The media did not match what the station declared. */
    static final class Mismatch extends IOException {
        private static final long serialVersionUID = 1L;
        private final String code;

        Mismatch(String code, String message) {
            super(message);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final long declaredSize;
    private final String expectedMd5;
    private final MessageDigest md5;
    private final AtomicLong progress;
    private long count;
    private boolean checked;

    VerifyingInputStream(InputStream in, long declaredSize, String expectedMd5, AtomicLong progress) {
        super(in);
        this.declaredSize = declaredSize;
        this.expectedMd5 = expectedMd5;
        this.progress = progress;
        try {
            this.md5 = expectedMd5 == null ? null : MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long count() {
        return count;
    }

    /** The MD5 of what was read, hex, or null when the station gave none. */
    String md5Hex() {
        return md5 == null ? null : HexFormat.of().formatHex(((MessageDigest) cloneDigest()).digest());
    }

    private Object cloneDigest() {
        try {
            return md5.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            verifyAtEnd();
            return -1;
        }
        if (n > 0) {
            count += n;
            progress.set(count);
            if (md5 != null) {
                md5.update(b, off, n);
            }
            if (count > declaredSize) {
                throw new Mismatch("SIZE_MISMATCH", "收到的字节数超过元数据声明的文件大小" + declaredSize + "字节");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported while verifying");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void verifyAtEnd() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        if (count < declaredSize) {
            throw new Mismatch("TRUNCATED", "文件不完整: 收到" + count + "字节,元数据声明" + declaredSize + "字节");
        }
        if (md5 != null) {
            String actual = md5Hex();
            if (!actual.equals(expectedMd5)) {
                throw new Mismatch("HASH_MISMATCH", "MD5校验不符: 采集站 " + expectedMd5 + ",枢纽计算 " + actual);
            }
        }
    }
}
