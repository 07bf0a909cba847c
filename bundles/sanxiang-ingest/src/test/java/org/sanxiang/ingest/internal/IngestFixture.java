package org.sanxiang.ingest.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.sanxiang.api.ingest.MediaIntake;
import org.sanxiang.api.ingest.RecorderIngest;
import org.sanxiang.simulators.recorder.Recording;
import org.sanxiang.store.support.ModuleStore;

/**
 * An ingest on a fresh H2 database with the test records services; settings as shipped plus two devices. Public
 * for the channels' tests (recorder-ingest), which hand their deliveries to the real intake.
 */
public final class IngestFixture {

    final Path dir;
    public final FakeRecords records;
    final ModuleStore store;
    final JdbcDataSource dataSource;
    IngestSettings settings;
    MediaIngestor ingestor;

    public IngestFixture(Path dir) throws Exception {
        this.dir = dir;
        this.records = new FakeRecords(dir.resolve("evidence"));
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ingest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store = MediaIngestor.openStore(dataSource);
        settings("DSJ-CZ-0001,DSJ-CZ-0002");
    }

    /** Other registered devices, applied to the same intake as a configuration change is. */
    public void settings(String devices) throws Exception {
        settings = IngestSettings.parse(devices, "A00234=14040020230012", "300", "24", "Asia/Shanghai", "65536",
                dir.resolve("work/quarantine").toString());
        if (ingestor != null) {
            ingestor.reconfigure(settings);
            return;
        }
        ingestor = new MediaIngestor(store, settings, records, records, records, records, records, () -> null,
                Clock.systemUTC());
        ingestor.start();
    }

    /** Where the channels hand deliveries over. */
    public MediaIntake intake() {
        return ingestor;
    }

    /** What ops see of the ingest. */
    public RecorderIngest view() {
        return ingestor;
    }

    /** A valid recording by officer 王建国 (device number A00234, mapped to his 执法证号) for the test case. */
    public static Recording recording(String fileName) {
        Recording r = new Recording().caseNumber(FakeRecords.CASE).fileName(fileName);
        r.deviceOfficerNumber = "A00234";
        return r;
    }
}
