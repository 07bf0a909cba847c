package org.sanxiang.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The station's MD5 and size checked while the media streams through, MD5 on its own thread (issue 18). */
class VerifyingInputStreamTest {

    private static byte[] media(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    private static String md5(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
    }

    /** Reads everything in odd-sized pieces, as a socket delivers it. */
    private static long drain(InputStream in) throws IOException {
        byte[] buf = new byte[77_777];
        long n = 0;
        for (int r; (r = in.read(buf, 0, 1 + (int) (n % buf.length))) >= 0; ) {
            n += r;
        }
        return n;
    }

    @Test
    void aFileOfManyChunksPassesWithTheStationsMd5AndCountsItsBytes() throws Exception {
        // 4.5 chunks: every chunk of the pool is used more than once, the last one partly
        byte[] b = media(VerifyingInputStream.CHUNK * 9 / 2 + 13);
        AtomicLong progress = new AtomicLong();
        try (VerifyingInputStream in = new VerifyingInputStream(new ByteArrayInputStream(b), b.length, md5(b),
                progress)) {
            assertEquals(b.length, drain(in));
            assertEquals(md5(b), in.md5Hex());
        }
        assertEquals(b.length, progress.get());
    }

    @Test
    void oneChangedByteIsAHashMismatchAtTheEndOfTheStream() throws Exception {
        byte[] b = media(3 * VerifyingInputStream.CHUNK + 5);
        String declared = md5(b);
        b[2 * VerifyingInputStream.CHUNK + 1] ^= 1;
        VerifyingInputStream.Mismatch m = assertThrows(VerifyingInputStream.Mismatch.class, () -> {
            try (VerifyingInputStream in = new VerifyingInputStream(new ByteArrayInputStream(b), b.length, declared,
                    new AtomicLong())) {
                drain(in);
            }
        });
        assertEquals("HASH_MISMATCH", m.code());
        assertTrue(m.getMessage().contains(declared), m.getMessage());
    }

    @Test
    void shortAndLongDeliveriesAreNamed() throws Exception {
        byte[] b = media(1000);
        VerifyingInputStream.Mismatch truncated = assertThrows(VerifyingInputStream.Mismatch.class, () -> {
            try (VerifyingInputStream in = new VerifyingInputStream(new ByteArrayInputStream(b), 1001, md5(b),
                    new AtomicLong())) {
                drain(in);
            }
        });
        assertEquals("TRUNCATED", truncated.code());
        VerifyingInputStream.Mismatch tooLong = assertThrows(VerifyingInputStream.Mismatch.class, () -> {
            try (VerifyingInputStream in = new VerifyingInputStream(new ByteArrayInputStream(b), 999, md5(b),
                    new AtomicLong())) {
                drain(in);
            }
        });
        assertEquals("SIZE_MISMATCH", tooLong.code());
    }

    @Test
    void aStreamClosedHalfwayStopsItsMd5Thread() throws Exception {
        byte[] b = media(2 * VerifyingInputStream.CHUNK);
        VerifyingInputStream in = new VerifyingInputStream(new ByteArrayInputStream(b), b.length, md5(b),
                new AtomicLong());
        assertEquals(1000, in.read(new byte[1000]));
        in.close();
        long end = System.nanoTime() + 10_000_000_000L;
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("sanxiang-ingest-md5")
                && t.isAlive())) {
            assertTrue(System.nanoTime() < end, "the MD5 thread is still running 10 s after close");
            Thread.sleep(10);
        }
    }
}
