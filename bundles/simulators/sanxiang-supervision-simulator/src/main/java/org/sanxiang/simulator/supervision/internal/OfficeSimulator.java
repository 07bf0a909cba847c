package org.sanxiang.simulator.supervision.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sanxiang.api.ledger.ConsistencyProof;
import org.sanxiang.api.ledger.MerkleProofs;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;
import org.sanxiang.contracts.supervision.v1.Checkpoint;
import org.sanxiang.contracts.supervision.v1.DeliverRequest;
import org.sanxiang.contracts.supervision.v1.DeliverResponse;
import org.sanxiang.contracts.supervision.v1.Rejection;
import org.sanxiang.contracts.supervision.v1.Rejection_Exception;
import org.sanxiang.simulator.supervision.SupervisionOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated office: keys on business key + version, verifies checkpoints independently of the hub's
 * ledger code paths that produced them (signature with the sent public key, consistency with the previous
 * accepted checkpoint through RFC 6962 proof verification), and fails on purpose in the configured mode.
 */
public final class OfficeSimulator implements SupervisionOffice {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeSimulator.class);

    private final List<Received> received = new ArrayList<>();
    private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
    private final List<CheckpointCheck> checkpoints = new ArrayList<>();
    private final Map<Integer, String> reports = new ConcurrentHashMap<>();
    private volatile Mode mode = Mode.NORMAL;
    private volatile long delayMillis;
    private Checkpoint lastAccepted;

    /** Blueprint managed properties: {@code mode} (NORMAL, UNAVAILABLE, SLOW, REJECT). */
    public void setMode(String mode) {
        this.mode = Mode.valueOf(mode.trim().toUpperCase());
        LOG.info("Supervision office simulator mode {}", this.mode);
    }

    /** Blueprint managed properties: {@code delay.millis} for SLOW. */
    public void setDelayMillis(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    /** Answers one delivery (the simulator route's processor). */
    public DeliverResponse deliver(DeliverRequest request) throws Rejection_Exception {
        if (mode == Mode.SLOW && delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (mode == Mode.REJECT) {
            throw rejection("SIM-REJECT", "模拟拒收: 监督科系统当前拒收所有报送");
        }
        String key = request.getBusinessKey() + "#" + request.getVersion();
        synchronized (this) {
            int n = deliveries.merge(key, 1, Integer::sum);
            DeliverResponse response = new DeliverResponse();
            if (n > 1) {
                response.setStatus("DUPLICATE");
                response.setReceiptId(receiptOf(request));
                LOG.info("Supervision office: duplicate {} v{} (delivery {})", request.getBusinessKey(),
                        request.getVersion(), n);
                return response;
            }
            String summary;
            if (request.getCheckpoint() != null) {
                CheckpointCheck check = check(request.getCheckpoint());
                checkpoints.add(check);
                if (!check.signatureValid() || !check.consistent()) {
                    deliveries.remove(key);
                    throw rejection("CHECKPOINT_INCONSISTENT", check.problem());
                }
                lastAccepted = request.getCheckpoint();
                summary = "检查点 " + check.treeSize() + " " + check.rootHash();
            } else if (request.getCaseStatus() != null) {
                summary = request.getCaseStatus().getCaseNumber() + " " + request.getCaseStatus().getStatusCode();
            } else if (request.getRegisterChange() != null) {
                summary = request.getRegisterChange().getRegister() + " " + request.getRegisterChange().getKey();
            } else if (request.getAnnualReport() != null) {
                String xml = request.getAnnualReport().getReportXml();
                String sha = Sha256.digest(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hex();
                if (!sha.equals(request.getAnnualReport().getSha256())) {
                    deliveries.remove(key);
                    throw rejection("REPORT_HASH", "年报内容与所附SHA-256不符");
                }
                reports.put(request.getAnnualReport().getYear(), xml);
                summary = "年报 " + request.getAnnualReport().getYear();
            } else if (request.getDeadlineAlert() != null) {
                summary = request.getDeadlineAlert().getSubject() + " " + request.getDeadlineAlert().getReference()
                        + " " + request.getDeadlineAlert().getLevel();
            } else {
                deliveries.remove(key);
                throw rejection("EMPTY", "报送消息没有内容");
            }
            String receipt = receiptOf(request);
            received.add(new Received(request.getBusinessKey(), request.getVersion(), request.getKind().value(),
                    summary, receipt, Instant.now()));
            response.setStatus("ACCEPTED");
            response.setReceiptId(receipt);
            LOG.info("Supervision office: accepted {} v{} ({})", request.getBusinessKey(), request.getVersion(), summary);
            return response;
        }
    }

    private String receiptOf(DeliverRequest request) {
        return "JD-" + Sha256.digest((request.getBusinessKey() + "#" + request.getVersion())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).hex().substring(0, 16);
    }

    private CheckpointCheck check(Checkpoint c) {
        Instant at = c.getTimestamp().toGregorianCalendar().toInstant();
        Sha256 root = Sha256.fromHex(c.getRootHash());
        SignedTreeHead head = new SignedTreeHead(c.getTreeSize(), root, at, c.getKeyId(), c.getSignature());
        boolean signed;
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(c.getPublicKey()));
            signed = head.verifySignature(key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            signed = false;
        }
        long previousSize = c.getPreviousTreeSize() == null ? 0 : c.getPreviousTreeSize();
        String problem = signed ? null : "检查点签名无效";
        boolean consistent = true;
        if (lastAccepted != null) {
            if (previousSize != lastAccepted.getTreeSize()) {
                consistent = false;
                problem = "检查点所附一致性证明的起点" + previousSize + "不是监督科持有的上一检查点" + lastAccepted.getTreeSize();
            } else if (c.getTreeSize() < lastAccepted.getTreeSize()) {
                consistent = false;
                problem = "账本变短: " + lastAccepted.getTreeSize() + " → " + c.getTreeSize();
            } else {
                List<Sha256> path = c.getConsistencyPath().stream().map(Sha256::fromHex).toList();
                consistent = MerkleProofs.verifyConsistency(
                        new ConsistencyProof(lastAccepted.getTreeSize(), c.getTreeSize(), path),
                        Sha256.fromHex(lastAccepted.getRootHash()), root);
                if (!consistent) {
                    problem = "与上一检查点(" + lastAccepted.getTreeSize() + ")不一致: 账本历史被改动";
                }
            }
        }
        if (!signed || !consistent) {
            LOG.warn("Supervision office: checkpoint {} FLAGGED: {}", c.getTreeSize(), problem);
        }
        return new CheckpointCheck(c.getTreeSize(), c.getRootHash(), previousSize, signed, consistent,
                problem == null ? "" : problem, Instant.now());
    }

    private static Rejection_Exception rejection(String code, String reason) {
        Rejection r = new Rejection();
        r.setCode(code);
        r.setReason(reason);
        return new Rejection_Exception(reason, r);
    }

    @Override
    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public int deliveries(String businessKey, int version) {
        return deliveries.getOrDefault(businessKey + "#" + version, 0);
    }

    @Override
    public synchronized List<CheckpointCheck> checkpoints() {
        return List.copyOf(checkpoints);
    }

    @Override
    public Optional<String> annualReport(int year) {
        return Optional.ofNullable(reports.get(year));
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public void mode(Mode mode, long delayMillis) {
        this.delayMillis = delayMillis;
        this.mode = mode;
        LOG.info("Supervision office simulator mode {} (delay {} ms)", mode, delayMillis);
    }

    @Override
    public synchronized void reset() {
        received.clear();
        deliveries.clear();
        checkpoints.clear();
        reports.clear();
        lastAccepted = null;
    }
}
