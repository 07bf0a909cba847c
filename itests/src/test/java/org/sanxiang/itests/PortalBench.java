package org.sanxiang.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.Test;

/**
 * Benchmark, not a test (profile {@code bench}: {@code mvn -B verify -pl itests -Pbench -Dit.test=PortalBench}):
 * the distribution in its own process with {@code -Dportal.bench.rows} (default 100,000) decisions in public view,
 * and the portal's pages timed over HTTP from outside: a page of 50 decisions (first and deep), searches by name,
 * by 统一社会信用代码 and by date range, the permanent link, the front page and the whole decisions.csv. The rows
 * are written straight into the public index table (the one table the portal reads) so that seeding takes seconds;
 * the target is a page of 50 in under 100 ms. It asserts only that each page answered 200 with what was asked.
 */
public class PortalBench {

    private static final int RUNS = 60;

    @Test
    public void pagesOfTheDecisionsWithManyPublications() throws Exception {
        int rows = Integer.getInteger("portal.bench.rows", 100_000);
        Path work = Path.of("target/portal-bench-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        try (StandaloneHub hub = new StandaloneHub(work, null)) {
            hub.set("etc/org.sanxiang.portal.cfg", "page.size", "50");
            hub.start();
            long t0 = System.nanoTime();
            seed(hub, rows);
            long seedMs = (System.nanoTime() - t0) / 1_000_000;
            StringBuilder out = new StringBuilder();
            BenchReport.begin("portal");
            // the peer: the portal's own stylesheet through the same servlet and HTTP stack, no database
            out.append(String.format(Locale.ROOT, "[portal-bench] %,d decisions in public view (seeded in %,d ms), "
                    + "%d requests per page after %d warm-up%n", rows, seedMs, RUNS, RUNS / 3));
            double peer = time(hub, out, "stylesheet (peer: no database)", "/portal/static/portal.css", "{", 0, rows);
            time(hub, out, "page 1 of 50, newest first", "/portal/decisions", "共 " + rows + " 条", peer, rows);
            time(hub, out, "page 1000 of 50 (deep)", "/portal/decisions?page=1000", "第 1000/", peer, rows);
            time(hub, out, "search by name (part)", "/portal/decisions?name=" + java.net.URLEncoder.encode("企业12345",
                    "UTF-8"), "企业12345", peer, rows);
            time(hub, out, "search by 统一社会信用代码", "/portal/decisions?uscc=" + uscc(4242), uscc(4242), peer, rows);
            time(hub, out, "search by date range (a month)", "/portal/decisions?from=2026-03-01&to=2026-03-31",
                    "公示期内", peer, rows);
            time(hub, out, "permanent link", "/portal/decisions/4242", "BENCH-4242", peer, rows);
            time(hub, out, "front page", "/portal/", "行政执法统一公示平台", peer, rows);
            long c0 = System.nanoTime();
            StandaloneHub.Answer csv = hub.get("/portal/data/decisions.csv");
            long csvMs = (System.nanoTime() - c0) / 1_000_000;
            assertEquals(200, csv.status());
            assertEquals(rows + 1, csv.body().split("\r\n").length);
            out.append(String.format(Locale.ROOT, "[portal-bench] %-34s %,8d ms (%,d bytes, all %,d rows)%n",
                    "open data decisions.csv", csvMs, csv.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    rows));
            System.out.print(out);
        }
    }

    private static String uscc(int n) {
        String first = String.format("91140400MA%07d", n);
        return first + org.sanxiang.api.domain.UnifiedSocialCreditCode.checkCharacter(first);
    }

    private static void seed(StandaloneHub hub, int rows) throws Exception {
        LocalDate base = LocalDate.parse("2026-01-01");
        try (Connection c = hub.database()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sx_dis_public (publication_id, kind, "
                    + "record_type, party_name, uscc, decision_number, decision_date, display_until, revoked, "
                    + "revocation_reason, fields_text, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= rows; i++) {
                    boolean penalty = i % 3 != 0;
                    LocalDate decided = base.plusDays(i % 300);
                    String party = "长治市某企业" + i + "有限公司";
                    String number = "长自然资" + (penalty ? "罚" : "许") + "〔2026〕BENCH-" + i + "号";
                    ps.setLong(1, i);
                    ps.setString(2, penalty ? "PENALTY" : "PERMIT");
                    ps.setString(3, penalty ? "PENALTY" : "PERMIT");
                    ps.setString(4, party);
                    ps.setString(5, uscc(i));
                    ps.setString(6, number);
                    ps.setDate(7, Date.valueOf(decided));
                    ps.setDate(8, Date.valueOf(LocalDate.parse("2099-12-31")));
                    ps.setBoolean(9, i % 97 == 0);
                    ps.setString(10, i % 97 == 0 ? "行政复议撤销" : null);
                    ps.setString(11, "行政相对人名称=" + party + "\n统一社会信用代码=" + uscc(i) + "\n"
                            + (penalty ? "行政处罚决定书文号=" : "行政许可决定文书号=") + number
                            + "\n违法事实=未经批准占用集体土地建设厂房\n处罚内容=罚款人民币10000元\n");
                    ps.setTimestamp(12, Timestamp.valueOf(LocalDateTime.of(decided, java.time.LocalTime.NOON)));
                    ps.addBatch();
                    if (i % 2000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
    }

    /** Times the page; adds its p50 to the report beside the peer's (peer 0: this is the peer); returns its p50. */
    private static double time(StandaloneHub hub, StringBuilder out, String what, String path, String expect,
            double peer, int rows) throws Exception {
        for (int i = 0; i < RUNS / 3; i++) {
            hub.get(path);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            StandaloneHub.Answer a = hub.get(path);
            micros.add((System.nanoTime() - t) / 1000);
            assertEquals(path + ": " + a.body(), 200, a.status());
            assertTrue(path + " answers what was asked", a.body().contains(expect));
        }
        long[] m = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        out.append(String.format(Locale.ROOT, "[portal-bench] %-34s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", what,
                m[m.length / 2] / 1000.0, m[(int) (m.length * 0.95)] / 1000.0, m[m.length - 1] / 1000.0));
        double p50 = m[m.length / 2] / 1000.0;
        if (peer > 0) {
            BenchReport.add("portal", String.format(Locale.ROOT, "%s p50, %,d decisions", what, rows), p50, "ms",
                    "stylesheet p50 (same HTTP stack)", peer, path.startsWith("/portal/decisions?page") || path
                            .equals("/portal/decisions") ? "page of 50 < 100 ms" : "");
        }
        return p50;
    }
}
