package org.sanxiang.simulators.recorder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Media content a station delivers: pseudo-random bytes of a given size (deterministic per seed), digests. */
public final class Media {

    private Media() {
    }

    public static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Writes {@code size} pseudo-random bytes to {@code file} in 1 MiB pieces (for files of gigabytes). */
    public static void write(Path file, long size, long seed) throws IOException {
        Random r = new Random(seed);
        byte[] buf = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            long left = size;
            while (left > 0) {
                r.nextBytes(buf);
                int n = (int) Math.min(buf.length, left);
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }

    public static String md5(byte[] content) {
        return hex("MD5", content);
    }

    public static String sha256(byte[] content) {
        return hex("SHA-256", content);
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
