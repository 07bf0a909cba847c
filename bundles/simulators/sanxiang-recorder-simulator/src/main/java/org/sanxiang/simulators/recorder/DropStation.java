package org.sanxiang.simulators.recorder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A station delivering into the hub's drop directory the way the hub expects: media {@code <base>.<ext>}, sidecar
 * {@code <base>.xml}, then the completion marker {@code <base>.done}. It can also stop half-way (no marker) or
 * copy slowly, to show that the hub never takes a half-copied file.
 */
public final class DropStation {

    private final Path dir;

    public DropStation(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Media, sidecar and marker, in that order; returns the base name. */
    public String deliver(String fileName, byte[] media, byte[] sidecar) throws IOException {
        String base = base(fileName);
        Files.write(dir.resolve(fileName), media);
        Files.write(dir.resolve(base + ".xml"), sidecar);
        mark(base);
        return base;
    }

    /** Copies a (large) media file, the sidecar and the marker; {@code bytesPerSecond <= 0} copies at full speed. */
    public String deliver(String fileName, Path media, byte[] sidecar, long bytesPerSecond) throws IOException {
        String base = base(fileName);
        copy(media, dir.resolve(fileName), bytesPerSecond);
        Files.write(dir.resolve(base + ".xml"), sidecar);
        mark(base);
        return base;
    }

    /** Media and sidecar without the marker: a copy still under way. */
    public String deliverWithoutMarker(String fileName, byte[] media, byte[] sidecar) throws IOException {
        String base = base(fileName);
        Files.write(dir.resolve(fileName), media);
        Files.write(dir.resolve(base + ".xml"), sidecar);
        return base;
    }

    public void mark(String base) throws IOException {
        Files.write(dir.resolve(base + ".done"), new byte[0]);
    }

    /** The hub's receipt for {@code base}, or null while there is none. */
    public String receipt(String base) throws IOException {
        Path r = dir.resolve(base + ".receipt.xml");
        return Files.exists(r) ? Files.readString(r, StandardCharsets.UTF_8) : null;
    }

    static String base(String fileName) {
        int dot = fileName.indexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    static void copy(Path from, Path to, long bytesPerSecond) throws IOException {
        if (bytesPerSecond <= 0) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        long started = System.nanoTime();
        long done = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(to)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                done += n;
                pace(started, done, bytesPerSecond);
            }
        }
    }

    static void pace(long startedNanos, long done, long bytesPerSecond) throws IOException {
        long due = startedNanos + done * 1_000_000_000L / bytesPerSecond;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }
}
