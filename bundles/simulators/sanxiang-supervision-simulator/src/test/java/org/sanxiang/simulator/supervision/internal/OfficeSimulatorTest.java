package org.sanxiang.simulator.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.ledger.MerkleProofs;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;
import org.sanxiang.api.ledger.TreeHead;
import org.sanxiang.contracts.supervision.v1.CaseStatus;
import org.sanxiang.contracts.supervision.v1.Checkpoint;
import org.sanxiang.contracts.supervision.v1.DeliverRequest;
import org.sanxiang.contracts.supervision.v1.MessageKind;
import org.sanxiang.contracts.supervision.v1.Rejection_Exception;
import org.sanxiang.simulator.supervision.SupervisionOffice;

/**
 * The simulated office keys on business key + version and checks checkpoints: tree heads and consistency
 * proofs are built here with the RFC 6962 definitions (MTH and SUBPROOF), independently of the hub's ledger.
 */
class OfficeSimulatorTest {

    private final KeyPair keys = keys();

    private static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Sha256> leaves(int n, int tamperedIndex) {
        List<Sha256> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String data = "entry-" + i + (i == tamperedIndex ? "-changed" : "");
            l.add(MerkleProofs.leafHash(data.getBytes(StandardCharsets.UTF_8)));
        }
        return l;
    }

    /** RFC 6962 MTH over leaf hashes. */
    private static Sha256 mth(List<Sha256> d) {
        if (d.size() == 1) {
            return d.get(0);
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return MerkleProofs.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
    }

    /** RFC 6962 SUBPROOF(m, D[n], b). */
    private static List<Sha256> subproof(int m, List<Sha256> d, boolean b) {
        int n = d.size();
        List<Sha256> path = new ArrayList<>();
        if (m == n) {
            if (!b) {
                path.add(mth(d));
            }
            return path;
        }
        int k = Integer.highestOneBit(n - 1);
        if (m <= k) {
            path.addAll(subproof(m, d.subList(0, k), b));
            path.add(mth(d.subList(k, n)));
        } else {
            path.addAll(subproof(m - k, d.subList(k, n), false));
            path.add(mth(d.subList(0, k)));
        }
        return path;
    }

    private Checkpoint checkpoint(List<Sha256> tree, long previousSize, List<Sha256> proof) throws Exception {
        Sha256 root = mth(tree);
        Instant at = Instant.parse("2026-11-26T00:00:00.123Z").plusSeconds(tree.size());
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(SignedTreeHead.signedBytes(new TreeHead(tree.size(), root), at));
        Checkpoint c = new Checkpoint();
        c.setTreeSize(tree.size());
        c.setRootHash(root.hex());
        c.setTimestamp(DatatypeFactory.newInstance().newXMLGregorianCalendar(
                GregorianCalendar.from(at.atZone(ZoneOffset.UTC))));
        c.setKeyId(SignedTreeHead.keyIdOf(keys.getPublic()));
        c.setSignature(signer.sign());
        c.setPublicKey(keys.getPublic().getEncoded());
        if (previousSize > 0) {
            c.setPreviousTreeSize(previousSize);
            proof.forEach(h -> c.getConsistencyPath().add(h.hex()));
        }
        return c;
    }

    private static DeliverRequest request(String key, Checkpoint c) {
        DeliverRequest r = new DeliverRequest();
        r.setBusinessKey(key);
        r.setVersion(1);
        r.setKind(MessageKind.CHECKPOINT);
        r.setBureau("长治市自然资源局");
        r.setCheckpoint(c);
        return r;
    }

    @Test
    void consistentCheckpointsAreAcceptedAndAHistoryChangedBetweenThemIsFlagged() throws Exception {
        OfficeSimulator office = new OfficeSimulator();
        List<Sha256> honest = leaves(7, -1);
        office.deliver(request("CP-3", checkpoint(honest.subList(0, 3), 0, List.of())));
        office.deliver(request("CP-7", checkpoint(honest, 3, subproof(3, honest, true))));
        assertEquals(2, office.received().size());
        assertTrue(office.checkpoints().stream().allMatch(SupervisionOffice.CheckpointCheck::consistent));

        List<Sha256> rewritten = leaves(9, 1);
        Rejection_Exception flagged = assertThrows(Rejection_Exception.class,
                () -> office.deliver(request("CP-9", checkpoint(rewritten, 7, subproof(7, rewritten, true)))));
        assertEquals("CHECKPOINT_INCONSISTENT", flagged.getFaultInfo().getCode());
        SupervisionOffice.CheckpointCheck last = office.checkpoints().get(2);
        assertFalse(last.consistent());
        assertTrue(last.problem().contains("账本历史被改动"), last.problem());
        assertEquals(2, office.received().size(), "a flagged checkpoint is not taken as the new reference");
    }

    @Test
    void aForgedSignatureIsFlaggedAndARepeatedMessageIsADuplicate() throws Exception {
        OfficeSimulator office = new OfficeSimulator();
        Checkpoint c = checkpoint(leaves(4, -1), 0, List.of());
        c.getSignature()[0] ^= 1;
        assertThrows(Rejection_Exception.class, () -> office.deliver(request("CP-4", c)));
        assertFalse(office.checkpoints().get(0).signatureValid());

        DeliverRequest status = new DeliverRequest();
        status.setBusinessKey("CASE-晋并罚1-03");
        status.setVersion(1);
        status.setKind(MessageKind.CASE_STATUS);
        CaseStatus cs = new CaseStatus();
        cs.setCaseNumber("晋并罚1");
        cs.setStatusCode("03");
        status.setCaseStatus(cs);
        assertEquals("ACCEPTED", office.deliver(status).getStatus());
        assertEquals("DUPLICATE", office.deliver(status).getStatus());
        assertEquals(2, office.deliveries("CASE-晋并罚1-03", 1));
        assertEquals(1, office.received().size());

        office.mode(SupervisionOffice.Mode.REJECT, 0);
        status.setVersion(2);
        Rejection_Exception rejected = assertThrows(Rejection_Exception.class, () -> office.deliver(status));
        assertEquals("SIM-REJECT", rejected.getFaultInfo().getCode());
    }
}
