package org.sanxiang.itests;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.sanxiang.api.domain.CaseStage;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.IdType;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.records.CaseRecords;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.EvidenceStore;
import org.sanxiang.api.records.NewCase;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.api.records.Party;
import org.sanxiang.api.review.HearingStatus;
import org.sanxiang.api.review.LegalReview;
import org.sanxiang.api.review.Measure;
import org.sanxiang.api.review.MeasureType;
import org.sanxiang.api.review.ProposedDecision;

/** Cases walked through the real records services, for the itests of the modules that build on them. */
final class CaseFixtures {

    private CaseFixtures() {
    }

    static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A certified penalty officer for 太原 (140100), valid a year either side of today; returns the id. */
    static String officer(OfficerRegistry officers, String name) {
        String id = HubTestSupport.uniqueId("it");
        LocalDate today = LocalDate.now();
        officers.save(new Officer(id, name, "太原市规划和自然资源局", "执法监察科", new Certificate("CERT-" + id,
                EnumSet.of(EnforcementKind.PENALTY), "140100", today.minusYears(1), today.plusYears(1))), "itest");
        return id;
    }

    /** An officer certified for 行政检查 (140400) until {@code validTo}; returns the id. */
    static String inspector(OfficerRegistry officers, String name, LocalDate validTo) {
        String id = HubTestSupport.uniqueId("ins");
        officers.save(new Officer(id, name, "长治市自然资源局", "执法监察科", new Certificate("CERT-" + id,
                EnumSet.of(EnforcementKind.INSPECTION), "140400", validTo.minusYears(2), validTo)), "itest");
        return id;
    }

    static void record(CaseRecords cases, EvidenceStore evidence, String caseNumber, Activity activity,
                       String officer, String lead) {
        String sha = evidence.put(text(caseNumber + " " + activity + " video")).sha256();
        cases.linkMedia(caseNumber, sha, activity, officer, false, activity + ".mp4", lead);
    }

    /**
     * Files a penalty case against an organisation and walks it through investigation and evidence with
     * their documents and recordings to 审查 (EXAMINATION), ready for the decision.
     */
    static void walkToExamination(CaseRecords cases, EvidenceStore evidence, String n, String lead, String second) {
        cases.file(new NewCase(n, EnforcementKind.PENALTY, "非法占用土地", "140105",
                List.of(Party.legalPerson("太原某建材有限公司", "91350100M000100Y43"),
                        Party.naturalPerson("钱七", IdType.RESIDENT_ID, "140105199001011234")),
                List.of(second)), lead);
        cases.addDocument(n, "立案审批表", "立案审批表", text("立案"), lead);
        cases.transition(n, CaseStage.INVESTIGATION, lead, "开展调查");
        cases.addDocument(n, "询问笔录", "询问笔录", text("问答"), second);
        record(cases, evidence, n, Activity.ON_SITE_INSPECTION, second, lead);
        cases.transition(n, CaseStage.EVIDENCE, lead, "调查完毕");
        record(cases, evidence, n, Activity.INVESTIGATION, second, lead);
        cases.transition(n, CaseStage.EXAMINATION, lead, "取证完毕");
        cases.addDocument(n, "调查终结报告", "调查终结报告", text("报告"), lead);
        cases.addDocument(n, "告知书", "行政处罚告知书", text("告知"), lead);
    }

    /**
     * Registers a proposed decision (拟作出决定) the review catalogue does not mark major — a warning (警告) — so
     * that the legal-review gate lets the case enter 决定 without a review.
     */
    static void proposeMinor(LegalReview review, String caseNumber, String lead) {
        review.propose(new ProposedDecision(caseNumber, "太原某建材有限公司", List.of(Measure.of(MeasureType.WARNING)),
                HearingStatus.NONE, false, null, false, null, "警告", "《中华人民共和国土地管理法》第七十七条"), lead);
    }
}
