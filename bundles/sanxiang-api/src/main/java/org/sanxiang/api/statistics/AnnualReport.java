package org.sanxiang.api.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.review.Outcome;

/**
 * The figures of one year's enforcement statistics report (行政执法统计年报). A section is {@code null} when
 * its {@link Source} is not connected (未接入) — never zeros. Monthly lists have 12 entries, January first;
 * maps hold every constant of their enum, in declaration order. Amounts are 元 with 2 decimals.
 *
 * @param year       the calendar year reported (China time)
 * @param bureau     the reporting bureau (填报单位)
 * @param computedAt when the figures were computed
 * @param asOf       the day in China the figures were computed on: outcomes and overdue publications are as of it
 */
public record AnnualReport(int year, String bureau, Instant computedAt, LocalDate asOf, CaseFigures cases,
                           PenaltyFigures penalties, DisclosureFigures disclosure, RecordingFigures recordings,
                           ReviewFigures reviews) {

    /** Whether the section of {@code source} has figures (its module is installed). */
    public boolean connected(Source source) {
        switch (source) {
            case CASES:
                return cases != null;
            case PENALTIES:
                return penalties != null;
            case DISCLOSURE:
                return disclosure != null;
            case RECORDINGS:
                return recordings != null;
            case REVIEWS:
                return reviews != null;
            default:
                throw new IllegalArgumentException(String.valueOf(source));
        }
    }

    /** 元 as 万元, exactly (6 decimals). */
    public static BigDecimal wanYuan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(6, RoundingMode.UNNECESSARY);
    }

    /**
     * Cases filed (立案) in the year by month, kind and outcome, and decisions (作出决定: transitions to 决定) in
     * the year.
     */
    public record CaseFigures(int filed, List<Integer> filedByMonth, List<KindFigures> byKind,
                              Map<CaseOutcome, Integer> outcomes, int decisions, List<Integer> decisionsByMonth) {
        public CaseFigures {
            filedByMonth = months(filedByMonth);
            byKind = List.copyOf(byKind);
            outcomes = frozen(outcomes, CaseOutcome.class);
            decisionsByMonth = months(decisionsByMonth);
        }
    }

    /** One enforcement kind's cases filed, their outcomes, and its decisions in the year. */
    public record KindFigures(EnforcementKind kind, int filed, int concluded, int withdrawn, int inProgress,
                              int decisions) {
    }

    /**
     * Penalty decisions (行政处罚决定) dated in the year and their amounts: fines (罚款) and confiscations
     * (没收违法所得、没收非法财物). Revoked decisions (已撤销) are counted apart and not in the amounts.
     */
    public record PenaltyFigures(int decisions, int revoked, BigDecimal fineYuan, BigDecimal confiscatedYuan,
                                 List<Integer> decisionsByMonth, List<BigDecimal> fineByMonth,
                                 List<BigDecimal> confiscatedByMonth) {
        public PenaltyFigures {
            decisionsByMonth = months(decisionsByMonth);
            fineByMonth = months(fineByMonth);
            confiscatedByMonth = months(confiscatedByMonth);
        }

        /** Fines and confiscations together, in 元. */
        public BigDecimal totalYuan() {
            return fineYuan.add(confiscatedYuan);
        }
    }

    /**
     * Disclosure of the decisions dated in the year (执法决定公开, R-D5): published by the due date, published
     * late, unpublished past the due date (逾期未公开), unpublished and not yet due, not to be published (依规不公开,
     * or revoked before publication).
     */
    public record DisclosureFigures(int decisions, int onTime, int late, int overdue, int pending,
                                    int notPublished) {
    }

    /** Audio-video records (音像记录) linked to cases in the year, by month and activity. */
    public record RecordingFigures(int linked, int fullProcess, List<Integer> byMonth,
                                   Map<Activity, Integer> byActivity) {
        public RecordingFigures {
            byMonth = months(byMonth);
            byActivity = frozen(byActivity, Activity.class);
        }
    }

    /**
     * Legal reviews of major decisions (重大执法决定法制审核): requests submitted in the year, those of them still
     * open, and opinions signed in the year by conclusion.
     */
    public record ReviewFigures(int submitted, int open, int opinions, Map<Outcome, Integer> outcomes) {
        public ReviewFigures {
            outcomes = frozen(outcomes, Outcome.class);
        }
    }

    private static <T> List<T> months(List<T> values) {
        if (values.size() != 12) {
            throw new IllegalArgumentException("12 months expected, got " + values.size());
        }
        return List.copyOf(values);
    }

    private static <E extends Enum<E>> Map<E, Integer> frozen(Map<E, Integer> values, Class<E> type) {
        EnumMap<E, Integer> all = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            all.put(e, values.getOrDefault(e, 0));
        }
        return Collections.unmodifiableMap(all);
    }
}
