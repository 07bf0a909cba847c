package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.DocumentInfo;
import org.sanxiang.api.records.RecordsException;
import org.sanxiang.api.records.AccessRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.osgi.framework.Bundle;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.sanxiang.api.ledger.InclusionProof;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.LedgerIntake;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.MerkleProofs;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;

/**
 * The tamper-evident ledger in Karaf on the hub's database (H2, and MariaDB with -Pmysql), issue 3:
 * entries appended through the service are provable against a signed head, and one byte of a stored row
 * changed with plain SQL behind the hub's back is named by {@code sanxiang:ledger-verify}.
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class LedgerIT extends HubTestSupport {

    @Inject
    private LedgerIntake intake;

    @Inject
    @Filter("(osgi.jndi.service.name=jdbc/sanxiang)")
    private DataSource dataSource;

    @Inject
    private CaseRecords cases;

    @Inject
    private OfficerRegistry officers;

    @Inject
    private EvidenceStore evidence;

    /** The scheduled background verification every 5 s here (PT24H shipped), to see it run by itself. */
    @Override
    protected java.util.Map<String, String> recordsOverrides() {
        return java.util.Map.of("integrity.verify.interval", "PT5S");
    }

    /** The ledger service running now (one test stops and starts its bundle). */
    private Ledger ledger() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> bundleContext.getServiceReference(Ledger.class) != null);
        return bundleContext.getService(bundleContext.getServiceReference(Ledger.class));
    }

    private LedgerEntry append(String subject, int i) throws Exception {
        return ledger().append(new LedgerAppend(LedgerKinds.CASE_TRANSITION, subject, "itest-officer",
                Sha256.digest(("transition " + i).getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * Issue 16, R-R5: a change made while the ledger bundle is stopped stands and its event waits in the durable
     * intake (the {@code ledger-intake} health check counts it); when the bundle is back the event is appended, once.
     */
    @Test
    public void aChangeMadeWhileTheLedgerIsStoppedIsLedgeredWhenItIsBack() throws Exception {
        String lead = CaseFixtures.officer(officers, "郑八");
        String second = CaseFixtures.officer(officers, "王九");
        String n = uniqueId("晋自然资罚");
        CaseFixtures.walkToExamination(cases, evidence, n, lead, second);
        await().atMost(Duration.ofSeconds(30)).until(() -> intake.pending().count() == 0);
        long size = ledger().head().treeSize();
        Bundle bundle = java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> "sanxiang-ledger".equals(b.getSymbolicName())).findFirst().orElseThrow();
        bundle.stop();
        try {
            DocumentInfo doc = cases.addDocument(n, "告知书", "账本停止时的告知书",
                    new java.io.ByteArrayInputStream(("告知书 " + n).getBytes(StandardCharsets.UTF_8)), lead);
            assertTrue("the change stands without the ledger", cases.documents(n, new AccessRequest(lead, "核对文书"))
                    .stream().anyMatch(d -> d.id() == doc.id()));
            assertTrue("its event waits: " + intake.pending(), intake.pending().count() >= 1);
            String health = consoleOutcome("sanxiang:health --csv");
            assertTrue(health, health.contains("ledger-intake") && health.contains("wait for the ledger"));
            assertTrue("the stopped module is named DOWN: " + health,
                    health.contains("modules,DOWN,\"未运行 / not active: sanxiang-ledger (RESOLVED, 已停止)"));
        } finally {
            bundle.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> intake.pending().count() == 0);
        long id = cases.documents(n, new AccessRequest(lead, "核对文书")).stream()
                .filter(d -> d.title().equals("账本停止时的告知书")).findFirst().orElseThrow().id();
        List<LedgerEntry> entries = ledger().entriesFor("records:document:" + id);
        assertEquals("appended once when the ledger was back", 1, entries.size());
        assertTrue(entries.get(0).index() >= size);
    }

    @Test
    public void entriesAreProvableAgainstASignedHead() throws Exception {
        String subject = "case:it-" + UUID.randomUUID();
        LedgerEntry mine = null;
        for (int i = 0; i < 10; i++) {
            mine = append(subject, i);
        }
        SignedTreeHead head = ledger().signHead();
        assertTrue(head.verifySignature(ledger().signingKey()));
        InclusionProof proof = ledger().inclusionProof(mine.index(), head.treeSize());
        assertTrue(MerkleProofs.verifyInclusion(mine.leafHash(), proof, head.rootHash()));
        assertEquals(10, ledger().entriesFor(subject).size());
        // the ledger (the stored files are the next test's; on MariaDB earlier suites' files live in other Karafs)
        String out = consoleOutcome("sanxiang:ledger-verify");
        assertTrue(out, out.lines().anyMatch(l -> l.contains("result") && l.contains("INTACT")));
    }

    @Test
    public void aByteChangedWithPlainSqlIsNamedByTheConsole() throws Exception {
        String subject = "case:tamper-" + UUID.randomUUID();
        LedgerEntry victim = null;
        for (int i = 0; i < 5; i++) {
            LedgerEntry e = append(subject, i);
            if (i == 2) {
                victim = e;
            }
        }
        ledger().signHead();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            String changed = victim.actor().substring(0, victim.actor().length() - 1) + "X";
            assertEquals(1, st.executeUpdate("UPDATE ledger_entry SET actor = '" + changed + "' WHERE idx = "
                    + victim.index()));
        }
        long index = victim.index();
        String out = await().atMost(Duration.ofSeconds(30)).until(() -> consoleOutcome("sanxiang:ledger-verify"),
                o -> o.contains("TAMPERED"));
        assertTrue("the command fails: " + out, out.contains("校验未通过"));
        assertTrue(out, out.contains("#" + index + " CASE_TRANSITION " + subject));
        assertFalse(ledger().verify().intact());
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE ledger_entry SET actor = '" + victim.actor() + "' WHERE idx = " + index);
        }
        assertTrue("restoring the byte restores the proof", ledger().verify().intact());
    }

    @Test
    public void aByteChangedInAStoredDocumentIsNamedByTheConsoleAndTheDocumentIsNotServed() throws Exception {
        // R-R2, R-R6: the bytes of a document are what was ledgered, or they are refused
        String lead = CaseFixtures.officer(officers, "周五");
        String second = CaseFixtures.officer(officers, "吴六");
        String n = uniqueId("晋自然资罚");
        CaseFixtures.walkToExamination(cases, evidence, n, lead, second);
        byte[] original = ("行政处罚告知书 " + n).getBytes(StandardCharsets.UTF_8);
        DocumentInfo doc = cases.addDocument(n, "告知书", "补充告知书", new java.io.ByteArrayInputStream(original), lead);
        Path file = evidenceFile(doc.sha256());
        assertTrue(file + " is where the store keeps it", Files.isRegularFile(file));
        assertFalse("stored read-only", Files.getPosixFilePermissions(file)
                .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        String before = consoleOutcome("sanxiang:ledger-verify");
        assertFalse(before, before.contains(doc.sha256()));

        byte[] changed = original.clone();
        changed[changed.length - 1] ^= 1;
        file.toFile().setWritable(true);
        Files.write(file, changed);
        try {
            String out = consoleOutcome("sanxiang:ledger-verify");
            assertTrue(out, out.contains(doc.sha256() + " CHANGED"));
            assertTrue("the command fails: " + out, out.contains("校验未通过"));
            String quick = consoleOutcome("sanxiang:ledger-verify --quick --sample 100000");
            assertTrue(quick, quick.contains(doc.sha256() + " CHANGED"));
            RecordsException refused = assertThrows(RecordsException.class,
                    () -> cases.readDocument(doc.id(), new AccessRequest("itest", "核对")).close());
            assertTrue(refused.getMessage(), refused.getMessage().contains("已被改动"));
        } finally {
            Files.write(file, original);
            file.toFile().setReadOnly();
        }
        try (java.io.InputStream in = cases.readDocument(doc.id(), new AccessRequest("itest", "核对"))) {
            assertArrayEquals("restored, it is served again", original, in.readAllBytes());
        }
        String after = consoleOutcome("sanxiang:ledger-verify");
        assertFalse(after, after.contains(doc.sha256()));
    }

    /**
     * Issue 20, R-R2: the scheduled background verification re-hashes the stored files by itself and names a changed
     * one in {@code sanxiang:ledger-verify --status}, the {@code integrity} health check and the metric
     * {@code sanxiang_integrity_intact}; restored, a verification started from the console finds everything intact.
     */
    @Test
    public void theScheduledVerificationNamesAChangedFileInTheConsoleTheHealthAndTheMetrics() throws Exception {
        byte[] original = ("现场检查笔录 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String sha = evidence.put(new java.io.ByteArrayInputStream(original)).sha256();
        Path file = evidenceFile(sha);
        byte[] changed = original.clone();
        changed[0] ^= 1;
        file.toFile().setWritable(true);
        Files.write(file, changed);
        try {
            String status = await().atMost(Duration.ofSeconds(90)).until(
                    () -> consoleOutcome("sanxiang:ledger-verify --status --csv"),
                    s -> s.lines().anyMatch(l -> l.startsWith("last problem," + sha + " CHANGED")));
            assertTrue(status, status.lines().anyMatch(l -> l.startsWith("last,TAMPERED")));
            assertTrue("found by the schedule: " + status, status.lines()
                    .anyMatch(l -> l.startsWith("last started,") && l.endsWith(" by schedule")));
            assertTrue("the command fails on a found change: " + status, status.contains("发现改动"));
            assertEquals(0.0, integrityIntact(), 0.0);
            String health = consoleOutcome("sanxiang:health --csv");
            assertTrue(health, health.lines().anyMatch(l -> l.contains("integrity") && l.contains("DOWN")
                    && l.contains(sha)));
        } finally {
            Files.write(file, original);
            file.toFile().setReadOnly();
        }
        String started = consoleOutcome("sanxiang:ledger-verify --background --csv");
        assertTrue(started, started.contains("background,STARTED") || started.contains("background,ALREADY RUNNING"));
        await().atMost(Duration.ofSeconds(90)).until(() -> integrityIntact() == 1.0);
        String status = consoleOutcome("sanxiang:ledger-verify --status --csv");
        assertTrue(status, status.lines().anyMatch(l -> l.equals("last,INTACT 完整")));
        assertFalse(status, status.contains(sha));
    }

    /** {@code sanxiang_integrity_intact} as the hub's /metrics serves it now. */
    private static double integrityIntact() throws Exception {
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) new java.net.URL(url("/metrics")).openConnection();
        try (java.io.InputStream in = c.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^sanxiang_integrity_intact (\\S+)$")
                    .matcher(text);
            assertTrue("the metric is served", m.find());
            return Double.parseDouble(m.group(1));
        }
    }
}
