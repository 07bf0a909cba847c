package org.sanxiang.api.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where a channel of the docking stations (drop directory, FTP, HTTP push) hands over one delivery: the media and
 * its metadata sidecar (schema {@value #METADATA_NAMESPACE}). The intake applies every acceptance rule (metadata,
 * names, registered device, officer and certificate on the capture date, officer of the case, size and station
 * MD5), stores the content once, links it to its case, holds an important-marked file and raises the alerts; a
 * delivery that fails a rule is quarantined with its reason. The channel only moves bytes and tells the station
 * the outcome.
 *
 * <p>Idempotent by content: the same bytes delivered again are stored and linked once ({@code DUPLICATE}).
 */
public interface MediaIntake {

    /** Namespace of the metadata sidecar and of the receipt the station gets back. */
    String METADATA_NAMESPACE = "urn:sanxiang:recorder-metadata:v1";

    /**
     * Takes in a media file the channel holds locally (drop directory, FTP download); a quarantine moves the file
     * into the item's folder, so that it can be released later.
     *
     * @param metadata the sidecar's bytes, {@code null} when the station sent none
     * @throws IOException when the hub itself failed (database, disk): the channel leaves the delivery where it
     *                     was and takes it again
     */
    IngestOutcome ingestFile(String channel, Path media, byte[] metadata) throws IOException;

    /** Takes in a media stream (HTTP push); a quarantined stream is not kept, the station keeps its file. */
    IngestOutcome ingestStream(String channel, String sourceName, InputStream media, byte[] metadata)
            throws IOException;

    /** The largest sidecar taken (bytes); a channel reads at most one byte more, so that a longer one is refused. */
    int metadataMaxBytes();
}
