package org.sanxiang.api.records;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/**
 * Content-addressed, write-once storage of evidence (证据文件库): files named by their SHA-256, never
 * overwritten, never partially visible. Reading goes through {@link CaseRecords#openMedia} and
 * {@link CaseRecords#readDocument}, which log the access.
 */
public interface EvidenceStore {

    /** What {@link #put} stored: the SHA-256 (hex) and the size in bytes. */
    record Stored(String sha256, long size, boolean alreadyPresent) {
    }

    /** Streams {@code content} into the store (the caller closes it); the same content twice is stored once. */
    Stored put(InputStream content);

    boolean contains(String sha256);

    /**
     * What {@link #verify} found: how many objects and bytes were re-hashed, how many no longer hash to their
     * name (changed after they were stored — the name is the SHA-256 recorded and ledgered with the document or
     * recording), how many objects that a record refers to are gone, and the first problems by name.
     *
     * @param sampled whether only a sample was re-hashed (the quick mode); missing objects are always all checked
     */
    record Verification(long objects, long bytes, long changed, long missing, List<String> problems,
            boolean sampled, Duration took) {

        public Verification {
            problems = List.copyOf(problems);
        }

        public boolean intact() {
            return changed == 0 && missing == 0;
        }
    }

    /**
     * Re-hashes every stored object against its name (or, with {@code sample} above 0, that many chosen at
     * random) and checks that every object a document or linked recording refers to is there. Read-only.
     */
    Verification verify(int sample);
}
