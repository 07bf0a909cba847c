package org.sanxiang.review.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.review.CatalogueRule;

/** The validated settings of PID {@code org.sanxiang.review}; a malformed value throws with a Chinese message. */
record ReviewSettings(Set<CatalogueRule> rules, Map<PartyType, BigDecimal> fineThresholds,
                      BigDecimal confiscationThreshold, String legalOffice, int timeLimitDays, int extensionDays,
                      int nearDeadlineDays, int alertScanMinutes, Set<EnforcementKind> proposalRequiredKinds,
                      Set<String> decisionDocumentTypes) {

    static ReviewSettings of(ReviewConfig c) {
        Set<CatalogueRule> rules = EnumSet.noneOf(CatalogueRule.class);
        for (String r : c.catalogue_rules()) {
            try {
                rules.add(CatalogueRule.valueOf(r.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("catalogue.rules: 未知的目录规则 " + r + ",可用: "
                        + Arrays.toString(CatalogueRule.values()));
            }
        }
        Map<PartyType, BigDecimal> fines = new EnumMap<>(PartyType.class);
        fines.put(PartyType.NATURAL_PERSON, amount("fine.threshold.natural.person", c.fine_threshold_natural_person()));
        fines.put(PartyType.LEGAL_PERSON, amount("fine.threshold.legal.person", c.fine_threshold_legal_person()));
        fines.put(PartyType.INDIVIDUAL_BUSINESS,
                amount("fine.threshold.individual.business", c.fine_threshold_individual_business()));
        String office = c.legal_office() == null ? "" : c.legal_office().strip();
        if (office.isEmpty()) {
            throw new IllegalArgumentException("legal.office: 法制机构名称不能为空");
        }
        Set<EnforcementKind> kinds = EnumSet.noneOf(EnforcementKind.class);
        for (String k : c.proposal_required_kinds()) {
            kinds.add(EnforcementKind.of(k.strip()));
        }
        Set<String> docs = new LinkedHashSet<>();
        for (String d : c.decision_document_types()) {
            if (!d.isBlank()) {
                docs.add(d.strip());
            }
        }
        return new ReviewSettings(rules, fines, amount("confiscation.threshold", c.confiscation_threshold()), office,
                positive("time.limit.working.days", c.time_limit_working_days()),
                positive("extension.working.days", c.extension_working_days()),
                notNegative("near.deadline.working.days", c.near_deadline_working_days()),
                positive("alert.scan.minutes", c.alert_scan_minutes()), kinds, docs);
    }

    private static BigDecimal amount(String key, String value) {
        try {
            BigDecimal a = new BigDecimal(value.strip());
            if (a.signum() < 0 || a.stripTrailingZeros().scale() > 2) {
                throw new NumberFormatException();
            }
            return a;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + ": 金额应为不小于0、最多两位小数的数字(元): " + value);
        }
    }

    private static int positive(String key, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(key + ": 应为正整数: " + v);
        }
        return v;
    }

    private static int notNegative(String key, int v) {
        if (v < 0) {
            throw new IllegalArgumentException(key + ": 不能为负数: " + v);
        }
        return v;
    }
}
