package org.sanxiang.console.internal.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.disclosure.Publication;
import org.sanxiang.api.disclosure.PublicationState;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.console.internal.Partial;
import org.sanxiang.console.internal.Reads;
import org.sanxiang.console.internal.Run;

/** {@code sanxiang:publication-list} (公示信息): state, version, deadline and the overdue mark as seen today in China. */
class PublicationListCommandTest {

    private static final String HEADER = "Id,Case,Kind,Title,State,Version,Decided,Due,Overdue,Published (UTC)";

    private static final Instant PUBLISHED_AT = Instant.parse("2026-12-01T02:00:00Z");

    /** Days around today, none of them on the edge of a deadline, so the marks do not change if midnight passes. */
    private static final LocalDate D = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static final List<Publication> NEWEST_FIRST = List.of(
            // published version 1 in view, version 2 (an update) drafted
            new Publication(12, "长自然资罚〔2026〕1号", EnforcementKind.PENALTY, "C1000100",
                    "湖南某某建材有限公司, 长自然资罚决〔2026〕1号", D.minusDays(10), new Deadline(D.minusDays(1), List.of()),
                    PublicationState.PUBLISHED, 2, 1, D.plusYears(1), PUBLISHED_AT, PUBLISHED_AT, null),
            // drafted, never published, its deadline passed three days ago
            new Publication(13, null, EnforcementKind.PERMIT, null, "\"农家乐\"经营许可 张某", D.minusDays(12),
                    new Deadline(D.minusDays(3), List.of()), PublicationState.DRAFT, 1, 0, null, null, null, null),
            // just decided; its deadline runs into a year without holiday data
            new Publication(14, "长自然资罚〔2026〕4号", EnforcementKind.PENALTY, null, "待录入", D.minusDays(1),
                    new Deadline(D.plusDays(8), List.of(D.getYear() + 1)), PublicationState.AWAITING_CONTENT, 0, 0,
                    null, null, null, null),
            // a minor penalty, not published by the rules: never overdue
            new Publication(15, "长自然资罚〔2026〕5号", EnforcementKind.PENALTY, null, "陈某某\n长自然资罚决〔2026〕5号",
                    D.minusDays(30), new Deadline(D.minusDays(20), List.of()), PublicationState.NOT_PUBLISHED, 1, 0,
                    null, null, null, null));

    /** The disclosure module's list, and what the command asked of it. */
    private static final class Listing {
        final List<String> asked = new ArrayList<>();
        final List<LocalDate> days = new ArrayList<>();

        public List<Publication> list(PublicationState state, boolean overdueOnly, LocalDate today, int limit) {
            asked.add(state + " " + overdueOnly + " " + limit);
            days.add(today);
            return NEWEST_FIRST.stream().filter(p -> state == null || p.state() == state)
                    .filter(p -> !overdueOnly || p.overdue(today)).limit(limit).toList();
        }
    }

    private final Reads reads = new Reads();

    private Run publicationList(Listing listing) {
        return Run.of(new PublicationListCommand()).set("publications", Partial.of(Publications.class, listing))
                .set("accessLog", reads);
    }

    @Test
    void theReadIsLoggedWithTheShellUserAndThePurposeAndRefusedWithoutTheAccessLog() throws Exception {
        publicationList(new Listing()).as("karaf").set("purpose", "公示逾期核查").set("csv", true).print();
        assertEquals(List.of("console:karaf | 公示逾期核查 | PUBLICATION_LIST | *"), reads.logged);
        Listing listing = new Listing();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Run.of(new PublicationListCommand())
                .set("publications", Partial.of(Publications.class, listing)).print());
        assertEquals("功能未安装或未启动: sanxiang-records (feature:install sanxiang-records)", e.getMessage());
        assertEquals(List.of(), listing.asked, "nothing is read when the read cannot be logged");
    }

    private static final String ROW_12 = "12,长自然资罚〔2026〕1号,行政处罚,\"湖南某某建材有限公司, 长自然资罚决〔2026〕1号\",已公示,1→2,"
            + D.minusDays(10) + "," + D.minusDays(1) + ",,2026-12-01T02:00:00Z";
    private static final String ROW_13 = "13,,行政许可,\"\"\"农家乐\"\"经营许可 张某\",草稿,1," + D.minusDays(12) + ","
            + D.minusDays(3) + ",逾期,";

    @Test
    void csvListsEachPublicationWithItsStateVersionDueDateAndOverdueMark() throws Exception {
        Listing listing = new Listing();
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String out = publicationList(listing).set("csv", true).print();
        LocalDate after = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertEquals(Run.lines(HEADER, ROW_12, ROW_13,
                "14,长自然资罚〔2026〕4号,行政处罚,待录入,待录入,0," + D.minusDays(1) + "," + D.plusDays(8) + " (暂定),,",
                "15,长自然资罚〔2026〕5号,行政处罚,\"陈某某\n长自然资罚决〔2026〕5号\",依规不公示,1," + D.minusDays(30) + ","
                        + D.minusDays(20) + ",,"), out);
        assertEquals(List.of("null false 50"), listing.asked);
        LocalDate asked = listing.days.get(0);
        assertTrue(asked.equals(before) || asked.equals(after), "today in China, not " + asked);
    }

    @Test
    void aStateGivenInChineseOrByItsNameIsTheSameFilter() throws Exception {
        Listing listing = new Listing();
        String chinese = publicationList(listing).set("state", "草稿").set("csv", true).print();
        String name = publicationList(listing).set("state", "draft").set("csv", true).print();
        assertEquals(Run.lines(HEADER, ROW_13), chinese);
        assertEquals(chinese, name);
        assertEquals(List.of("DRAFT false 50", "DRAFT false 50"), listing.asked);
    }

    @Test
    void overdueAndTheLimitAreAskedOfTheDisclosureModule() throws Exception {
        Listing listing = new Listing();
        String out = publicationList(listing).set("overdue", true).set("limit", 5).set("csv", true).print();
        assertEquals(Run.lines(HEADER, ROW_13), out);
        assertEquals(List.of("null true 5"), listing.asked);
    }

    @Test
    void anUnknownStateIsRefusedInChineseBeforeAnythingIsRead() {
        Listing listing = new Listing();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> publicationList(listing).set("state", "已发布").print());
        assertEquals("未知的公示状态: 已发布", e.getMessage());
        assertEquals(List.of(), listing.asked);
    }

    @Test
    void theTableShowsKindStateAndTheOverdueMarkInChinese() throws Exception {
        List<List<String>> table = Run.table(publicationList(new Listing()).set("limit", 2).print());
        assertEquals(List.of("Id", "Case", "Kind", "Title", "State", "Version", "Decided", "Due", "Overdue",
                "Published (UTC)"), table.get(0));
        assertEquals(List.of("12", "长自然资罚〔2026〕1号", "行政处罚", "湖南某某建材有限公司, 长自然资罚决〔2026〕1号", "已公示", "1→2",
                D.minusDays(10).toString(), D.minusDays(1).toString(), "", "2026-12-01T02:00:00Z"), table.get(1));
        assertEquals(List.of("13", "", "行政许可", "\"农家乐\"经营许可 张某", "草稿", "1", D.minusDays(12).toString(),
                D.minusDays(3).toString(), "逾期", ""), table.get(2));
        assertEquals(3, table.size());
    }
}
