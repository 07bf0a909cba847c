package org.sanxiang.routes.recorder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.camel.Exchange;
import org.apache.camel.ExtendedExchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.sanxiang.api.ingest.IngestOutcome;
import org.sanxiang.api.ingest.MediaIntake;
import org.sanxiang.routes.common.SanxiangRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pull channels of the docking stations (采集站):
 *
 * <ul>
 *   <li>{@code recorder-ingest.drop}: a watched drop directory. A station copies {@code <base>.<ext>} (the media)
 *       and {@code <base>.xml} (the metadata) and then writes the completion marker {@code <base>.done}; only
 *       media whose marker exists is taken, so a half-copied file is never read. The hub answers with
 *       {@code <base>.receipt.xml} and removes media, sidecar and marker (a quarantined media file is moved to
 *       the quarantine).</li>
 *   <li>{@code recorder-ingest.ftp.<n>}: the same layout on a station's FTP server, polled by camel-ftp (media
 *       downloaded to a local work file, then taken like a dropped one); the receipt is uploaded next to it.</li>
 * </ul>
 *
 * Each delivery is handed to the {@link MediaIntake} (the ingest module applies every rule); the routes only move
 * the bytes and answer the station. A failure of the hub itself leaves everything in place: the delivery is taken
 * again at the next poll.
 */
public final class RecorderIngestRoutes extends SanxiangRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(RecorderIngestRoutes.class);
    /** Neither metadata, markers, receipts, hidden nor partial files are media. */
    static final String NOT_MEDIA = "RAW(^(\\..*|.*\\.(xml|done|part|tmp))$)";

    private final MediaIntake intake;
    private final RecorderSettings settings;

    public RecorderIngestRoutes(MediaIntake intake, RecorderSettings settings) {
        this.intake = intake;
        this.settings = settings;
    }

    @Override
    protected void routes() throws IOException {
        if (!settings.ftpEndpoints().isEmpty()) {
            Files.createDirectories(settings.ftpWorkDir());
        }
        from(dropUri()).routeId("recorder-ingest.drop")
                .process(this::takeDropped).id("ingest-dropped");
        int n = 0;
        for (String endpoint : settings.ftpEndpoints()) {
            n++;
            StationFtp station = new StationFtp(endpoint);
            from(ftpUri(endpoint, n)).routeId("recorder-ingest.ftp." + n)
                    .process(e -> takeFromFtp(e, station)).id("ingest-ftp-" + n);
        }
    }

    String dropUri() {
        return "file:" + settings.dropDir() + "?doneFileName=${file:name.noext}.done&delete=true&readLock=none"
                + "&exclude=" + NOT_MEDIA + "&delay=" + settings.dropPollMillis() + "&maxMessagesPerPoll=20"
                + "&autoCreate=true&startingDirectoryMustExist=false";
    }

    String ftpUri(String endpoint, int n) {
        return endpoint + (endpoint.contains("?") ? "&" : "?") + "doneFileName=${file:name.noext}.done&delete=true"
                + "&binary=true&passiveMode=true&exclude=" + NOT_MEDIA + "&delay=" + settings.ftpPollMillis()
                + "&maxMessagesPerPoll=5&localWorkDirectory=" + settings.ftpWorkDir().resolve(Integer.toString(n))
                + "&throwExceptionOnConnectFailed=false";
    }

    static String base(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private void takeDropped(Exchange exchange) throws IOException {
        Path media = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
        String base = base(media.getFileName().toString());
        Path sidecar = media.resolveSibling(base + ".xml");
        byte[] metadata = Files.isRegularFile(sidecar) ? readLimited(sidecar) : null;
        IngestOutcome o = intake.ingestFile("drop", media, metadata);
        Path receipt = media.resolveSibling(base + ".receipt.xml");
        Path tmp = media.resolveSibling("." + base + ".receipt.tmp");
        Files.write(tmp, Receipts.xml(o));
        Files.move(tmp, receipt, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        exchange.adapt(ExtendedExchange.class).addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange done) {
                try {
                    Files.deleteIfExists(sidecar);
                } catch (IOException e) {
                    LOG.warn("cannot remove the sidecar {}: {}", sidecar, e.getMessage());
                }
            }
        });
    }

    private void takeFromFtp(Exchange exchange, StationFtp station) throws IOException {
        String local = exchange.getIn().getHeader(Exchange.FILE_LOCAL_WORK_PATH, String.class);
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (local == null) {
            throw new IOException("camel-ftp delivered " + name + " without a local work file");
        }
        String base = base(name);
        byte[] metadata = station.read(base + ".xml", intake.metadataMaxBytes() + 1);
        IngestOutcome o = intake.ingestFile("ftp", Path.of(local), metadata);
        station.write(base + ".receipt.xml", Receipts.xml(o));
        exchange.adapt(ExtendedExchange.class).addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange done) {
                try {
                    station.delete(base + ".xml");
                } catch (IOException e) {
                    LOG.warn("cannot remove the sidecar {}.xml at the station: {}", base, e.getMessage());
                }
            }
        });
    }

    private byte[] readLimited(Path sidecar) throws IOException {
        try (InputStream in = Files.newInputStream(sidecar)) {
            return in.readNBytes(intake.metadataMaxBytes() + 1);
        }
    }
}
