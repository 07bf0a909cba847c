package org.sanxiang.console.internal.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sanxiang.console.internal.delivery.FixedChannel.message;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.outbound.OutboundChannel;
import org.sanxiang.console.internal.Run;

/** {@code sanxiang:dlq-list}: the dead letters (死信) of a channel with the last failure, and how to replay them. */
class DlqListCommandTest {

    private static final String HEADER = "Business key,Version,Kind,Summary,Status,Receipt,Reason,Created (UTC),"
            + "Answered (UTC)";

    private final FixedChannel credit = new FixedChannel("credit", List.of(), List.of(
            message("PUB-9", 1, "PUBLISH", "长自然资罚〔2026〕1号 湖南某某建材有限公司", "2026-12-05T01:00:00Z", "DEAD", null,
                    "HTTP 503 Service Unavailable\nafter 8 attempts", null),
            message("PUB-10", 2, "UPDATE", "长自然资罚〔2026〕2号, 更正罚款金额", "2026-12-05T01:05:00Z", "DEAD", null,
                    "SOAP fault \"ERR-SIGN\": 签名无效", null)));

    private static final String ROW_9 = "PUB-9,1,PUBLISH,长自然资罚〔2026〕1号 湖南某某建材有限公司,死信 DEAD,,"
            + "\"HTTP 503 Service Unavailable\nafter 8 attempts\",2026-12-05T01:00:00Z,";

    private final FixedChannel supervision = new FixedChannel("supervision", List.of(), List.of());

    private Run dlqList() {
        return Run.of(new DlqListCommand()).set("channels", List.<OutboundChannel>of(credit, supervision));
    }

    @Test
    void csvListsTheDeadLettersOldestFirstWithTheLastFailureAndNothingElse() throws Exception {
        assertEquals(Run.lines(HEADER, ROW_9,
                "PUB-10,2,UPDATE,\"长自然资罚〔2026〕2号, 更正罚款金额\",死信 DEAD,,\"SOAP fault \"\"ERR-SIGN\"\": 签名无效\","
                        + "2026-12-05T01:05:00Z,"), dlqList().set("csv", true).print());
        assertEquals(List.of(100), credit.deadAsked);
        assertEquals(List.of(), supervision.deadAsked);
    }

    @Test
    void theLimitIsAskedOfTheChannel() throws Exception {
        String out = dlqList().set("limit", 1).set("csv", true).print();
        assertEquals(Run.lines(HEADER, ROW_9), out);
        assertEquals(List.of(1), credit.deadAsked);
    }

    @Test
    void theTableEndsWithTheCountAndHowToReplayThem() throws Exception {
        List<List<String>> table = Run.table(dlqList().print());
        assertEquals(List.of("Business key", "Version", "Kind", "Summary", "Status", "Receipt", "Reason",
                "Created (UTC)", "Answered (UTC)"), table.get(0));
        assertEquals(List.of("PUB-10", "2", "UPDATE", "长自然资罚〔2026〕2号, 更正罚款金额", "死信 DEAD", "",
                "SOAP fault \"ERR-SIGN\": 签名无效", "2026-12-05T01:05:00Z", ""), table.get(table.size() - 2));
        assertEquals(List.of("死信 / dead letters: 2 — sanxiang:dlq-replay [-c credit] [business key]"),
                table.get(table.size() - 1));
    }

    @Test
    void aChannelWithoutDeadLettersSaysZeroWithoutTheReplayHint() throws Exception {
        List<List<String>> table = Run.table(dlqList().set("channel", "supervision").print());
        assertEquals(List.of("死信 / dead letters: 0"), table.get(table.size() - 1));
        assertEquals(List.of(100), supervision.deadAsked);
        assertEquals(List.of(), credit.deadAsked);
    }

    @Test
    void withoutAnyDeliveryChannelTheCommandSaysNoneIsInstalled() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Run.of(new DlqListCommand()).set("channels", List.of()).print());
        assertEquals("没有已安装的报送通道 / no delivery channel installed", e.getMessage());
    }

    @Test
    void anUnknownChannelIsRefusedNamingTheInstalledOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> dlqList().set("channel", "supervison").print());
        assertEquals("没有报送通道 supervison / no channel supervison; 已有 / installed: credit, supervision",
                e.getMessage());
    }
}
