package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.sanxiang.api.ledger.InclusionProof;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerEntry;
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
    private Ledger ledger;

    @Inject
    @Filter("(osgi.jndi.service.name=jdbc/sanxiang)")
    private DataSource dataSource;

    private LedgerEntry append(String subject, int i) {
        return ledger.append(new LedgerAppend(LedgerKinds.CASE_TRANSITION, subject, "itest-officer",
                Sha256.digest(("transition " + i).getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    public void entriesAreProvableAgainstASignedHead() throws Exception {
        String subject = "case:it-" + UUID.randomUUID();
        LedgerEntry mine = null;
        for (int i = 0; i < 10; i++) {
            mine = append(subject, i);
        }
        SignedTreeHead head = ledger.signHead();
        assertTrue(head.verifySignature(ledger.signingKey()));
        InclusionProof proof = ledger.inclusionProof(mine.index(), head.treeSize());
        assertTrue(MerkleProofs.verifyInclusion(mine.leafHash(), proof, head.rootHash()));
        assertEquals(10, ledger.entriesFor(subject).size());
        String out = console("sanxiang:ledger-verify");
        assertTrue(out, out.contains("INTACT"));
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
        ledger.signHead();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            String changed = victim.actor().substring(0, victim.actor().length() - 1) + "X";
            assertEquals(1, st.executeUpdate("UPDATE ledger_entry SET actor = '" + changed + "' WHERE idx = "
                    + victim.index()));
        }
        long index = victim.index();
        String out = await().atMost(Duration.ofSeconds(30)).until(() -> console("sanxiang:ledger-verify"),
                o -> o.contains("TAMPERED"));
        assertTrue(out, out.contains("#" + index + " CASE_TRANSITION " + subject));
        assertFalse(ledger.verify().intact());
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE ledger_entry SET actor = '" + victim.actor() + "' WHERE idx = " + index);
        }
        assertTrue("restoring the byte restores the proof", ledger.verify().intact());
    }
}
