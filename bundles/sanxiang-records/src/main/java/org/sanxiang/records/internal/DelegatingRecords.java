package org.sanxiang.records.internal;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.AccessRecord;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.DocumentInfo;
import org.sanxiang.api.records.EnforcementCase;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.LegalHold;
import org.sanxiang.api.records.MediaLink;
import org.sanxiang.api.records.NewCase;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.RecordClass;
import org.sanxiang.api.records.Retention;
import org.sanxiang.api.records.Transition;

/** Forwards every records service call to the {@link RecordsService} the component built at activation. */
abstract class DelegatingRecords implements CaseRecords, OfficerRegistry, AccessLog, Retention, EvidenceStore,
        ContentVerifier {

    private RecordsService service;

    final void init(RecordsService s) {
        this.service = s;
    }

    final RecordsService service() {
        return service;
    }

    @Override
    public EnforcementCase file(NewCase newCase, String actor) {
        return service.file(newCase, actor);
    }

    @Override
    public EnforcementCase assignOfficer(String caseNumber, String officerId, String actor) {
        return service.assignOfficer(caseNumber, officerId, actor);
    }

    @Override
    public EnforcementCase get(String caseNumber, AccessRequest access) {
        return service.get(caseNumber, access);
    }

    @Override
    public List<EnforcementCase> list(CaseStage stage, int limit, AccessRequest access) {
        return service.list(stage, limit, access);
    }

    @Override
    public Transition transition(String caseNumber, CaseStage target, String actor, String reason) {
        return service.transition(caseNumber, target, actor, reason);
    }

    @Override
    public List<Transition> history(String caseNumber, AccessRequest access) {
        return service.history(caseNumber, access);
    }

    @Override
    public DocumentInfo addDocument(String caseNumber, String type, String title, InputStream content, String actor) {
        return service.addDocument(caseNumber, type, title, content, actor);
    }

    @Override
    public List<DocumentInfo> documents(String caseNumber, AccessRequest access) {
        return service.documents(caseNumber, access);
    }

    @Override
    public InputStream readDocument(long documentId, AccessRequest access) {
        return service.readDocument(documentId, access);
    }

    @Override
    public List<String> missingDocuments(String caseNumber) {
        return service.missingDocuments(caseNumber);
    }

    @Override
    public MediaLink linkMedia(String caseNumber, String sha256, Activity activity, String officerId,
                               boolean fullProcess, String fileName, String actor) {
        return service.linkMedia(caseNumber, sha256, activity, officerId, fullProcess, fileName, actor);
    }

    @Override
    public List<MediaLink> media(String caseNumber, AccessRequest access) {
        return service.media(caseNumber, access);
    }

    @Override
    public InputStream openMedia(String sha256, AccessRequest access) {
        return service.openMedia(sha256, access);
    }

    @Override
    public Officer save(Officer officer, String actor) {
        return service.save(officer, actor);
    }

    @Override
    public Optional<Officer> find(String officerId) {
        return service.find(officerId);
    }

    @Override
    public List<Officer> list() {
        return service.list();
    }

    @Override
    public Officer requireCertified(String officerId, EnforcementKind kind, String region, LocalDate day) {
        return service.requireCertified(officerId, kind, region, day);
    }

    @Override
    public List<AccessRecord> query(String who, String subjectRef, Instant from, Instant to, int limit) {
        return service.query(who, subjectRef, from, to, limit);
    }

    @Override
    public void record(AccessRequest access, String subjectType, String subjectRef) {
        service.record(access, subjectType, subjectRef);
    }

    @Override
    public LegalHold placeHold(String subjectRef, String reason, String actor) {
        return service.placeHold(subjectRef, reason, actor);
    }

    @Override
    public LegalHold releaseHold(long holdId, String actor) {
        return service.releaseHold(holdId, actor);
    }

    @Override
    public List<LegalHold> activeHolds() {
        return service.activeHolds();
    }

    @Override
    public Optional<String> deletionVeto(RecordClass recordClass, String ref) {
        return service.deletionVeto(recordClass, ref);
    }

    @Override
    public void delete(RecordClass recordClass, String ref, String actor) {
        service.delete(recordClass, ref, actor);
    }

    @Override
    public Stored put(InputStream content) {
        return service.put(content);
    }

    @Override
    public boolean contains(String sha256) {
        return service.contains(sha256);
    }

    @Override
    public Verification verify(int sample) {
        return service.verify(sample);
    }

    @Override
    public Optional<Sha256> currentDigest(String subjectRef, String kind) {
        return service.currentDigest(subjectRef, kind);
    }
}
