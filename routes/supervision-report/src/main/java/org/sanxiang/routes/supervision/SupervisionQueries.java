package org.sanxiang.routes.supervision;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.ledger.ConsistencyProof;
import org.sanxiang.api.ledger.InclusionProof;
import org.sanxiang.api.ledger.Ledger;
import org.sanxiang.api.ledger.LedgerEntry;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.AccessRecord;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.DocumentInfo;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.MediaLink;
import org.sanxiang.api.records.RecordsException;
import org.sanxiang.api.records.Transition;
import org.sanxiang.contracts.supervision.v1.AccessEntry;
import org.sanxiang.contracts.supervision.v1.GetAccessLogRequest;
import org.sanxiang.contracts.supervision.v1.GetAccessLogResponse;
import org.sanxiang.contracts.supervision.v1.GetCaseTrailRequest;
import org.sanxiang.contracts.supervision.v1.GetCaseTrailResponse;
import org.sanxiang.contracts.supervision.v1.GetConsistencyProofRequest;
import org.sanxiang.contracts.supervision.v1.GetConsistencyProofResponse;
import org.sanxiang.contracts.supervision.v1.GetInclusionProofRequest;
import org.sanxiang.contracts.supervision.v1.GetInclusionProofResponse;
import org.sanxiang.contracts.supervision.v1.TrailDocument;
import org.sanxiang.contracts.supervision.v1.TrailRecording;
import org.sanxiang.contracts.supervision.v1.TrailStep;

/**
 * Answers the supervision office's queries at the hub (SupervisionQueryPortType): a case's full trail and its
 * access log — both read through the records services, so each query is itself in the access log under
 * {@code 监督科:<requester>} — and ledger proofs. A question the hub cannot answer throws
 * {@link IllegalArgumentException} with a Chinese message, which the fault translator turns into SX-INPUT.
 */
public final class SupervisionQueries {

    static final String WHO_PREFIX = "监督科:";

    private final CaseRecords cases;
    private final AccessLog accessLog;
    private final Ledger ledger;

    public SupervisionQueries(CaseRecords cases, AccessLog accessLog, Ledger ledger) {
        this.cases = cases;
        this.accessLog = accessLog;
        this.ledger = ledger;
    }

    private static AccessRequest access(String requester, String purpose) {
        return new AccessRequest(WHO_PREFIX + requester, purpose);
    }

    public GetCaseTrailResponse trail(GetCaseTrailRequest q) {
        AccessRequest access = access(q.getRequester(), q.getPurpose());
        EnforcementCase c = found(q.getCaseNumber(), access);
        GetCaseTrailResponse r = new GetCaseTrailResponse();
        r.setCaseNumber(c.caseNumber());
        r.setEnforcementKind(c.kind().name());
        r.setStatusCode(c.stage().supervisionCode());
        for (Transition t : cases.history(c.caseNumber(), access)) {
            TrailStep s = new TrailStep();
            s.setFrom(t.from() == null ? null : t.from().name());
            s.setTo(t.to().name());
            s.setStatusCode(t.to().supervisionCode());
            s.setActor(t.actor());
            s.setAt(xml(t.at()));
            s.setReason(t.reason());
            r.getStep().add(s);
        }
        for (DocumentInfo d : cases.documents(c.caseNumber(), access)) {
            TrailDocument doc = new TrailDocument();
            doc.setType(d.type());
            doc.setTitle(d.title());
            doc.setStage(d.stage().name());
            doc.setSha256(d.sha256());
            doc.setAt(xml(d.createdAt()));
            r.getDocument().add(doc);
        }
        for (MediaLink m : cases.media(c.caseNumber(), access)) {
            TrailRecording rec = new TrailRecording();
            rec.setActivity(m.activity().name());
            rec.setOfficer(m.officerId());
            rec.setFullProcess(m.fullProcess());
            rec.setSha256(m.sha256());
            rec.setAt(xml(m.linkedAt()));
            r.getRecording().add(rec);
        }
        return r;
    }

    public GetAccessLogResponse accessLog(GetAccessLogRequest q) {
        EnforcementCase c = found(q.getCaseNumber(), access(q.getRequester(), "调阅记录查询: " + q.getPurpose()));
        int limit = q.getLimit() == null ? 200 : Math.max(1, Math.min(q.getLimit(), 1000));
        GetAccessLogResponse r = new GetAccessLogResponse();
        for (AccessRecord a : accessLog.query(null, c.caseNumber(), null, null, limit)) {
            AccessEntry e = new AccessEntry();
            e.setWho(a.who());
            e.setPurpose(a.purpose());
            e.setWhat(a.subjectType() + " " + a.subjectRef());
            e.setAt(xml(a.at()));
            r.getEntry().add(e);
        }
        return r;
    }

    public GetConsistencyProofResponse consistency(GetConsistencyProofRequest q) {
        long size = ledger.head().treeSize();
        if (q.getFirstSize() < 1 || q.getFirstSize() > q.getSecondSize() || q.getSecondSize() > size) {
            throw new IllegalArgumentException("一致性证明的范围应满足 1 ≤ 起点 ≤ 终点 ≤ 当前账本大小" + size);
        }
        ConsistencyProof p = ledger.consistencyProof(q.getFirstSize(), q.getSecondSize());
        GetConsistencyProofResponse r = new GetConsistencyProofResponse();
        r.setFirstSize(p.firstSize());
        r.setSecondSize(p.secondSize());
        p.path().forEach(h -> r.getPath().add(h.hex()));
        return r;
    }

    public GetInclusionProofResponse inclusion(GetInclusionProofRequest q) {
        List<LedgerEntry> entries = ledger.entriesFor(q.getSubjectRef());
        long size = q.getTreeSize();
        LedgerEntry newest = entries.stream().filter(e -> e.index() < size)
                .reduce((a, b) -> b.index() > a.index() ? b : a)
                .orElseThrow(() -> new IllegalArgumentException("账本前" + size + "条中没有记录" + q.getSubjectRef()));
        if (size > ledger.head().treeSize()) {
            throw new IllegalArgumentException("账本当前只有" + ledger.head().treeSize() + "条");
        }
        InclusionProof p = ledger.inclusionProof(newest.index(), size);
        GetInclusionProofResponse r = new GetInclusionProofResponse();
        r.setLeafIndex(p.leafIndex());
        r.setTreeSize(p.treeSize());
        r.setLeafHash(newest.leafHash().hex());
        p.path().forEach(h -> r.getPath().add(h.hex()));
        return r;
    }

    private EnforcementCase found(String caseNumber, AccessRequest access) {
        try {
            return cases.get(caseNumber, access);
        } catch (RecordsException e) {
            throw new IllegalArgumentException("没有案件" + caseNumber + ": " + e.getMessage(), e);
        }
    }

    static XMLGregorianCalendar xml(Instant at) {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(GregorianCalendar.from(at.atZone(ZoneOffset.UTC)));
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The supervision status code of a stage (01..06), as sent and answered. */
    static String code(CaseStage stage) {
        return stage.supervisionCode();
    }

    static String hex(Sha256 h) {
        return h.hex();
    }
}
