package org.sanxiang.routes.enforcement;

import static org.sanxiang.routes.enforcement.Convert.as;
import static org.sanxiang.routes.enforcement.Convert.day;
import static org.sanxiang.routes.enforcement.Convert.text;
import static org.sanxiang.routes.enforcement.EnforcementOperations.DISCLOSURE;
import static org.sanxiang.routes.enforcement.EnforcementOperations.roles;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanxiang.api.disclosure.IdDocument;
import org.sanxiang.api.disclosure.InspectionDraw;
import org.sanxiang.api.disclosure.InspectionItem;
import org.sanxiang.api.disclosure.InspectionSubject;
import org.sanxiang.api.disclosure.Inspections;
import org.sanxiang.api.disclosure.Inspector;
import org.sanxiang.api.disclosure.OutboxEntry;
import org.sanxiang.api.disclosure.PenaltyRecord;
import org.sanxiang.api.disclosure.PermitRecord;
import org.sanxiang.api.disclosure.PublicationNotFoundException;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.api.disclosure.DrawResult;
import org.sanxiang.contracts.enforcement.v1.ApprovePublicationRequest;
import org.sanxiang.contracts.enforcement.v1.ApprovePublicationResponse;
import org.sanxiang.contracts.enforcement.v1.Assignment;
import org.sanxiang.contracts.enforcement.v1.DisclosureParty;
import org.sanxiang.contracts.enforcement.v1.DraftPenaltyRequest;
import org.sanxiang.contracts.enforcement.v1.DraftPenaltyResponse;
import org.sanxiang.contracts.enforcement.v1.DraftPermitRequest;
import org.sanxiang.contracts.enforcement.v1.DraftPermitResponse;
import org.sanxiang.contracts.enforcement.v1.Draw;
import org.sanxiang.contracts.enforcement.v1.DrawInspectionRequest;
import org.sanxiang.contracts.enforcement.v1.DrawInspectionResponse;
import org.sanxiang.contracts.enforcement.v1.EnforcementKind;
import org.sanxiang.contracts.enforcement.v1.Exclusion;
import org.sanxiang.contracts.enforcement.v1.GetDrawRequest;
import org.sanxiang.contracts.enforcement.v1.GetDrawResponse;
import org.sanxiang.contracts.enforcement.v1.GetPublicationRequest;
import org.sanxiang.contracts.enforcement.v1.GetPublicationResponse;
import org.sanxiang.contracts.enforcement.v1.InspectionItemRef;
import org.sanxiang.contracts.enforcement.v1.InspectionResult;
import org.sanxiang.contracts.enforcement.v1.OpenPublicationRequest;
import org.sanxiang.contracts.enforcement.v1.OpenPublicationResponse;
import org.sanxiang.contracts.enforcement.v1.OutboxMessage;
import org.sanxiang.contracts.enforcement.v1.Penalty;
import org.sanxiang.contracts.enforcement.v1.Permit;
import org.sanxiang.contracts.enforcement.v1.Publication;
import org.sanxiang.contracts.enforcement.v1.PublicationState;
import org.sanxiang.contracts.enforcement.v1.PublicationVersion;
import org.sanxiang.contracts.enforcement.v1.PublishInspectionResultsRequest;
import org.sanxiang.contracts.enforcement.v1.PublishInspectionResultsResponse;
import org.sanxiang.contracts.enforcement.v1.PublishPublicationRequest;
import org.sanxiang.contracts.enforcement.v1.PublishPublicationResponse;
import org.sanxiang.contracts.enforcement.v1.RecordInspectionResultsRequest;
import org.sanxiang.contracts.enforcement.v1.RecordInspectionResultsResponse;
import org.sanxiang.contracts.enforcement.v1.RevokePublicationRequest;
import org.sanxiang.contracts.enforcement.v1.RevokePublicationResponse;
import org.sanxiang.contracts.enforcement.v1.Severity;
import org.sanxiang.contracts.enforcement.v1.Subject;
import org.sanxiang.contracts.enforcement.v1.SubjectResult;
import org.sanxiang.routes.common.ContractTimes;
import org.sanxiang.routes.delivery.DeliveryStore;

/** Post-disclosure (事后公开: publications with maker-checker) and 双随机一公开 draws, as contract operations. */
public final class DisclosureOperations {

    /** The delivery channel of the national credit publication system. */
    static final String CREDIT_CHANNEL = "credit";

    private final Publications publications;
    private final Inspections inspections;
    private final List<DeliveryStore> deliveries;

    /** @param deliveries the outbound delivery's bookkeeping while its bundle runs (a live, possibly empty list) */
    public DisclosureOperations(Publications publications, Inspections inspections, List<DeliveryStore> deliveries) {
        this.publications = publications;
        this.inspections = inspections;
        this.deliveries = deliveries;
    }

    void register(EnforcementOperations.Table t) {
        t.write("OpenPublication", OpenPublicationRequest.class, roles(DISCLOSURE), (r, c) -> {
            OpenPublicationResponse out = new OpenPublicationResponse();
            out.setPublication(publication(publications.open(r.getCaseNumber(),
                    as(org.sanxiang.api.domain.EnforcementKind.class, r.getKind()), text(r.getItemCode()),
                    day(r.getDecisionDate()), c.operator())));
            return out;
        });
        t.write("DraftPenalty", DraftPenaltyRequest.class, roles(DISCLOSURE), (r, c) -> {
            DraftPenaltyResponse out = new DraftPenaltyResponse();
            out.setVersion(version(publications.draftPenalty(r.getPublicationId(), penalty(r.getPenalty()),
                    as(org.sanxiang.api.disclosure.Severity.class, r.getSeverity()), c.operator())));
            return out;
        });
        t.write("DraftPermit", DraftPermitRequest.class, roles(DISCLOSURE), (r, c) -> {
            DraftPermitResponse out = new DraftPermitResponse();
            out.setVersion(version(publications.draftPermit(r.getPublicationId(), permit(r.getPermit()),
                    c.operator())));
            return out;
        });
        t.write("ApprovePublication", ApprovePublicationRequest.class, roles(DISCLOSURE), (r, c) -> {
            ApprovePublicationResponse out = new ApprovePublicationResponse();
            out.setVersion(version(publications.approve(r.getPublicationId(), c.operator())));
            return out;
        });
        t.write("PublishPublication", PublishPublicationRequest.class, roles(DISCLOSURE), (r, c) -> {
            PublishPublicationResponse out = new PublishPublicationResponse();
            out.setPublication(publication(publications.publish(r.getPublicationId(), c.operator())));
            return out;
        });
        t.write("RevokePublication", RevokePublicationRequest.class, roles(DISCLOSURE), (r, c) -> {
            RevokePublicationResponse out = new RevokePublicationResponse();
            out.setPublication(publication(publications.revoke(r.getPublicationId(), r.getReason(),
                    day(r.getTrigger()), c.operator())));
            return out;
        });
        t.read("GetPublication", GetPublicationRequest.class, roles(DISCLOSURE), (r, c) -> {
            org.sanxiang.api.disclosure.Publication p = (r.getPublicationId() != null
                    ? publications.get(r.getPublicationId()) : publications.forCase(r.getCaseNumber()))
                    .orElseThrow(() -> new PublicationNotFoundException(r.getPublicationId() != null
                            ? "没有编号为" + r.getPublicationId() + "的公示" : "案件" + r.getCaseNumber() + "没有公示"));
            GetPublicationResponse out = new GetPublicationResponse();
            out.setPublication(publication(p));
            publications.versions(p.id()).forEach(v -> out.getVersion().add(version(v)));
            publications.outboxOf(p.id()).forEach(e -> out.getOutbox().add(outbox(e)));
            return out;
        });

        t.write("DrawInspection", DrawInspectionRequest.class, roles(DISCLOSURE), (r, c) -> {
            InspectionItemRef i = r.getItem();
            List<InspectionSubject> subjects = r.getSubject().stream()
                    .map(s -> new InspectionSubject(s.getId(), s.getName(), text(s.getUscc()))).toList();
            List<Inspector> inspectors = r.getInspector().stream().map(x -> new Inspector(x.getOfficerId(),
                    x.getOfficerId(), java.util.Set.copyOf(x.getCategory()),
                    java.util.Set.copyOf(x.getConflictSubjectId()))).toList();
            DrawInspectionResponse out = new DrawInspectionResponse();
            out.setDraw(draw(inspections.draw(new InspectionItem(i.getCode(), i.getName(), i.getCategory(),
                    i.getRatio()), subjects, inspectors, text(r.getSeed()), c.operator())));
            return out;
        });
        t.write("RecordInspectionResults", RecordInspectionResultsRequest.class, roles(DISCLOSURE), (r, c) -> {
            Map<String, org.sanxiang.api.disclosure.InspectionResult> results = new LinkedHashMap<>();
            for (SubjectResult s : r.getResult()) {
                if (results.put(s.getSubjectId(), as(org.sanxiang.api.disclosure.InspectionResult.class,
                        s.getResult())) != null) {
                    throw new IllegalArgumentException("检查对象" + s.getSubjectId() + "的结果重复");
                }
            }
            RecordInspectionResultsResponse out = new RecordInspectionResultsResponse();
            out.setDraw(draw(inspections.recordResults(r.getDrawId(), results, day(r.getInspectionEnd()),
                    c.operator())));
            return out;
        });
        t.write("PublishInspectionResults", PublishInspectionResultsRequest.class, roles(DISCLOSURE), (r, c) -> {
            PublishInspectionResultsResponse out = new PublishInspectionResultsResponse();
            out.setDraw(draw(inspections.publishResults(r.getDrawId(), c.operator())));
            return out;
        });
        t.read("GetDraw", GetDrawRequest.class, roles(DISCLOSURE), (r, c) -> {
            InspectionDraw d = inspections.findDraw(r.getDrawId()).orElseThrow(
                    () -> new PublicationNotFoundException("没有编号为" + r.getDrawId() + "的抽查"));
            GetDrawResponse out = new GetDrawResponse();
            out.setDraw(draw(d));
            out.setReplayMatches(inspections.replay(d.id()));
            return out;
        });
    }

    static org.sanxiang.api.disclosure.Party party(DisclosureParty p) {
        return new org.sanxiang.api.disclosure.Party(p.getName(), as(org.sanxiang.api.domain.PartyType.class,
                p.getType()), text(p.getUscc()), text(p.getBusinessRegistrationNumber()), text(p.getOrganisationCode()),
                text(p.getTaxRegistrationNumber()), text(p.getInstitutionCertificateNumber()),
                text(p.getSocialOrganisationNumber()), text(p.getLegalRepresentative()),
                id(p.getLegalRepresentativeIdType(), p.getLegalRepresentativeIdNumber()),
                id(p.getPersonIdType(), p.getPersonIdNumber()));
    }

    private static IdDocument id(String type, String number) {
        return text(type) == null && text(number) == null ? null : IdDocument.of(text(type), text(number));
    }

    static PenaltyRecord penalty(Penalty x) {
        EnumSet<org.sanxiang.api.disclosure.PenaltyCategory> categories = EnumSet.noneOf(
                org.sanxiang.api.disclosure.PenaltyCategory.class);
        categories.addAll(Convert.all(org.sanxiang.api.disclosure.PenaltyCategory.class, x.getCategory()));
        return PenaltyRecord.builder().party(party(x.getParty())).decisionNumber(text(x.getDecisionNumber()))
                .violationType(text(x.getViolationType())).violationFacts(text(x.getViolationFacts()))
                .basis(text(x.getBasis())).categories(categories).otherCategory(text(x.getOtherCategory()))
                .content(text(x.getContent())).fineYuan(x.getFineYuan()).confiscatedYuan(x.getConfiscatedYuan())
                .suspendedOrRevokedLicence(text(x.getSuspendedOrRevokedLicence())).decisionDate(day(x.getDecisionDate()))
                .validUntil(day(x.getValidUntil())).displayUntil(day(x.getDisplayUntil()))
                .authority(text(x.getAuthority())).authorityUscc(text(x.getAuthorityUscc()))
                .dataSource(text(x.getDataSource())).dataSourceUscc(text(x.getDataSourceUscc()))
                .remarks(text(x.getRemarks())).build();
    }

    static PermitRecord permit(Permit x) {
        return PermitRecord.builder().party(party(x.getParty())).documentName(text(x.getDocumentName()))
                .documentNumber(text(x.getDocumentNumber()))
                .category(as(org.sanxiang.api.disclosure.PermitCategory.class, x.getCategory()))
                .otherCategory(text(x.getOtherCategory())).certificateName(text(x.getCertificateName()))
                .permitNumber(text(x.getPermitNumber())).content(text(x.getContent()))
                .decisionDate(day(x.getDecisionDate())).validFrom(day(x.getValidFrom())).validTo(day(x.getValidTo()))
                .authority(text(x.getAuthority())).authorityUscc(text(x.getAuthorityUscc()))
                .status(as(org.sanxiang.api.disclosure.PermitStatus.class, x.getStatus()))
                .dataSource(text(x.getDataSource())).dataSourceUscc(text(x.getDataSourceUscc()))
                .remarks(text(x.getRemarks())).build();
    }

    static Publication publication(org.sanxiang.api.disclosure.Publication p) {
        Publication x = new Publication();
        x.setId(p.id());
        x.setCaseNumber(p.caseNumber());
        x.setKind(as(EnforcementKind.class, p.kind()));
        x.setItemCode(p.itemCode());
        x.setTitle(p.title());
        x.setDecisionDate(ContractTimes.date(p.decisionDate()));
        x.setDeadline(ContractTimes.date(p.deadline().due()));
        x.setState(as(PublicationState.class, p.state()));
        x.setVersion(p.version());
        x.setPublishedVersion(p.publishedVersion());
        x.setDisplayUntil(ContractTimes.date(p.displayUntil()));
        x.setPublishedAt(ContractTimes.time(p.publishedAt()));
        x.setAcknowledgedAt(ContractTimes.time(p.acknowledgedAt()));
        x.setRevocationReason(p.revocationReason());
        return x;
    }

    static PublicationVersion version(org.sanxiang.api.disclosure.PublicationVersion v) {
        PublicationVersion x = new PublicationVersion();
        x.setVersion(v.version());
        x.setRecordType(v.recordType());
        x.setSeverity(as(Severity.class, v.severity()));
        x.setStatus(v.status());
        x.setContentSha256(v.contentSha256());
        x.setMaker(v.maker());
        x.setMadeAt(ContractTimes.time(v.madeAt()));
        x.setChecker(v.checker());
        x.setCheckedAt(ContractTimes.time(v.checkedAt()));
        x.getField().addAll(Convert.fields(v.publicFields()));
        return x;
    }

    private OutboxMessage outbox(OutboxEntry e) {
        OutboxMessage x = new OutboxMessage();
        x.setBusinessKey(e.businessKey());
        x.setAction(e.action().name());
        x.setVersion(e.version());
        x.setCreatedAt(ContractTimes.time(e.createdAt()));
        Optional<DeliveryStore> store = deliveries.stream().findFirst();
        if (store.isEmpty()) {
            x.setDelivery("UNKNOWN");
            return x;
        }
        Optional<DeliveryStore.StoredAnswer> answer = store.get().answer(CREDIT_CHANNEL, e.businessKey());
        x.setDelivery(answer.map(DeliveryStore.StoredAnswer::status).orElse("PENDING"));
        answer.ifPresent(a -> {
            x.setReceipt(a.receipt());
            x.setReason(a.reason());
            x.setAnsweredAt(ContractTimes.time(a.answeredAt()));
        });
        return x;
    }

    static Draw draw(InspectionDraw d) {
        Draw x = new Draw();
        x.setId(d.id());
        InspectionItemRef i = new InspectionItemRef();
        i.setCode(d.item().code());
        i.setName(d.item().name());
        i.setCategory(d.item().category());
        i.setRatio(d.item().ratio());
        x.setItem(i);
        DrawResult r = d.result();
        x.setSeed(r.seed());
        x.setCandidateCount(r.candidateCount());
        for (DrawResult.Assignment a : r.assignments()) {
            Assignment y = new Assignment();
            Subject s = new Subject();
            s.setId(a.subject().id());
            s.setName(a.subject().name());
            s.setUscc(a.subject().uscc());
            y.setSubject(s);
            a.inspectors().forEach(in -> y.getInspectorId().add(in.id()));
            x.getAssignment().add(y);
        }
        d.excluded().forEach((id, reason) -> {
            Exclusion e = new Exclusion();
            e.setOfficerId(id);
            e.setReason(reason);
            x.getExcluded().add(e);
        });
        x.setSha256(d.sha256());
        x.setDrawnBy(d.drawnBy());
        x.setDrawnAt(ContractTimes.time(d.drawnAt()));
        x.setInspectionEnd(ContractTimes.date(d.inspectionEnd()));
        x.setResultsDue(d.resultsDue() == null ? null : ContractTimes.date(d.resultsDue().due()));
        d.results().forEach((id, result) -> {
            SubjectResult s = new SubjectResult();
            s.setSubjectId(id);
            s.setResult(as(InspectionResult.class, result));
            x.getResult().add(s);
        });
        x.setResultsPublishedAt(ContractTimes.time(d.resultsPublishedAt()));
        return x;
    }
}
