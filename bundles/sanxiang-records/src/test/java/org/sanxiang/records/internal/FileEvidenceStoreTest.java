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
import java.util.List;
import org.sanxiang.api.records.RecordsException;
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

    @Test
    void aChangedByteIsNamedByTheVerificationAndTheObjectIsNotServed() throws IOException {
        // R-R2, R-R6: what is served is what was stored and ledgered
        FileEvidenceStore store = new FileEvidenceStore(dir);
        byte[] content = "询问笔录 第1页".getBytes(StandardCharsets.UTF_8);
        String sha = store.put(new ByteArrayInputStream(content)).sha256();
        String other = store.put(new ByteArrayInputStream("告知书".getBytes(StandardCharsets.UTF_8))).sha256();
        assertTrue(store.verify(java.util.Set.of(sha, other), 0).intact());

        Path file = store.path(sha);
        file.toFile().setWritable(true);
        byte[] changed = content.clone();
        changed[0] ^= 1;
        Files.write(file, changed);
        org.sanxiang.api.records.EvidenceStore.Verification v = store.verify(java.util.Set.of(sha, other), 0);
        assertFalse(v.intact());
        assertEquals(2, v.objects());
        assertEquals(1, v.changed());
        assertTrue(v.problems().get(0).startsWith(sha + " CHANGED"), v.problems().toString());
        RecordsException refused = assertThrows(RecordsException.class, () -> store.open(sha));
        assertTrue(refused.getMessage().contains("已被改动"), refused.getMessage());
        assertEquals(1, store.verify(java.util.Set.of(), 1).objects(), "the quick mode re-hashes a sample");

        Files.delete(file);
        org.sanxiang.api.records.EvidenceStore.Verification gone = store.verify(java.util.Set.of(sha, other), 0);
        assertEquals(1, gone.missing());
        assertEquals(List.of(sha + " MISSING 缺失"), gone.problems());
    }
}
