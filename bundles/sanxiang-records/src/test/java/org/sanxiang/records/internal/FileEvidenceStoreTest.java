package org.sanxiang.records.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.EvidenceStore.Stored;

class FileEvidenceStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesUnderItsSha256AndOnlyOnce() throws IOException {
        FileEvidenceStore store = new FileEvidenceStore(dir);
        byte[] content = "执法记录仪视频".getBytes(StandardCharsets.UTF_8);
        Stored first = store.put(new ByteArrayInputStream(content));
        assertEquals(Sha256.digest(content).hex(), first.sha256());
        assertEquals(content.length, first.size());
        assertFalse(first.alreadyPresent());
        assertTrue(store.put(new ByteArrayInputStream(content)).alreadyPresent());
        try (InputStream in = store.open(first.sha256())) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertFalse(Files.getPosixFilePermissions(store.path(first.sha256())).contains(PosixFilePermission.OWNER_WRITE),
                "stored objects are read-only");
    }

    @Test
    void aFailedUploadLeavesNoObjectAndNoTemporaryFile() throws IOException {
        FileEvidenceStore store = new FileEvidenceStore(dir);
        InputStream broken = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 1000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        assertThrows(UncheckedIOException.class, () -> store.put(broken));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void rejectsNamesThatAreNotSha256() {
        FileEvidenceStore store = new FileEvidenceStore(dir);
        assertFalse(store.contains("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.path("../x"));
    }
}
