package org.sanxiang.console.internal.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.sanxiang.api.review.CollectiveDiscussion;
import org.sanxiang.api.review.Consultation;
import org.sanxiang.api.review.ItemFinding;
import org.sanxiang.api.review.LegalReview;
import org.sanxiang.console.internal.Installed;
import org.sanxiang.api.review.Material;
import org.sanxiang.api.review.MaterialType;
import org.sanxiang.api.review.Measure;
import org.sanxiang.api.review.ProposalVersion;
import org.sanxiang.api.review.ReviewRequest;
import org.sanxiang.api.review.RuleHit;
import org.sanxiang.api.review.SupplementRequest;
import org.sanxiang.console.internal.LoggedReadCommand;

/**
 * {@code sanxiang:review-show}: the legal review of one case — every proposal version with the catalogue rules
 * that fired and why, every request with materials, time limit, pauses, consultations and the signed opinion
 * item by item, collective discussions, and what the decision gate says now.
 */
@Service
@Command(scope = "sanxiang", name = "review-show",
        description = "Shows the legal review (法制审核) of one case: proposals, catalogue hits, requests, opinions, discussions, gate")
public class ReviewShowCommand extends LoggedReadCommand {

    @Reference(optional = true)
    private LegalReview review;

    @Argument(index = 0, name = "caseNumber", required = true, description = "Case number (案件编号)")
    private String caseNumber;

    @Override
    public Object execute() {
        requireAccessLog();
        Installed.require(review, "sanxiang-review");
        List<List<String>> rows = new ArrayList<>();
        List<ProposalVersion> proposals = review.proposals(caseNumber);
        for (ProposalVersion p : proposals) {
            String measures = p.decision().measures().stream().map(ReviewShowCommand::measure)
                    .collect(Collectors.joining("、"));
            rows.add(List.of("proposal", "v" + p.version(), p.decision().partyName() + " (" + p.partyType().chinese()
                    + "): " + measures, p.proposedBy(), p.sha256()));
            for (RuleHit h : p.evaluation().hits()) {
                rows.add(List.of("catalogue", "v" + p.version(), h.rule().chinese(), h.reason(), ""));
            }
        }
        for (ReviewRequest r : review.requests(caseNumber)) {
            String id = "#" + r.id();
            rows.add(List.of("request", id, "v" + r.proposalVersion() + " " + r.state().chinese(), r.submittingUnit(),
                    r.resubmissionOf() == null ? "" : "重新送审(原#" + r.resubmissionOf() + "): " + r.objection()));
            rows.add(List.of("time limit", id, r.limitWorkingDays() + "个工作日" + (r.extended() ? "(已延长,批准人"
                    + r.extensionApprovedBy() + ")" : ""), r.materialsCompleteOn() == null ? "材料未齐"
                    : "材料齐全于" + r.materialsCompleteOn(), r.dueDate() == null ? "" : "期限" + r.dueDate()
                    + (r.dueProvisional() ? "(暂定)" : "") + (r.pausedSince() == null ? "" : ",自" + r.pausedSince()
                    + "暂停")));
            for (Material m : r.materials()) {
                rows.add(List.of("material", id, m.type().chinese() + ": " + m.title(), m.submittedBy(), m.sha256()));
            }
            if (!r.missingMaterials().isEmpty()) {
                rows.add(List.of("missing", id, r.missingMaterials().stream().map(MaterialType::chinese)
                        .collect(Collectors.joining("、")), "", ""));
            }
            for (SupplementRequest s : r.supplements()) {
                rows.add(List.of("supplement", id, s.reason(), s.requestedBy() + " " + s.requestedOn(),
                        s.resumedOn() == null ? "补充中" : "已补充 " + s.resumedOn()));
            }
            for (Consultation c : r.consultations()) {
                rows.add(List.of("consulted", id, c.role().chinese() + " " + c.adviserName(), c.opinion(), ""));
            }
            if (r.opinion() != null) {
                rows.add(List.of("opinion", id, r.opinion().outcome().chinese(), r.opinion().reviewerName() + " "
                        + r.opinion().signedAt(), r.opinion().remarks()));
                for (ItemFinding f : r.opinion().findings()) {
                    rows.add(List.of("item", id, f.item().chinese(), f.result().chinese(), f.comment()));
                }
            }
        }
        for (CollectiveDiscussion d : review.discussions(caseNumber)) {
            rows.add(List.of("discussion", "#" + d.id() + " v" + d.proposalVersion(), d.conclusion() == null ? "进行中"
                    : d.conclusion().chinese() + ": " + d.conclusionText(), String.join("、", d.attendees()),
                    d.chairedBy() == null ? "" : "主持 " + d.chairedBy()));
        }
        if (proposals.isEmpty()) {
            rows.add(List.of("gate", "", "未登记拟作出决定", "", ""));
        } else {
            ProposalVersion current = proposals.get(proposals.size() - 1);
            Optional<String> blocker = review.decisionBlocker(caseNumber, current.kind());
            rows.add(List.of("gate", "v" + current.version(), blocker.isEmpty() ? "可以作出决定" : "不得作出决定",
                    blocker.orElse(""), ""));
        }
        logged("REVIEW", caseNumber);
        table(List.of("What", "Ref", "Value", "Detail", "Note"), rows);
        return null;
    }

    private static String measure(Measure m) {
        return m.type().chinese() + (m.amount() == null ? "" : m.amount().toPlainString() + "元")
                + (m.detail().isEmpty() ? "" : "(" + m.detail() + ")");
    }
}
