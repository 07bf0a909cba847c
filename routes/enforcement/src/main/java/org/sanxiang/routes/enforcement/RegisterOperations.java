package org.sanxiang.routes.enforcement;

import static org.sanxiang.routes.enforcement.Convert.as;
import static org.sanxiang.routes.enforcement.Convert.day;
import static org.sanxiang.routes.enforcement.EnforcementOperations.CASES;
import static org.sanxiang.routes.enforcement.EnforcementOperations.DISCLOSURE;
import static org.sanxiang.routes.enforcement.EnforcementOperations.REGISTERS;
import static org.sanxiang.routes.enforcement.EnforcementOperations.REVIEW;
import static org.sanxiang.routes.enforcement.EnforcementOperations.roles;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.sanxiang.api.disclosure.RegisterImportRow;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.RecordNotFoundException;
import org.sanxiang.api.review.ReviewerRegistry;
import org.sanxiang.contracts.enforcement.v1.Certificate;
import org.sanxiang.contracts.enforcement.v1.EnforcementKind;
import org.sanxiang.contracts.enforcement.v1.FindOfficerRequest;
import org.sanxiang.contracts.enforcement.v1.FindOfficerResponse;
import org.sanxiang.contracts.enforcement.v1.GetRegisterHistoryRequest;
import org.sanxiang.contracts.enforcement.v1.GetRegisterHistoryResponse;
import org.sanxiang.contracts.enforcement.v1.ImportRegisterRequest;
import org.sanxiang.contracts.enforcement.v1.ImportRegisterResponse;
import org.sanxiang.contracts.enforcement.v1.ListOfficersRequest;
import org.sanxiang.contracts.enforcement.v1.ListOfficersResponse;
import org.sanxiang.contracts.enforcement.v1.ListRegisterRequest;
import org.sanxiang.contracts.enforcement.v1.ListRegisterResponse;
import org.sanxiang.contracts.enforcement.v1.ListReviewersRequest;
import org.sanxiang.contracts.enforcement.v1.ListReviewersResponse;
import org.sanxiang.contracts.enforcement.v1.Officer;
import org.sanxiang.contracts.enforcement.v1.PutRegisterEntryRequest;
import org.sanxiang.contracts.enforcement.v1.PutRegisterEntryResponse;
import org.sanxiang.contracts.enforcement.v1.Reviewer;
import org.sanxiang.contracts.enforcement.v1.ReviewerRole;
import org.sanxiang.contracts.enforcement.v1.SaveOfficerRequest;
import org.sanxiang.contracts.enforcement.v1.SaveOfficerResponse;
import org.sanxiang.contracts.enforcement.v1.SaveReviewerRequest;
import org.sanxiang.contracts.enforcement.v1.SaveReviewerResponse;
import org.sanxiang.contracts.enforcement.v1.WithdrawRegisterEntryRequest;
import org.sanxiang.contracts.enforcement.v1.WithdrawRegisterEntryResponse;
import org.sanxiang.routes.common.ContractTimes;

/** Registers (事前公开清单), officers with their certificates and the reviewers' list, as contract operations. */
public final class RegisterOperations {

    private final Registers registers;
    private final OfficerRegistry officers;
    private final ReviewerRegistry reviewers;

    public RegisterOperations(Registers registers, OfficerRegistry officers, ReviewerRegistry reviewers) {
        this.registers = registers;
        this.officers = officers;
        this.reviewers = reviewers;
    }

    void register(EnforcementOperations.Table t) {
        t.write("PutRegisterEntry", PutRegisterEntryRequest.class, roles(REGISTERS), (r, c) -> {
            PutRegisterEntryResponse out = new PutRegisterEntryResponse();
            out.setEntry(Convert.entry(registers.put(as(RegisterType.class, r.getRegister()), r.getKey(),
                    Convert.fields(r.getField()), day(r.getEffectiveFrom()), c.operator())));
            return out;
        });
        t.write("WithdrawRegisterEntry", WithdrawRegisterEntryRequest.class, roles(REGISTERS), (r, c) -> {
            WithdrawRegisterEntryResponse out = new WithdrawRegisterEntryResponse();
            out.setEntry(Convert.entry(registers.withdraw(as(RegisterType.class, r.getRegister()), r.getKey(),
                    day(r.getEffectiveFrom()), c.operator())));
            return out;
        });
        t.write("ImportRegister", ImportRegisterRequest.class, roles(REGISTERS), (r, c) -> {
            List<RegisterImportRow> rows = r.getRow().stream()
                    .map(row -> new RegisterImportRow(row.getKey(), Convert.fields(row.getField()))).toList();
            ImportRegisterResponse out = new ImportRegisterResponse();
            registers.importEntries(as(RegisterType.class, r.getRegister()), rows, day(r.getEffectiveFrom()),
                    c.operator()).forEach(e -> out.getEntry().add(Convert.entry(e)));
            out.setRows(rows.size());
            return out;
        });
        t.read("GetRegisterHistory", GetRegisterHistoryRequest.class, roles(REGISTERS, DISCLOSURE), (r, c) -> {
            GetRegisterHistoryResponse out = new GetRegisterHistoryResponse();
            registers.history(as(RegisterType.class, r.getRegister()), r.getKey())
                    .forEach(e -> out.getEntry().add(Convert.entry(e)));
            return out;
        });
        t.read("ListRegister", ListRegisterRequest.class, roles(REGISTERS, DISCLOSURE, CASES), (r, c) -> {
            ListRegisterResponse out = new ListRegisterResponse();
            registers.asOf(as(RegisterType.class, r.getRegister()),
                    Optional.ofNullable(day(r.getAsOf())).orElse(c.today()))
                    .forEach(e -> out.getEntry().add(Convert.entry(e)));
            return out;
        });

        t.write("SaveOfficer", SaveOfficerRequest.class, roles(REGISTERS), (r, c) -> {
            SaveOfficerResponse out = new SaveOfficerResponse();
            out.setOfficer(officer(officers.save(officer(r.getOfficer()), c.operator())));
            return out;
        });
        t.read("FindOfficer", FindOfficerRequest.class, roles(REGISTERS, CASES, REVIEW, DISCLOSURE), (r, c) -> {
            FindOfficerResponse out = new FindOfficerResponse();
            out.setOfficer(officer(officers.find(r.getOfficerId()).orElseThrow(
                    () -> new RecordNotFoundException("没有编号为" + r.getOfficerId() + "的执法人员"))));
            return out;
        });
        t.read("ListOfficers", ListOfficersRequest.class, roles(REGISTERS, CASES, REVIEW, DISCLOSURE), (r, c) -> {
            ListOfficersResponse out = new ListOfficersResponse();
            officers.list().forEach(o -> out.getOfficer().add(officer(o)));
            return out;
        });
        t.write("SaveReviewer", SaveReviewerRequest.class, roles(REGISTERS), (r, c) -> {
            Reviewer x = r.getReviewer();
            SaveReviewerResponse out = new SaveReviewerResponse();
            out.setReviewer(reviewer(reviewers.save(new org.sanxiang.api.review.Reviewer(x.getOfficerId(), x.getName(),
                    x.getUnit(), as(org.sanxiang.api.review.ReviewerRole.class, x.getRole()),
                    x.isLegalQualification()), c.operator())));
            return out;
        });
        t.read("ListReviewers", ListReviewersRequest.class, roles(REGISTERS, REVIEW), (r, c) -> {
            ListReviewersResponse out = new ListReviewersResponse();
            reviewers.reviewers().forEach(x -> out.getReviewer().add(reviewer(x)));
            return out;
        });
    }

    static org.sanxiang.api.records.Officer officer(Officer x) {
        Certificate c = x.getCertificate();
        EnumSet<org.sanxiang.api.domain.EnforcementKind> kinds = EnumSet.noneOf(
                org.sanxiang.api.domain.EnforcementKind.class);
        kinds.addAll(Convert.all(org.sanxiang.api.domain.EnforcementKind.class, c.getKind()));
        return new org.sanxiang.api.records.Officer(x.getId(), x.getName(), x.getUnit(), x.getPost(),
                new org.sanxiang.api.records.Certificate(c.getNumber(), kinds, c.getRegion(), day(c.getValidFrom()),
                        day(c.getValidTo())));
    }

    static Officer officer(org.sanxiang.api.records.Officer o) {
        Officer x = new Officer();
        x.setId(o.id());
        x.setName(o.name());
        x.setUnit(o.unit());
        x.setPost(o.post());
        Certificate c = new Certificate();
        c.setNumber(o.certificate().number());
        o.certificate().kinds().stream().sorted().forEach(k -> c.getKind().add(as(EnforcementKind.class, k)));
        c.setRegion(o.certificate().region());
        c.setValidFrom(ContractTimes.date(o.certificate().validFrom()));
        c.setValidTo(ContractTimes.date(o.certificate().validTo()));
        x.setCertificate(c);
        return x;
    }

    static Reviewer reviewer(org.sanxiang.api.review.Reviewer r) {
        Reviewer x = new Reviewer();
        x.setOfficerId(r.officerId());
        x.setName(r.name());
        x.setUnit(r.unit());
        x.setRole(as(ReviewerRole.class, r.role()));
        x.setLegalQualification(r.legalQualification());
        return x;
    }
}
