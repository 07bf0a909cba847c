package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.sanxiang.api.disclosure.Party;
import org.sanxiang.api.disclosure.PenaltyCategory;
import org.sanxiang.api.disclosure.PenaltyRecord;
import org.sanxiang.api.disclosure.PermitCategory;
import org.sanxiang.api.disclosure.PermitRecord;
import org.sanxiang.api.disclosure.PermitStatus;
import org.sanxiang.api.disclosure.Publication;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.api.disclosure.Severity;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.outbound.OutboundChannel;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.routes.common.PasswordHash;

/**
 * The national credit publication adapter in Karaf (issue 8, R-D6) against the simulated receiver booted with
 * it: publish, update and revoke arrive once each; the receiver down for a while then up — every publication
 * recorded exactly once, counted at the receiver by business key; a lost reply is answered as a duplicate and
 * still one record; a rejection shows the receiver's reason in the console; a dead letter is replayed and
 * arrives once. Retry delays are scaled down (0.3 s doubling to 2 s, 8 attempts: dead after about 10 s).
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class CreditPublicationIT extends HubTestSupport {

    private static final String CLIENT = "itest-credit";
    private static final String PASSWORD = "itest-credit-" + "pw";
    private static final String AUTHORITY_USCC = "111404000123456783";
    private static volatile boolean configured;

    @Inject
    private Publications publications;

    @Inject
    private OfficerRegistry officers;

    @Inject
    private FeaturesService features;

    @Inject
    @Filter("(sanxiang.channel=credit)")
    private OutboundChannel credit;

    @Override
    protected Option[] extraOptions() {
        String cfg = "etc/org.sanxiang.credit.cfg";
        return new Option[] {
            editConfigurationFilePut("etc/org.sanxiang.clients.cfg", "client." + CLIENT,
                    "credit-receiver;" + PasswordHash.hash(PASSWORD.toCharArray(), 10_000)),
            // the container's HTTP port is a system property there (HubTestSupport); the cfg reader substitutes it
            editConfigurationFilePut(cfg, "receiver.url", "http://127.0.0.1:${sanxiang.itest.httpPort}/cxf/sim/credit"),
            editConfigurationFilePut(cfg, "receiver.user", CLIENT),
            editConfigurationFilePut(cfg, "receiver.password", PASSWORD),
            editConfigurationFilePut(cfg, "receiver.receive.timeout.millis", "3000"),
            editConfigurationFilePut(cfg, "poll.millis", "300"),
            editConfigurationFilePut(cfg, "max.attempts", "8"),
            editConfigurationFilePut(cfg, "backoff.initial.millis", "300"),
            editConfigurationFilePut(cfg, "backoff.multiplier", "2.0"),
            editConfigurationFilePut(cfg, "backoff.max.millis", "2000")};
    }

    @Before
    public void receiverAndCredentials() throws Exception {
        if (configured) {
            return;
        }
        features.installFeature("sanxiang-credit-simulator", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        await().atMost(Duration.ofSeconds(90)).until(() -> console("camel:route-list").lines()
                .anyMatch(l -> l.contains("credit.deliver") && l.contains("Started")));
        await().atMost(Duration.ofSeconds(60)).until(() -> console("sanxiang:credit-sim-mode").contains("NORMAL"));
        configured = true;
    }

    @Test
    public void aPenaltyIsPublishedUpdatedAndRevokedAndEachArrivesOnce() throws Exception {
        mode("NORMAL");
        long id = publishedPenalty();
        String publish = "PUB-" + id + "-v1-PUBLISH";
        awaitStatus(publish, "ACCEPTED");

        String maker = CaseFixtures.officer(officers, "王五");
        String checker = CaseFixtures.officer(officers, "赵六");
        publications.draftPenalty(id, penalty().content("罚款人民币30000元").fineYuan(new BigDecimal("30000")).build(),
                Severity.GENERAL, maker);
        publications.approve(id, checker);
        publications.publish(id, checker);
        publications.revoke(id, "行政复议决定撤销原处罚决定", today(), checker);
        String update = "PUB-" + id + "-v2-UPDATE";
        String revoke = "PUB-" + id + "-v2-REVOKE";
        awaitStatus(update, "ACCEPTED");
        awaitStatus(revoke, "ACCEPTED");

        Map<String, int[]> counts = simulatorCounts();
        for (String key : List.of(publish, update, revoke)) {
            assertEquals(key + " recorded once", 1, counts.get(key)[0]);
            assertEquals(key + " sent once", 1, counts.get(key)[1]);
        }
        Publication p = publications.get(id).orElseThrow();
        assertNotNull("the receipt counts the publication as out", p.acknowledgedAt());
        String list = console("sanxiang:outbox-list -n 200 --csv");
        assertTrue(list, list.lines().anyMatch(l -> l.startsWith(revoke + ",") && l.contains("已接收 ACCEPTED")));
    }

    @Test
    public void aPermitIsPublishedUnderItsOwnOperation() throws Exception {
        mode("NORMAL");
        String maker = CaseFixtures.officer(officers, "孙八");
        String checker = CaseFixtures.officer(officers, "周九");
        long id = publications.open(null, EnforcementKind.PERMIT, null, today(), maker).id();
        publications.draftPermit(id, PermitRecord.builder()
                .party(Party.organisation("长治某矿业有限公司", "91350100M000100Y43", "吴十"))
                .documentName("采矿许可证核发决定书").documentNumber("长自然资许〔2026〕" + uniqueId("") + "号")
                .category(PermitCategory.APPROVAL).content("准予核发采矿许可证").decisionDate(today())
                .validFrom(today()).validTo(today().plusYears(5)).authority("长治市自然资源局")
                .authorityUscc(AUTHORITY_USCC).status(PermitStatus.VALID).dataSource("长治市自然资源局")
                .dataSourceUscc(AUTHORITY_USCC).build(), maker);
        publications.approve(id, checker);
        publications.publish(id, checker);
        String key = "PUB-" + id + "-v1-PUBLISH";
        awaitStatus(key, "ACCEPTED");
        String sim = console("sanxiang:credit-sim-list --csv");
        assertTrue(sim, sim.contains(key + ",PublishPermit,sgs-2021/v1"));
    }

    @Test
    public void whileTheReceiverIsDownNothingIsLostAndAfterwardsEveryPublicationIsRecordedOnce() throws Exception {
        mode("UNAVAILABLE");
        List<String> keys = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                keys.add("PUB-" + publishedPenalty() + "-v1-PUBLISH");
            }
            for (String key : keys) {
                awaitStatus(key, "RETRYING");
            }
            // down for a while (scaled): more failed attempts, below the dead-letter limit, so each stays RETRYING
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(10)).until(() -> keys.stream()
                    .allMatch(k -> credit.recent(500).stream().anyMatch(m -> m.businessKey().equals(k)
                            && "RETRYING".equals(m.status()))));
        } finally {
            mode("NORMAL");
        }
        for (String key : keys) {
            awaitStatus(key, "ACCEPTED");
        }
        Map<String, int[]> counts = simulatorCounts();
        for (String key : keys) {
            assertEquals(key + " recorded once", 1, counts.get(key)[0]);
            assertEquals(key + ": the 503s never reached the receiver's processing", 1, counts.get(key)[1]);
        }
    }

    @Test
    public void aLostReplyIsAnsweredAsDuplicateAndTheReceiverStillHasOneRecord() throws Exception {
        mode("DROP");
        String key;
        try {
            key = "PUB-" + publishedPenalty() + "-v1-PUBLISH";
            await().atMost(Duration.ofSeconds(30)).until(() -> simulatorCounts().containsKey(key));
            awaitStatus(key, "RETRYING");
        } finally {
            mode("NORMAL");
        }
        awaitStatus(key, "DUPLICATE");
        int[] count = simulatorCounts().get(key);
        assertEquals("one record", 1, count[0]);
        assertTrue("sent again after the lost reply", count[1] >= 2);
    }

    @Test
    public void aRejectedRecordShowsTheReceiversReasonAndIsNotRetried() throws Exception {
        mode("REJECT");
        String key;
        try {
            key = "PUB-" + publishedPenalty() + "-v1-PUBLISH";
            awaitStatus(key, "REJECTED");
        } finally {
            mode("NORMAL");
        }
        String rejected = console("sanxiang:outbox-list --status REJECTED -n 200");
        assertTrue(rejected, rejected.contains(key) && rejected.contains("拒收 REJECTED")
                && rejected.contains("SIM-REJECT: 模拟拒收"));
        // a rejection is final: through a while the receiver keeps no record and gets no second call
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(10))
                .until(() -> Arrays.equals(new int[] {0, 1}, simulatorCounts().get(key)));
    }

    @Test
    public void aDeadLetterIsListedReplayedAndArrivesOnce() throws Exception {
        mode("UNAVAILABLE");
        String key;
        try {
            key = "PUB-" + publishedPenalty() + "-v1-PUBLISH";
            awaitStatus(key, "DEAD");
        } finally {
            mode("NORMAL");
        }
        String dead = console("sanxiang:dlq-list");
        assertTrue(dead, dead.contains("死信 DEAD") && dead.contains("503"));
        await("a dead letter stays dead until replayed").during(Duration.ofMillis(1000))
                .atMost(Duration.ofSeconds(10)).until(() -> console("sanxiang:dlq-list --csv").contains(key));

        String replayed = console("sanxiang:dlq-replay " + key);
        assertTrue(replayed, replayed.contains("dead letters replayed: 1"));
        awaitStatus(key, "ACCEPTED");
        int[] count = simulatorCounts().get(key);
        assertEquals(1, count[0]);
        assertEquals(1, count[1]);
        assertTrue(!console("sanxiang:dlq-list --csv").contains(key));
        assertTrue(console("sanxiang:dlq-replay " + key).contains("dead letters replayed: 0"));
    }

    // ------------------------------------------------------------------ helpers

    private long publishedPenalty() {
        String maker = CaseFixtures.officer(officers, "张三");
        String checker = CaseFixtures.officer(officers, "李四");
        long id = publications.open(null, EnforcementKind.PENALTY, null, today(), maker).id();
        publications.draftPenalty(id, penalty().build(), Severity.GENERAL, maker);
        publications.approve(id, checker);
        publications.publish(id, checker);
        return id;
    }

    private static PenaltyRecord.Builder penalty() {
        return PenaltyRecord.builder()
                .party(Party.organisation("长治某建材有限公司", "91350100M000100Y43", "赵六"))
                .decisionNumber("长自然资罚〔" + today().getYear() + "〕" + uniqueId("") + "号")
                .violationType("未经批准非法占用土地")
                .violationFacts("当事人未经批准占用集体土地建设厂房。")
                .basis("《中华人民共和国土地管理法》第七十七条")
                .categories(PenaltyCategory.FINE)
                .content("罚款人民币52000元")
                .fineYuan(new BigDecimal("52000"))
                .decisionDate(today())
                .authority("长治市自然资源局")
                .authorityUscc(AUTHORITY_USCC)
                .dataSource("长治市自然资源局")
                .dataSourceUscc(AUTHORITY_USCC);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private void mode(String mode) throws Exception {
        String out = console("sanxiang:credit-sim-mode " + mode);
        assertTrue(out, out.contains(mode));
    }

    /** Waits until the credit channel (what sanxiang:outbox-list prints) shows {@code key} in {@code status}. */
    private void awaitStatus(String key, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> credit.recent(500)
                .stream().anyMatch(m -> m.businessKey().equals(key) && status.equals(m.status())));
    }

    /** Per business key at the receiver: {records kept, calls received}. */
    private Map<String, int[]> simulatorCounts() throws Exception {
        Map<String, int[]> counts = new HashMap<>();
        for (String line : console("sanxiang:credit-sim-list --csv").split("\n")) {
            String[] c = line.trim().split(",", -1);
            if (c.length >= 6 && c[0].startsWith("PUB-")) {
                counts.put(c[0], new int[] {Integer.parseInt(c[4]), Integer.parseInt(c[5])});
            }
        }
        return counts;
    }
}
