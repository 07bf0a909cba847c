package org.sanxiang.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.review.CatalogueResult;
import org.sanxiang.api.review.CatalogueRule;
import org.sanxiang.api.review.HearingStatus;
import org.sanxiang.api.review.Measure;
import org.sanxiang.api.review.MeasureType;
import org.sanxiang.api.review.ProposedDecision;
import org.sanxiang.api.review.ReviewCatalogue;
import org.sanxiang.api.review.RuleHit;

/**
 * The catalogue of major decisions over the settings in force (R-L3): every enabled rule that fires gives a
 * {@link RuleHit} with its reason. Thresholds are inclusive ("以上含本数"): an amount equal to the threshold is
 * major.
 */
final class Catalogue implements ReviewCatalogue {

    private final Supplier<ReviewSettings> settings;

    Catalogue(Supplier<ReviewSettings> settings) {
        this.settings = settings;
    }

    @Override
    public CatalogueResult evaluate(ProposedDecision d, PartyType partyType) {
        ReviewSettings s = settings.get();
        List<RuleHit> hits = new ArrayList<>();
        if (s.rules().contains(CatalogueRule.FINE)) {
            BigDecimal fine = sum(d.measures(), List.of(MeasureType.FINE));
            BigDecimal threshold = s.fineThresholds().get(partyType);
            if (fine != null && fine.compareTo(threshold) >= 0) {
                hits.add(new RuleHit(CatalogueRule.FINE, "对" + partyType.chinese() + "拟罚款" + yuan(fine)
                        + ",达到较大数额罚款标准" + yuan(threshold) + "(以上含本数)"));
            }
        }
        if (s.rules().contains(CatalogueRule.CONFISCATION)) {
            List<Measure> conf = d.measures().stream().filter(m -> m.type().confiscation()).collect(Collectors.toList());
            if (!conf.isEmpty()) {
                BigDecimal total = conf.stream().map(Measure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.compareTo(s.confiscationThreshold()) >= 0) {
                    String parts = conf.stream().map(m -> m.type().chinese() + yuan(m.amount()))
                            .collect(Collectors.joining("、"));
                    hits.add(new RuleHit(CatalogueRule.CONFISCATION, "拟" + parts + ",合计" + yuan(total)
                            + ",达到较大数额没收标准" + yuan(s.confiscationThreshold()) + "(以上含本数)"));
                }
            }
        }
        measureRule(s, d, CatalogueRule.LICENCE_SUSPENSION, MeasureType.LICENCE_SUSPENSION, hits);
        measureRule(s, d, CatalogueRule.LICENCE_REVOCATION, MeasureType.LICENCE_REVOCATION, hits);
        measureRule(s, d, CatalogueRule.SUSPEND_PRODUCTION, MeasureType.SUSPEND_PRODUCTION, hits);
        measureRule(s, d, CatalogueRule.DEMOLITION, MeasureType.DEMOLITION, hits);
        if (s.rules().contains(CatalogueRule.HEARING) && d.hearing() != HearingStatus.NONE) {
            hits.add(new RuleHit(CatalogueRule.HEARING, d.hearing() == HearingStatus.HELD ? "案件已举行听证"
                    : "当事人已申请听证"));
        }
        if (s.rules().contains(CatalogueRule.BEYOND_DISCRETION) && d.beyondDiscretion()) {
            hits.add(new RuleHit(CatalogueRule.BEYOND_DISCRETION, "拟作出决定超出裁量基准: " + d.discretionNote()));
        }
        if (s.rules().contains(CatalogueRule.CRIMINAL_TRANSFER) && d.suspectedCrime()) {
            hits.add(new RuleHit(CatalogueRule.CRIMINAL_TRANSFER, "案件涉嫌犯罪,拟移送司法机关"));
        }
        if (s.rules().contains(CatalogueRule.MANUAL_REFERRAL) && d.manualReferral() != null) {
            hits.add(new RuleHit(CatalogueRule.MANUAL_REFERRAL, "承办单位提交法制审核: " + d.manualReferral()));
        }
        return new CatalogueResult(hits);
    }

    private static void measureRule(ReviewSettings s, ProposedDecision d, CatalogueRule rule, MeasureType type,
                                    List<RuleHit> hits) {
        if (!s.rules().contains(rule)) {
            return;
        }
        d.measures().stream().filter(m -> m.type() == type).findFirst().ifPresent(m -> hits.add(new RuleHit(rule,
                "拟" + type.chinese() + (m.detail().isEmpty() ? "" : "(" + m.detail() + ")"))));
    }

    /** The total amount of the measures of {@code types}, or null when there is none. */
    private static BigDecimal sum(List<Measure> measures, List<MeasureType> types) {
        BigDecimal total = null;
        for (Measure m : measures) {
            if (types.contains(m.type())) {
                total = total == null ? m.amount() : total.add(m.amount());
            }
        }
        return total;
    }

    static String yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "元";
    }

    @Override
    public List<String> describe() {
        ReviewSettings s = settings.get();
        List<String> out = new ArrayList<>();
        for (CatalogueRule r : s.rules()) {
            switch (r) {
                case FINE:
                    out.add("较大数额罚款: 对自然人" + yuan(s.fineThresholds().get(PartyType.NATURAL_PERSON))
                            + "以上、对个体工商户" + yuan(s.fineThresholds().get(PartyType.INDIVIDUAL_BUSINESS))
                            + "以上、对法人或其他组织" + yuan(s.fineThresholds().get(PartyType.LEGAL_PERSON)) + "以上");
                    break;
                case CONFISCATION:
                    out.add("较大数额没收: 没收违法所得、非法财物、违法建筑物、违法采出的矿产品合计"
                            + yuan(s.confiscationThreshold()) + "以上");
                    break;
                case HEARING:
                    out.add("当事人申请听证或已举行听证的");
                    break;
                case BEYOND_DISCRETION:
                    out.add("拟作出决定超出裁量基准的");
                    break;
                case CRIMINAL_TRANSFER:
                    out.add("涉嫌犯罪需移送司法机关的");
                    break;
                case MANUAL_REFERRAL:
                    out.add("承办单位认为需要法制审核、人工提交的");
                    break;
                default:
                    out.add(r.chinese());
                    break;
            }
        }
        return out;
    }
}
