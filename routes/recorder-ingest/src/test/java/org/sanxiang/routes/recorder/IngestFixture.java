package org.sanxiang.routes.recorder;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.sanxiang.simulators.recorder.Recording;
import org.sanxiang.store.support.ModuleStore;

/** An ingest on a fresh H2 database with the test records services; settings as shipped plus two devices. */
final class IngestFixture {

    final Path dir;
    final FakeRecords records;
    final ModuleStore store;
    final JdbcDataSource dataSource;
    RecorderSettings settings;
    MediaIngestor ingestor;

    IngestFixture(Path dir) throws Exception {
        this.dir = dir;
        this.records = new FakeRecords(dir.resolve("evidence"));
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ingest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store = MediaIngestor.openStore(dataSource);
        settings("DSJ-CZ-0001,DSJ-CZ-0002");
    }

    /** Rebuilds the ingest with other registered devices (as a configuration change does). */
    void settings(String devices) throws Exception {
        settings = RecorderSettings.parse(dir.resolve("drop").toString(), "100", dir.resolve("work").toString(),
                devices, "A00234=14040020230012", "300", "24", "Asia/Shanghai", "", "1000", "65536");
        ingestor = new MediaIngestor(store, settings, records, records, records, records, records, Clock.systemUTC());
        ingestor.start();
    }

    /** A valid recording by officer 王建国 (device number A00234, mapped to his 执法证号) for the test case. */
    static Recording recording(String fileName) {
        Recording r = new Recording().caseNumber(FakeRecords.CASE).fileName(fileName);
        r.deviceOfficerNumber = "A00234";
        return r;
    }
}
