package org.sanxiang.itests.killcheck;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.sanxiang.api.disclosure.Party;
import org.sanxiang.api.disclosure.PenaltyCategory;
import org.sanxiang.api.disclosure.PenaltyRecord;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.api.disclosure.Severity;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;

/**
 * Test fixture bundle of {@code CreditPublicationKillCheck} (dropped into {@code deploy/} of a distribution run
 * as a process): when {@code killcheck.todo} exists in the Karaf home, publishes one penalty through the real
 * disclosure services (maker-checker) and writes its publication id to {@code killcheck.id}.
 */
public final class KillCheckFixture implements BundleActivator {

    private volatile Thread worker;

    @Override
    public void start(BundleContext context) {
        Path home = Path.of(System.getProperty("karaf.home"));
        if (!Files.exists(home.resolve("killcheck.todo"))) {
            return;
        }
        worker = new Thread(() -> {
            try {
                Publications publications = await(context, Publications.class);
                OfficerRegistry officers = await(context, OfficerRegistry.class);
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
                String maker = officer(officers, "kc-maker-" + System.nanoTime(), today);
                String checker = officer(officers, "kc-checker-" + System.nanoTime(), today);
                long id = publications.open(null, EnforcementKind.PENALTY, null, today, maker).id();
                String authority = "111404000123456783";
                publications.draftPenalty(id, PenaltyRecord.builder()
                        .party(Party.organisation("长治某建材有限公司", "91350100M000100Y43", "赵六"))
                        .decisionNumber("长自然资罚〔" + today.getYear() + "〕KC" + id + "号")
                        .violationType("未经批准非法占用土地").violationFacts("当事人未经批准占用集体土地建设厂房。")
                        .basis("《中华人民共和国土地管理法》第七十七条").categories(PenaltyCategory.FINE)
                        .content("罚款人民币52000元").fineYuan(new BigDecimal("52000")).decisionDate(today)
                        .authority("长治市自然资源局").authorityUscc(authority).dataSource("长治市自然资源局")
                        .dataSourceUscc(authority).build(), Severity.GENERAL, maker);
                publications.approve(id, checker);
                publications.publish(id, checker);
                Files.delete(home.resolve("killcheck.todo"));
                Files.writeString(home.resolve("killcheck.id"), String.valueOf(id), StandardCharsets.UTF_8);
            } catch (Exception e) {
                try {
                    Files.writeString(home.resolve("killcheck.error"), String.valueOf(e), StandardCharsets.UTF_8);
                } catch (java.io.IOException ignored) {
                    // the check times out and shows the Karaf log
                }
            }
        }, "killcheck-fixture");
        worker.start();
    }

    private static String officer(OfficerRegistry officers, String id, LocalDate today) {
        officers.save(new Officer(id, "核查员", "长治市自然资源局", "执法监察科", new Certificate("CERT-" + id,
                EnumSet.of(EnforcementKind.PENALTY), "140400", today.minusYears(1), today.plusYears(1))), "killcheck");
        return id;
    }

    /** The service of {@code type}, once one is registered (up to 120 s). */
    private static <T> T await(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            ServiceReference<T> ref = tracker.waitForService(120_000) != null ? tracker.getServiceReference() : null;
            if (ref == null) {
                throw new IllegalStateException("no " + type.getName());
            }
            return context.getService(ref);
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop(BundleContext context) throws InterruptedException {
        Thread w = worker;
        if (w != null) {
            w.join(5000);
        }
    }
}
