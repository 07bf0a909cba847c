package org.sanxiang.routes.enforcement;

import static org.sanxiang.routes.enforcement.Convert.as;
import static org.sanxiang.routes.enforcement.EnforcementOperations.CASES;
import static org.sanxiang.routes.enforcement.EnforcementOperations.REVIEW;
import static org.sanxiang.routes.enforcement.EnforcementOperations.roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.DocumentInfo;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.MediaLink;
import org.sanxiang.api.records.NewCase;
import org.sanxiang.contracts.enforcement.v1.Activity;
import org.sanxiang.contracts.enforcement.v1.AddDocumentRequest;
import org.sanxiang.contracts.enforcement.v1.AddDocumentResponse;
import org.sanxiang.contracts.enforcement.v1.AssignOfficerRequest;
import org.sanxiang.contracts.enforcement.v1.AssignOfficerResponse;
import org.sanxiang.contracts.enforcement.v1.Case;
import org.sanxiang.contracts.enforcement.v1.CaseParty;
import org.sanxiang.contracts.enforcement.v1.CaseStage;
import org.sanxiang.contracts.enforcement.v1.Document;
import org.sanxiang.contracts.enforcement.v1.EnforcementKind;
import org.sanxiang.contracts.enforcement.v1.FileCaseRequest;
import org.sanxiang.contracts.enforcement.v1.FileCaseResponse;
import org.sanxiang.contracts.enforcement.v1.GetCaseHistoryRequest;
import org.sanxiang.contracts.enforcement.v1.GetCaseHistoryResponse;
import org.sanxiang.contracts.enforcement.v1.GetCaseRequest;
import org.sanxiang.contracts.enforcement.v1.GetCaseResponse;
import org.sanxiang.contracts.enforcement.v1.IdType;
import org.sanxiang.contracts.enforcement.v1.ListCaseRecordingsRequest;
import org.sanxiang.contracts.enforcement.v1.ListCaseRecordingsResponse;
import org.sanxiang.contracts.enforcement.v1.ListDocumentsRequest;
import org.sanxiang.contracts.enforcement.v1.ListDocumentsResponse;
import org.sanxiang.contracts.enforcement.v1.PartyType;
import org.sanxiang.contracts.enforcement.v1.Recording;
import org.sanxiang.contracts.enforcement.v1.Transition;
import org.sanxiang.contracts.enforcement.v1.TransitionCaseRequest;
import org.sanxiang.contracts.enforcement.v1.TransitionCaseResponse;
import org.sanxiang.routes.common.ContractTimes;

/** Cases through their stages, their documents and recordings (执法全过程记录), as contract operations. */
public final class CaseOperations {

    private final CaseRecords cases;

    public CaseOperations(CaseRecords cases) {
        this.cases = cases;
    }

    void register(EnforcementOperations.Table t) {
        t.write("FileCase", FileCaseRequest.class, roles(CASES), (r, c) -> {
            List<org.sanxiang.api.records.Party> parties = r.getParty().stream().map(CaseOperations::party).toList();
            FileCaseResponse out = new FileCaseResponse();
            out.setCase(toCase(cases.file(new NewCase(r.getCaseNumber(),
                    as(org.sanxiang.api.domain.EnforcementKind.class, r.getKind()), r.getItem(), r.getRegion(), parties,
                    r.getOfficerId()), c.operator())));
            return out;
        });
        t.write("AssignOfficer", AssignOfficerRequest.class, roles(CASES), (r, c) -> {
            AssignOfficerResponse out = new AssignOfficerResponse();
            out.setCase(toCase(cases.assignOfficer(r.getCaseNumber(), r.getOfficerId(), c.operator())));
            return out;
        });
        t.write("TransitionCase", TransitionCaseRequest.class, roles(CASES), (r, c) -> {
            TransitionCaseResponse out = new TransitionCaseResponse();
            out.setTransition(transition(cases.transition(r.getCaseNumber(),
                    as(org.sanxiang.api.domain.CaseStage.class, r.getTarget()), c.operator(), r.getReason())));
            return out;
        });
        t.write("AddDocument", AddDocumentRequest.class, roles(CASES), (r, c) -> {
            AddDocumentResponse out = new AddDocumentResponse();
            try (InputStream content = r.getContent().getInputStream()) {
                out.setDocument(document(cases.addDocument(r.getCaseNumber(), r.getType(), r.getTitle(), content,
                        c.operator())));
            } catch (IOException e) {
                throw new UncheckedIOException("文书内容读取失败", e);
            }
            return out;
        });
        t.read("GetCase", GetCaseRequest.class, roles(CASES, REVIEW), (r, c) -> {
            GetCaseResponse out = new GetCaseResponse();
            out.setCase(toCase(cases.get(r.getCaseNumber(), c.access("办案系统查询案件"))));
            return out;
        });
        t.read("GetCaseHistory", GetCaseHistoryRequest.class, roles(CASES, REVIEW), (r, c) -> {
            GetCaseHistoryResponse out = new GetCaseHistoryResponse();
            cases.history(r.getCaseNumber(), c.access("办案系统查询环节流转"))
                    .forEach(x -> out.getTransition().add(transition(x)));
            return out;
        });
        t.read("ListDocuments", ListDocumentsRequest.class, roles(CASES, REVIEW), (r, c) -> {
            ListDocumentsResponse out = new ListDocumentsResponse();
            cases.documents(r.getCaseNumber(), c.access("办案系统查询案件文书"))
                    .forEach(d -> out.getDocument().add(document(d)));
            out.getMissingType().addAll(cases.missingDocuments(r.getCaseNumber()));
            return out;
        });
        t.read("ListCaseRecordings", ListCaseRecordingsRequest.class, roles(CASES, REVIEW), (r, c) -> {
            ListCaseRecordingsResponse out = new ListCaseRecordingsResponse();
            cases.media(r.getCaseNumber(), c.access("办案系统查询音像记录"))
                    .forEach(m -> out.getRecording().add(recording(m)));
            return out;
        });
    }

    static org.sanxiang.api.records.Party party(CaseParty p) {
        return new org.sanxiang.api.records.Party(as(org.sanxiang.api.domain.PartyType.class, p.getType()), p.getName(),
                Convert.text(p.getCreditCode()), Convert.text(p.getRegistrationNumber()),
                as(org.sanxiang.api.domain.IdType.class, p.getIdType()), Convert.text(p.getIdNumber()));
    }

    static Case toCase(EnforcementCase e) {
        Case x = new Case();
        x.setCaseNumber(e.caseNumber());
        x.setKind(as(EnforcementKind.class, e.kind()));
        x.setItem(e.item());
        x.setRegion(e.region());
        for (org.sanxiang.api.records.Party p : e.parties()) {
            CaseParty y = new CaseParty();
            y.setType(as(PartyType.class, p.type()));
            y.setName(p.name());
            y.setCreditCode(p.creditCode());
            y.setRegistrationNumber(p.registrationNumber());
            y.setIdType(as(IdType.class, p.idType()));
            y.setIdNumber(p.idNumber());
            x.getParty().add(y);
        }
        x.getOfficerId().addAll(e.officerIds());
        x.setStage(as(CaseStage.class, e.stage()));
        x.setFiledBy(e.filedBy());
        x.setFiledAt(ContractTimes.time(e.filedAt()));
        x.setUpdatedAt(ContractTimes.time(e.updatedAt()));
        return x;
    }

    static Transition transition(org.sanxiang.api.records.Transition t) {
        Transition x = new Transition();
        x.setId(t.id());
        x.setFrom(as(CaseStage.class, t.from()));
        x.setTo(as(CaseStage.class, t.to()));
        x.setActor(t.actor());
        x.setAt(ContractTimes.time(t.at()));
        x.setReason(t.reason());
        return x;
    }

    static Document document(DocumentInfo d) {
        Document x = new Document();
        x.setId(d.id());
        x.setCaseNumber(d.caseNumber());
        x.setType(d.type());
        x.setStage(as(CaseStage.class, d.stage()));
        x.setTitle(d.title());
        x.setSha256(d.sha256());
        x.setSize(d.size());
        x.setCreatedBy(d.createdBy());
        x.setCreatedAt(ContractTimes.time(d.createdAt()));
        return x;
    }

    static Recording recording(MediaLink m) {
        Recording x = new Recording();
        x.setId(m.id());
        x.setActivity(as(Activity.class, m.activity()));
        x.setSha256(m.sha256());
        x.setOfficerId(m.officerId());
        x.setFullProcess(m.fullProcess());
        x.setFileName(m.fileName());
        x.setLinkedBy(m.linkedBy());
        x.setLinkedAt(ContractTimes.time(m.linkedAt()));
        return x;
    }
}
