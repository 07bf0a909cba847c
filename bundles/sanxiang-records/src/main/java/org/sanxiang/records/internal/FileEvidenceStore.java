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
                size = content.transferTo(out);
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

    /** Opens a stored object (callers log the access). */
    InputStream open(String sha256) {
        if (!contains(sha256)) {
            throw new RecordsException("证据库中没有文件 " + sha256);
        }
        try {
            return Files.newInputStream(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
