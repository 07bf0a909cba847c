package org.sanxiang.console.internal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.ingest.IngestProgress;
import org.sanxiang.api.ingest.IngestedMedia;
import org.sanxiang.api.ingest.QuarantineItem;
import org.sanxiang.api.ingest.RecorderIngest;
import org.sanxiang.console.internal.Reads;
import org.sanxiang.console.internal.Run;

/** {@code sanxiang:quarantine-list} (隔离区): held deliveries with the reason and folder; the read is logged. */
class QuarantineListCommandTest {

    private static final String HEADER = "Id,Status,Code,Reason,Channel,Source,Device,Case,Received (UTC),Folder,Released";

    private static final String SHA = "3f".repeat(32);

    private static final List<QuarantineItem> NEWEST_FIRST = List.of(
            new QuarantineItem(7, "ftp", "DSJ-A001_20261206_0930.mp4", "UNKNOWN_OFFICER", "执法记录仪登记的警号ZR0099不在执法人员清单中",
                    "DSJ-A001", "长自然资罚〔2026〕1号", "/var/sanxiang/quarantine/7", Instant.parse("2026-12-06T01:30:00Z"),
                    "HELD", null, null, SHA),
            new QuarantineItem(6, "station", "DSJ-B002_20261205,1.mp4", "HASH_MISMATCH", "SHA-256与元数据\"sha256\"不一致",
                    "DSJ-B002", null, null, Instant.parse("2026-12-05T09:00:00Z"), "HELD", null, null, SHA),
            new QuarantineItem(5, "ftp", "DSJ-A001_20261204_1500.mp4", "CERTIFICATE_INVALID",
                    "执法人员王建国的执法证已于2026-12-01过期\n(已续证)", null, "长自然资检〔2026〕3号", "/var/sanxiang/quarantine/5",
                    Instant.parse("2026-12-04T07:00:00Z"), "RELEASED", "console:karaf",
                    Instant.parse("2026-12-05T03:00:00Z"), SHA));

    private static final String ROW_7 = "7,HELD,UNKNOWN_OFFICER,执法记录仪登记的警号ZR0099不在执法人员清单中,ftp,DSJ-A001_20261206_0930.mp4,"
            + "DSJ-A001,长自然资罚〔2026〕1号,2026-12-06T01:30:00Z,/var/sanxiang/quarantine/7,";
    private static final String ROW_6 = "6,HELD,HASH_MISMATCH,\"SHA-256与元数据\"\"sha256\"\"不一致\",station,"
            + "\"DSJ-B002_20261205,1.mp4\",DSJ-B002,,2026-12-05T09:00:00Z,(媒体未保留),";

    /** The recorder ingest's quarantine, and what the command asked of it. */
    private static final class Ingest implements RecorderIngest {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<IngestedMedia> media(int limit) {
            throw new UnsupportedOperationException("not the quarantine");
        }

        @Override
        public List<QuarantineItem> quarantine(boolean all, int limit) {
            asked.add(all + " " + limit);
            return NEWEST_FIRST.stream().filter(q -> all || q.held()).limit(limit).toList();
        }

        @Override
        public QuarantineItem release(long id, String actor) {
            throw new UnsupportedOperationException("a list must not release");
        }

        @Override
        public List<IngestProgress> inFlight() {
            throw new UnsupportedOperationException("not the quarantine");
        }
    }

    private static Run quarantineList(Ingest ingest, Reads reads) {
        return Run.of(new QuarantineListCommand()).set("ingest", ingest).set("accessLog", reads);
    }

    @Test
    void csvListsTheHeldDeliveriesNewestFirstWithReasonAndFolder() throws Exception {
        Ingest ingest = new Ingest();
        String out = quarantineList(ingest, new Reads()).set("csv", true).print();
        assertEquals(Run.lines(HEADER, ROW_7, ROW_6), out);
        assertEquals(List.of("false 50"), ingest.asked);
    }

    @Test
    void allAndTheLimitIncludeTheReleasedOnesWithWhoReleasedThemAndWhen() throws Exception {
        Ingest ingest = new Ingest();
        String out = quarantineList(ingest, new Reads()).set("all", true).set("limit", 5).set("csv", true).print();
        assertEquals(Run.lines(HEADER, ROW_7, ROW_6,
                "5,RELEASED,CERTIFICATE_INVALID,\"执法人员王建国的执法证已于2026-12-01过期\n(已续证)\",ftp,DSJ-A001_20261204_1500.mp4,,"
                        + "长自然资检〔2026〕3号,2026-12-04T07:00:00Z,/var/sanxiang/quarantine/5,"
                        + "console:karaf 2026-12-05T03:00:00Z"), out);
        assertEquals(List.of("true 5"), ingest.asked);
    }

    @Test
    void theReadIsLoggedAsAQuarantineReadOfTheShellUserWithThePurpose() throws Exception {
        Reads reads = new Reads();
        quarantineList(new Ingest(), reads).set("csv", true).print();
        quarantineList(new Ingest(), reads).as("karaf").set("all", true).set("purpose", "核查执法记录仪离线").print();
        assertEquals(List.of("console | 控制台查询 | QUARANTINE | open", "console:karaf | 核查执法记录仪离线 | QUARANTINE | *"),
                reads.logged);
    }

    @Test
    void withoutTheRecorderIngestTheCommandNamesTheFeatureToInstallAndLogsNoRead() {
        Reads reads = new Reads();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Run.of(new QuarantineListCommand()).set("accessLog", reads).print());
        assertEquals("功能未安装或未启动: sanxiang-ingest (feature:install sanxiang-ingest)",
                e.getMessage());
        assertEquals(List.of(), reads.logged);
    }

    @Test
    void theTableShowsTheChineseReasonAndThatTheMediaWasNotKept() throws Exception {
        List<List<String>> table = Run.table(quarantineList(new Ingest(), new Reads()).print());
        assertEquals(List.of("Id", "Status", "Code", "Reason", "Channel", "Source", "Device", "Case", "Received (UTC)",
                "Folder", "Released"), table.get(0));
        assertEquals(List.of(List.of("7", "HELD", "UNKNOWN_OFFICER", "执法记录仪登记的警号ZR0099不在执法人员清单中", "ftp",
                        "DSJ-A001_20261206_0930.mp4", "DSJ-A001", "长自然资罚〔2026〕1号", "2026-12-06T01:30:00Z",
                        "/var/sanxiang/quarantine/7", ""),
                List.of("6", "HELD", "HASH_MISMATCH", "SHA-256与元数据\"sha256\"不一致", "station", "DSJ-B002_20261205,1.mp4",
                        "DSJ-B002", "", "2026-12-05T09:00:00Z", "(媒体未保留)", "")), table.subList(1, table.size()));
    }
}
