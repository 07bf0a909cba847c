package org.sanxiang.disclosure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanxiang.api.disclosure.DeadlineAlert;
import org.sanxiang.api.disclosure.DeadlineMonitor;
import org.sanxiang.api.disclosure.InspectionDraw;
import org.sanxiang.api.disclosure.InspectionItem;
import org.sanxiang.api.disclosure.InspectionResult;
import org.sanxiang.api.disclosure.InspectionSubject;
import org.sanxiang.api.disclosure.Inspections;
import org.sanxiang.api.disclosure.Inspector;
import org.sanxiang.api.disclosure.OutboxEntry;
import org.sanxiang.api.disclosure.PenaltyRecord;
import org.sanxiang.api.disclosure.PermitRecord;
import org.sanxiang.api.disclosure.Publication;
import org.sanxiang.api.disclosure.PublicationState;
import org.sanxiang.api.disclosure.PublicationVersion;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.RegisterImportRow;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.disclosure.Severity;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.records.CaseEventListener;

/** The service interfaces of the disclosure component, each delegated to the service that implements it. */
abstract class DelegatingDisclosure implements Publications, DeadlineMonitor, Registers, Inspections,
        ContentVerifier, CaseEventListener {

    private PublicationsService publications;
    private RegistersService registers;
    private InspectionsService inspections;

    final void init(PublicationsService p, RegistersService r, InspectionsService i) {
        publications = p;
        registers = r;
        inspections = i;
    }

    final InspectionsService inspections() {
        return inspections;
    }

    final PublicationsService publications() {
        return publications;
    }

    final RegistersService registers() {
        return registers;
    }

    @Override
    public Publication open(String caseNumber, EnforcementKind kind, String itemCode, LocalDate decisionDate,
                            String actor) {
        return publications.open(caseNumber, kind, itemCode, decisionDate, actor);
    }

    @Override
    public PublicationVersion draftPenalty(long id, PenaltyRecord record, Severity severity, String maker) {
        return publications.draftPenalty(id, record, severity, maker);
    }

    @Override
    public PublicationVersion draftPermit(long id, PermitRecord record, String maker) {
        return publications.draftPermit(id, record, maker);
    }

    @Override
    public PublicationVersion approve(long id, String checker) {
        return publications.approve(id, checker);
    }

    @Override
    public Publication publish(long id, String actor) {
        return publications.publish(id, actor);
    }

    @Override
    public Publication revoke(long id, String reason, LocalDate trigger, String actor) {
        return publications.revoke(id, reason, trigger, actor);
    }

    @Override
    public List<Publication> expire(LocalDate today) {
        return publications.expire(today);
    }

    @Override
    public Optional<Publication> get(long id) {
        return publications.get(id);
    }

    @Override
    public Optional<Publication> forCase(String caseNumber) {
        return publications.forCase(caseNumber);
    }

    @Override
    public List<PublicationVersion> versions(long id) {
        return publications.versions(id);
    }

    @Override
    public List<Publication> list(PublicationState state, boolean overdueOnly, LocalDate today, int limit) {
        return publications.list(state, overdueOnly, today, limit);
    }

    @Override
    public List<Publication> publicView(int limit) {
        return publications.publicView(limit);
    }

    @Override
    public org.sanxiang.api.disclosure.PublicDecision.Page publicSearch(
            org.sanxiang.api.disclosure.PublicDecision.Query query) {
        return publications.publicSearch(query);
    }

    @Override
    public List<org.sanxiang.api.disclosure.PublicDecision> publicAfter(
            org.sanxiang.api.disclosure.PublicDecision previous, int limit) {
        return publications.publicAfter(previous, limit);
    }

    @Override
    public Optional<org.sanxiang.api.disclosure.PublicDecision> publicDecision(long publicationId) {
        return publications.publicDecision(publicationId);
    }

    @Override
    public List<OutboxEntry> outboxOf(long publicationId) {
        return publications.outboxOf(publicationId);
    }

    @Override
    public List<OutboxEntry> outbox(long afterId, int limit) {
        return publications.outbox(afterId, limit);
    }

    @Override
    public void acknowledged(long outboxEntryId, String receipt) {
        publications.acknowledged(outboxEntryId, receipt);
    }

    @Override
    public List<DeadlineAlert> scan(LocalDate today) {
        return publications.scan(today);
    }

    @Override
    public List<DeadlineAlert> alerts(int limit) {
        return publications.alerts(limit);
    }

    @Override
    public List<Publication> pending(int limit) {
        return publications.pending(limit);
    }

    @Override
    public RegisterEntry put(RegisterType type, String key, Map<String, String> fields, LocalDate effectiveFrom,
                             String actor) {
        return registers.put(type, key, fields, effectiveFrom, actor);
    }

    @Override
    public List<RegisterEntry> importEntries(RegisterType type, List<RegisterImportRow> rows, LocalDate effectiveFrom,
                                             String actor) {
        return registers.importEntries(type, rows, effectiveFrom, actor);
    }

    @Override
    public RegisterEntry withdraw(RegisterType type, String key, LocalDate effectiveFrom, String actor) {
        return registers.withdraw(type, key, effectiveFrom, actor);
    }

    @Override
    public List<RegisterEntry> asOf(RegisterType type, LocalDate asOf) {
        return registers.asOf(type, asOf);
    }

    @Override
    public List<RegisterEntry> history(RegisterType type, String key) {
        return registers.history(type, key);
    }

    @Override
    public List<RegisterEntry> syncPersonnel(LocalDate effectiveFrom, String actor) {
        return registers.syncPersonnel(effectiveFrom, actor);
    }

    @Override
    public InspectionDraw draw(InspectionItem item, List<InspectionSubject> subjects, List<Inspector> inspectors,
                               String seed, String actor) {
        return inspections.draw(item, subjects, inspectors, seed, actor);
    }

    @Override
    public boolean replay(long drawId) {
        return inspections.replay(drawId);
    }

    @Override
    public InspectionDraw recordResults(long drawId, Map<String, InspectionResult> results, LocalDate inspectionEnd,
                                        String actor) {
        return inspections.recordResults(drawId, results, inspectionEnd, actor);
    }

    @Override
    public InspectionDraw publishResults(long drawId, String actor) {
        return inspections.publishResults(drawId, actor);
    }

    @Override
    public Optional<InspectionDraw> findDraw(long drawId) {
        return inspections.findDraw(drawId);
    }

    @Override
    public Optional<org.sanxiang.api.disclosure.DrawInputs> drawInputs(long drawId) {
        return inspections.drawInputs(drawId);
    }

    @Override
    public List<InspectionDraw> draws(int limit) {
        return inspections.draws(limit);
    }
}
