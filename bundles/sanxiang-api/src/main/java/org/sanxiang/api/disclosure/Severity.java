package org.sanxiang.api.disclosure;

import java.time.Period;
import org.sanxiang.api.domain.Labelled;

/**
 * Severity of a penalty for credit publication (失信行为严重程度), which sets its display period
 * (公示期) under 发改办财金〔2019〕527号 and the 信用修复管理办法 (from 2026-04-01): 轻微 — not published or
 * at most 3 months; 一般 — 3 months to 1 year; 严重 — 1 to 3 years. The bands are fixed here; the period
 * chosen within a band is configuration.
 */
public enum Severity implements Labelled {
    /** 轻微: not published (zero period) or up to 3 months. */
    MINOR("轻微", Period.ZERO, Period.ofMonths(3)),
    /** 一般: 3 months to 1 year. */
    GENERAL("一般", Period.ofMonths(3), Period.ofYears(1)),
    /** 严重: 1 to 3 years. */
    SERIOUS("严重", Period.ofYears(1), Period.ofYears(3));

    private final String chinese;
    private final Period minimum;
    private final Period maximum;

    Severity(String chinese, Period minimum, Period maximum) {
        this.chinese = chinese;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** The shortest display period the rules allow; {@link Period#ZERO} means "not published". */
    public Period minimum() {
        return minimum;
    }

    /** The longest display period the rules allow. */
    public Period maximum() {
        return maximum;
    }

    /** Looks a severity up by its Chinese name or its identifier. */
    public static Severity of(String nameOrChinese) {
        return Labelled.of(Severity.class, nameOrChinese, "失信严重程度");
    }
}
