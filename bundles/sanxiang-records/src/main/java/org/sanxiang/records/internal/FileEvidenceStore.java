package org.sanxiang.records.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.RecordsException;

/**
 * Content-addressed, write-once files under a root: {@code <root>/ab/cd/<sha256>}. Content is streamed
 * through the digest into a temporary file in {@code <root>/tmp}, forced to disk, then moved atomically to
 * its name; an existing object is never replaced, and a failed write leaves no object (only the temporary
 * file is removed). Stored objects are made read-only.
 */
final class FileEvidenceStore implements EvidenceStore {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path tmp;

    FileEvidenceStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence store at " + this.root, e);
        }
    }

    Path root() {
        return root;
    }

    @Override
    public Stored put(InputStream content) {
        Path temp = null;
        try {
            temp = Files.createTempFile(tmp, "put-", ".part");
            MessageDigest md = Sha256.messageDigest();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), md)) {
                // large reads and writes (InputStream.transferTo moves 8 KiB at a time): recordings are gigabytes
                byte[] buffer = new byte[1 << 20];
                long total = 0;
                for (int n; (n = content.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    total += n;
                }
                size = total;
            }
            try (var ch = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            String sha = HexFormat.of().formatHex(md.digest());
            Path target = path(sha);
            if (Files.exists(target)) {
                return new Stored(sha, size, true);
            }
            Files.createDirectories(target.getParent());
            try {
                publish(temp, target);
            } catch (FileAlreadyExistsException e) {
                return new Stored(sha, size, true);
            }
            target.toFile().setReadOnly();
            return new Stored(sha, size, false);
        } catch (IOException e) {
            throw new UncheckedIOException("证据文件写入失败 / evidence write failed", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is under tmp/, never taken for an object
                }
            }
        }
    }

    /**
     * Makes the complete temporary file visible under its name without ever replacing an existing object: a
     * hard link is atomic and fails when the name exists; where links are not supported, an atomic rename
     * (the caller checked that the name was free, and the content under a name is always the same).
     */
    private static void publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return SHA.matcher(sha256).matches() && Files.isRegularFile(path(sha256));
    }

    /** Objects up to this size are re-hashed before they are served; larger ones while they are read. */
    static final long VERIFY_FIRST_BYTES = 64L << 20;

    /**
     * Opens a stored object (callers log the access), verified: an object that no longer hashes to its name is
     * refused — before the first byte when it is up to {@value #VERIFY_FIRST_BYTES} bytes, at the end of the
     * stream (an {@link IOException}) when it is larger.
     */
    InputStream open(String sha256) {
        if (!contains(sha256)) {
            throw new RecordsException("证据库中没有文件 " + sha256);
        }
        Path p = path(sha256);
        try {
            if (Files.size(p) <= VERIFY_FIRST_BYTES) {
                String actual = hash(p);
                if (!actual.equals(sha256)) {
                    throw new RecordsException("证据文件" + sha256 + "已被改动(内容的SHA-256为" + actual
                            + "),拒绝读取;请运维人员执行 sanxiang:ledger-verify 并从备份恢复");
                }
                return Files.newInputStream(p);
            }
            return new VerifyingStream(Files.newInputStream(p), sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(Path p) throws IOException {
        MessageDigest md = Sha256.messageDigest();
        try (InputStream in = new java.security.DigestInputStream(Files.newInputStream(p), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Compares the digest of what was read with the object's name at the end of the stream. */
    private static final class VerifyingStream extends java.security.DigestInputStream {

        private final String sha256;
        private boolean checked;

        VerifyingStream(InputStream in, String sha256) {
            super(in, Sha256.messageDigest());
            this.sha256 = sha256;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                check();
            }
            return n;
        }

        private void check() throws IOException {
            if (!checked) {
                checked = true;
                String actual = HexFormat.of().formatHex(getMessageDigest().digest());
                if (!actual.equals(sha256)) {
                    throw new IOException("证据文件" + sha256 + "已被改动(内容的SHA-256为" + actual + ")");
                }
            }
        }
    }

    /** The store on its own re-hashes its objects; {@link RecordsService} also checks that referenced ones exist. */
    @Override
    public EvidenceStore.Verification verify(int sample) {
        return verify(java.util.Set.of(), sample);
    }

    /**
     * Re-hashes the stored objects (all, or {@code sample} chosen at random) against their names and checks that
     * each of {@code referenced} is present.
     */
    EvidenceStore.Verification verify(java.util.Set<String> referenced, int sample) {
        return verify(referenced, sample, Progress.NONE);
    }

    /** What a verification reports while it runs: the files it will re-hash, then each one re-hashed. */
    interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void listed(long files) {
            }

            @Override
            public void hashed(long bytes) {
            }
        };

        void listed(long files);

        void hashed(long bytes);
    }

    /** {@link #verify(java.util.Set, int)}, telling {@code progress} as it goes. */
    EvidenceStore.Verification verify(java.util.Set<String> referenced, int sample, Progress progress) {
        long t0 = System.nanoTime();
        java.util.List<Path> objects = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).filter(f -> !f.startsWith(tmp))
                    .filter(f -> SHA.matcher(f.getFileName().toString()).matches()).forEach(objects::add);
        } catch (IOException e) {
            throw new UncheckedIOException("证据库无法遍历 / the evidence store cannot be listed: " + root, e);
        }
        java.util.List<String> problems = new java.util.ArrayList<>();
        java.util.Set<String> present = new java.util.HashSet<>();
        objects.forEach(f -> present.add(f.getFileName().toString()));
        long missing = 0;
        for (String r : new java.util.TreeSet<>(referenced)) {
            if (!present.contains(r)) {
                missing++;
                if (problems.size() < 20) {
                    problems.add(r + " MISSING 缺失");
                }
            }
        }
        boolean sampled = sample > 0 && sample < objects.size();
        if (sampled) {
            java.util.Collections.shuffle(objects, new java.security.SecureRandom());
            objects = objects.subList(0, sample);
        }
        progress.listed(objects.size());
        long bytes = 0;
        long changed = 0;
        for (Path f : objects) {
            String name = f.getFileName().toString();
            long size = 0;
            try {
                size = Files.size(f);
                bytes += size;
                String actual = hash(f);
                if (!actual.equals(name)) {
                    changed++;
                    if (problems.size() < 20) {
                        problems.add(name + " CHANGED 已被改动 (SHA-256 " + actual + ")");
                    }
                }
            } catch (IOException e) {
                changed++;
                if (problems.size() < 20) {
                    problems.add(name + " UNREADABLE 无法读取 (" + e.getMessage() + ")");
                }
            } finally {
                progress.hashed(size);
            }
        }
        return new EvidenceStore.Verification(objects.size(), bytes, changed, missing, problems, sampled,
                java.time.Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Removes an object; only {@link RecordsService} calls it, after the retention checks. */
    boolean delete(String sha256) {
        try {
            Path p = path(sha256);
            p.toFile().setWritable(true);
            return Files.deleteIfExists(p);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String sha256) {
        if (!SHA.matcher(sha256).matches()) {
            throw new IllegalArgumentException("不是SHA-256值: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
