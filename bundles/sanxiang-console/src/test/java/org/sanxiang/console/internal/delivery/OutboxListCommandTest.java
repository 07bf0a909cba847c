package org.sanxiang.console.internal.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sanxiang.console.internal.delivery.FixedChannel.message;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.outbound.OutboundChannel;
import org.sanxiang.console.internal.Run;

/** {@code sanxiang:outbox-list}: what a channel took from the outbox, its delivery state and the receiver's answer. */
class OutboxListCommandTest {

    private static final String HEADER = "Business key,Version,Kind,Summary,Status,Receipt,Reason,Created (UTC),"
            + "Answered (UTC)";

    private final FixedChannel credit = new FixedChannel("credit", List.of(
            message("PUB-18", 1, "PUBLISH", "长自然资罚〔2026〕6号", "2026-12-07T03:00:00Z", "REJECTED", null,
                    "决定日期晚于公示日期", "2026-12-07T03:00:02Z"),
            message("PUB-17", 3, "PUBLISH", "长自然资罚〔2026〕3号", "2026-12-07T02:50:00Z", "DUPLICATE",
                    "XYZG-2026-000099", null, "2026-12-07T02:50:01Z"),
            message("PUB-16", 1, "PUBLISH", "长自然资许〔2026〕8号", "2026-12-07T02:40:00Z", "QUEUED", null, null, null),
            message("PUB-15", 1, "REVOKE", "长自然资罚〔2026〕2号 撤销", "2026-12-07T02:30:00Z", "RETRYING", null,
                    "connect timed out", null),
            message("PUB-14", 1, "UPDATE", "长自然资罚〔2026〕4号", "2026-12-07T02:20:00Z", null, null, null, null),
            message("PUB-13", 1, "PUBLISH", "长自然资许〔2026〕7号 张某", "2026-12-07T02:10:00Z", "REJECTED", null,
                    "统一社会信用代码\"9143010\"校验失败", "2026-12-07T02:10:04Z"),
            message("PUB-12", 2, "PUBLISH", "长自然资罚〔2026〕1号 湖南某某建材有限公司, 罚款20000元", "2026-12-07T02:00:00Z",
                    "ACCEPTED", "XYZG-2026-000123", null, "2026-12-07T02:00:03Z")), List.of());

    private final FixedChannel supervision = new FixedChannel("supervision", List.of(
            message("CASE-长自然资罚〔2026〕1号", 2, "CASE_STAGE", "立案→调查", "2026-12-07T01:00:00Z", "ACCEPTED",
                    "JDK-20261207-0007", null, "2026-12-07T01:00:01Z")), List.of());

    private Run outboxList() {
        return Run.of(new OutboxListCommand()).set("channels", List.<OutboundChannel>of(credit, supervision))
                .set("csv", true);
    }

    @Test
    void csvListsTheCreditChannelByDefaultWithTheStateInChineseAndTheReceiversAnswer() throws Exception {
        assertEquals(Run.lines(HEADER,
                "PUB-18,1,PUBLISH,长自然资罚〔2026〕6号,拒收 REJECTED,,决定日期晚于公示日期,2026-12-07T03:00:00Z,2026-12-07T03:00:02Z",
                "PUB-17,3,PUBLISH,长自然资罚〔2026〕3号,已接收(重复) DUPLICATE,XYZG-2026-000099,,2026-12-07T02:50:00Z,"
                        + "2026-12-07T02:50:01Z",
                "PUB-16,1,PUBLISH,长自然资许〔2026〕8号,待发送 QUEUED,,,2026-12-07T02:40:00Z,",
                "PUB-15,1,REVOKE,长自然资罚〔2026〕2号 撤销,重试中 RETRYING,,connect timed out,2026-12-07T02:30:00Z,",
                "PUB-14,1,UPDATE,长自然资罚〔2026〕4号,待应答 PENDING,,,2026-12-07T02:20:00Z,",
                "PUB-13,1,PUBLISH,长自然资许〔2026〕7号 张某,拒收 REJECTED,,\"统一社会信用代码\"\"9143010\"\"校验失败\","
                        + "2026-12-07T02:10:00Z,2026-12-07T02:10:04Z",
                "PUB-12,2,PUBLISH,\"长自然资罚〔2026〕1号 湖南某某建材有限公司, 罚款20000元\",已接收 ACCEPTED,XYZG-2026-000123,,"
                        + "2026-12-07T02:00:00Z,2026-12-07T02:00:03Z"), outboxList().print());
        assertEquals(List.of(50), credit.recentAsked);
        assertEquals(List.of(), supervision.recentAsked);
    }

    @Test
    void theLimitIsAskedOfTheChannel() throws Exception {
        String out = outboxList().set("limit", 1).print();
        assertEquals(Run.lines(HEADER,
                "PUB-18,1,PUBLISH,长自然资罚〔2026〕6号,拒收 REJECTED,,决定日期晚于公示日期,2026-12-07T03:00:00Z,2026-12-07T03:00:02Z"),
                out);
        assertEquals(List.of(1), credit.recentAsked);
    }

    @Test
    void aStatusFilterIsAskedOfTheChannelInCapitalsUpToTheLimit() throws Exception {
        String out = outboxList().set("status", "rejected").set("limit", 1).print();
        assertEquals(Run.lines(HEADER,
                "PUB-18,1,PUBLISH,长自然资罚〔2026〕6号,拒收 REJECTED,,决定日期晚于公示日期,2026-12-07T03:00:00Z,2026-12-07T03:00:02Z"),
                out);
        assertEquals(List.of(1), credit.recentAsked);
        assertEquals(List.of("REJECTED"), credit.stateAsked);
        String both = outboxList().set("status", "REJECTED").print();
        assertEquals(List.of("PUB-18", "PUB-13"), both.lines().skip(1).map(l -> l.split(",")[0]).toList());
    }

    @Test
    void pendingListsEveryMessageTheReceiverHasNotAnsweredYet() throws Exception {
        String out = outboxList().set("status", "pending").print();
        assertEquals(List.of("PUB-16", "PUB-15", "PUB-14"), out.lines().skip(1).map(l -> l.split(",")[0]).toList());
        assertEquals(List.of("PENDING"), credit.stateAsked);
    }

    @Test
    void theChannelOptionListsThatChannel() throws Exception {
        String out = outboxList().set("channel", "supervision").print();
        assertEquals(Run.lines(HEADER, "CASE-长自然资罚〔2026〕1号,2,CASE_STAGE,立案→调查,已接收 ACCEPTED,JDK-20261207-0007,,"
                + "2026-12-07T01:00:00Z,2026-12-07T01:00:01Z"), out);
        assertEquals(List.of(), credit.recentAsked);
    }

    @Test
    void anUnknownChannelIsRefusedNamingTheInstalledOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> outboxList().set("channel", "tax").print());
        assertEquals("没有报送通道 tax / no channel tax; 已有 / installed: credit, supervision", e.getMessage());
    }

    @Test
    void withoutAnyDeliveryChannelTheCommandSaysNoneIsInstalled() {
        for (List<OutboundChannel> none : java.util.Arrays.asList(List.<OutboundChannel>of(), null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Run.of(new OutboxListCommand()).set("channels", none).print());
            assertEquals("没有已安装的报送通道 / no delivery channel installed", e.getMessage());
        }
    }

    @Test
    void theTableShowsTheDeliveryStateInChineseAndEnglish() throws Exception {
        List<List<String>> table = Run.table(outboxList().set("csv", false).print());
        assertEquals(List.of("Business key", "Version", "Kind", "Summary", "Status", "Receipt", "Reason",
                "Created (UTC)", "Answered (UTC)"), table.get(0));
        assertEquals(List.of("拒收 REJECTED", "已接收(重复) DUPLICATE", "待发送 QUEUED", "重试中 RETRYING", "待应答 PENDING",
                "拒收 REJECTED", "已接收 ACCEPTED"), table.stream().skip(1).map(r -> r.get(4)).toList());
        assertEquals(List.of("PUB-13", "1", "PUBLISH", "长自然资许〔2026〕7号 张某", "拒收 REJECTED", "",
                "统一社会信用代码\"9143010\"校验失败", "2026-12-07T02:10:00Z", "2026-12-07T02:10:04Z"), table.get(6));
    }
}
