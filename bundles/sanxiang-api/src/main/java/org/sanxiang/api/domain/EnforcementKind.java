package org.sanxiang.api.domain;

/** The five kinds of administrative enforcement (五类行政执法行为). */
public enum EnforcementKind implements Labelled {
    /** 行政许可 */
    PERMIT("行政许可", 7),
    /** 行政处罚 */
    PENALTY("行政处罚", 7),
    /** 行政强制 */
    COERCION("行政强制", 20),
    /** 行政征收 (征收征用) */
    LEVY("行政征收", 20),
    /** 行政检查 */
    INSPECTION("行政检查", 20);

    private final String chinese;
    private final int disclosureWorkingDays;

    EnforcementKind(String chinese, int disclosureWorkingDays) {
        this.chinese = chinese;
        this.disclosureWorkingDays = disclosureWorkingDays;
    }

    /** The Chinese name used by the bureau and the outside systems. */
    @Override
    public String chinese() {
        return chinese;
    }

    /**
     * Working days within which a decision of this kind must be disclosed (R-D5): 7 for permits and
     * penalties, 20 for the rest, unless a law says otherwise.
     */
    public int disclosureWorkingDays() {
        return disclosureWorkingDays;
    }

    /** Looks a kind up by its Chinese name or its identifier, case-insensitively. */
    public static EnforcementKind of(String nameOrChinese) {
        return Labelled.of(EnforcementKind.class, nameOrChinese, "执法类别 / unknown enforcement kind");
    }
}
