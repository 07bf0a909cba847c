package org.sanxiang.api.review;

import java.util.List;
import java.util.Objects;

/**
 * A proposed decision (拟作出决定) of a case, as the submitting unit registers it: the party it is addressed
 * to (one of the case's 当事人, by name), the measures, what the catalogue asks about (hearing, discretion,
 * suspected crime, manual referral), a summary of facts and decision and the legal basis.
 *
 * @param beyondDiscretion the decision departs from the discretion standard (超出裁量基准)
 * @param discretionNote   the explanation of the discretion applied (裁量说明), required when beyond it
 * @param suspectedCrime   the matter is suspected to be a crime to transfer to the judiciary (涉嫌犯罪移送)
 * @param manualReferral   why the unit refers the decision to legal review although no other rule fires
 *                         (人工提交法制审核的理由), or null
 */
public record ProposedDecision(String caseNumber, String partyName, List<Measure> measures, HearingStatus hearing,
                               boolean beyondDiscretion, String discretionNote, boolean suspectedCrime,
                               String manualReferral, String summary, String legalBasis) {

    public ProposedDecision {
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new IllegalArgumentException("案件编号不能为空");
        }
        if (partyName == null || partyName.isBlank()) {
            throw new IllegalArgumentException("拟作出决定须指明当事人");
        }
        if (measures == null || measures.isEmpty()) {
            throw new IllegalArgumentException("拟作出决定至少应有一项处理内容");
        }
        measures = List.copyOf(measures);
        Objects.requireNonNull(hearing, "hearing");
        discretionNote = blankToNull(discretionNote);
        manualReferral = blankToNull(manualReferral);
        if (beyondDiscretion && discretionNote == null) {
            throw new IllegalArgumentException("超出裁量基准的拟作出决定须附裁量说明");
        }
        if (summary == null || summary.isBlank() || summary.length() > 2000) {
            throw new IllegalArgumentException("拟作出决定的内容摘要不能为空(最多2000字)");
        }
        if (legalBasis == null || legalBasis.isBlank() || legalBasis.length() > 1000) {
            throw new IllegalArgumentException("拟作出决定的法律依据不能为空(最多1000字)");
        }
        check(discretionNote, 1000, "裁量说明");
        check(manualReferral, 500, "人工提交审核理由");
        check(partyName, 200, "当事人名称");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void check(String s, int max, String what) {
        if (s != null && s.length() > max) {
            throw new IllegalArgumentException(what + "最多" + max + "字");
        }
    }
}
