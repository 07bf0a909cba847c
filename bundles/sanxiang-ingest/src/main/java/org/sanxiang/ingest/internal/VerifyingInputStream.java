package org.sanxiang.ingest.internal;

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
 * than declared. MD5 is computed on a second thread over bounded chunks (issue 18), in parallel with the store's
 * SHA-256; memory use does not depend on the size of the media.
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

    /** Bytes handed to the MD5 thread at a time. */
    static final int CHUNK = 1 << 20;
    /** Chunks in flight between the reader and the MD5 thread: the memory used is bounded by this many chunks. */
    static final int CHUNKS = 4;

    private final long declaredSize;
    private final String expectedMd5;
    private final Md5Worker md5;
    private final AtomicLong progress;
    private long count;
    private boolean checked;
    private String md5Hex;

    VerifyingInputStream(InputStream in, long declaredSize, String expectedMd5, AtomicLong progress) {
        super(in);
        this.declaredSize = declaredSize;
        this.expectedMd5 = expectedMd5;
        this.progress = progress;
        this.md5 = expectedMd5 == null ? null : new Md5Worker();
    }

    long count() {
        return count;
    }

    /** The MD5 of what was read, hex, or null when the station gave none; waits for the MD5 thread to finish. */
    String md5Hex() throws IOException {
        if (md5 == null) {
            return null;
        }
        if (md5Hex == null) {
            md5Hex = md5.finish();
        }
        return md5Hex;
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
            if (count > declaredSize) {
                throw new Mismatch("SIZE_MISMATCH", "收到的字节数超过元数据声明的文件大小" + declaredSize + "字节");
            }
            if (md5 != null) {
                md5.update(b, off, n);
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            if (md5 != null) {
                md5.abandon();
            }
        }
    }

    /**
     * MD5 on its own thread, beside the reader (whose consumer, the evidence store, computes SHA-256 and writes the
     * file): the two digests no longer take turns on one core. The reader copies what it read into one of
     * {@link #CHUNKS} chunks and hands full ones over; when all are in flight it waits, so memory stays bounded.
     */
    private static final class Md5Worker {
        private static final byte[] END = new byte[0];
        private final java.util.concurrent.BlockingQueue<byte[]> full = new java.util.concurrent.ArrayBlockingQueue<>(CHUNKS + 1);
        private final java.util.concurrent.BlockingQueue<byte[]> free = new java.util.concurrent.ArrayBlockingQueue<>(CHUNKS);
        private final java.util.concurrent.ConcurrentHashMap<byte[], Integer> lengths = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.CompletableFuture<String> result = new java.util.concurrent.CompletableFuture<>();
        private final Thread thread;
        private byte[] current;
        private int filled;
        private boolean ended;

        Md5Worker() {
            for (int i = 0; i < CHUNKS; i++) {
                free.add(new byte[CHUNK]);
            }
            thread = new Thread(this::digest, "sanxiang-ingest-md5");
            thread.setDaemon(true);
            thread.start();
        }

        private void digest() {
            try {
                MessageDigest md = MessageDigest.getInstance("MD5");
                while (true) {
                    byte[] chunk = full.take();
                    if (chunk == END) {
                        result.complete(HexFormat.of().formatHex(md.digest()));
                        return;
                    }
                    md.update(chunk, 0, lengths.remove(chunk));
                    free.put(chunk);
                }
            } catch (InterruptedException e) {
                result.completeExceptionally(e);
            } catch (NoSuchAlgorithmException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        void update(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (current == null) {
                    current = take();
                    filled = 0;
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, current, filled, n);
                filled += n;
                off += n;
                len -= n;
                if (filled == CHUNK) {
                    handOver();
                }
            }
        }

        private byte[] take() throws IOException {
            try {
                byte[] chunk;
                while ((chunk = free.poll(1, java.util.concurrent.TimeUnit.SECONDS)) == null) {
                    if (result.isDone()) {
                        throw new IOException("MD5计算已中止 / the MD5 thread stopped");
                    }
                }
                return chunk;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("MD5计算被中断");
            }
        }

        private void handOver() {
            lengths.put(current, filled);
            full.add(current);
            current = null;
        }

        String finish() throws IOException {
            if (!ended) {
                ended = true;
                if (current != null && filled > 0) {
                    handOver();
                }
                full.add(END);
            }
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("MD5计算被中断");
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("MD5计算失败 / MD5 failed", e.getCause());
            }
        }

        /** Stops the thread when the stream is closed before its end (a refused or broken delivery). */
        void abandon() {
            if (!result.isDone()) {
                thread.interrupt();
            }
        }
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
