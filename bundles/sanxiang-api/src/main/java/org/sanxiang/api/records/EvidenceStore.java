package org.sanxiang.api.records;

import java.io.InputStream;

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
}
