package org.sanxiang.api.disclosure;

import org.sanxiang.api.domain.Labelled;

/**
 * Kinds of administrative penalty (处罚类别) of 行政处罚法 (2021) Art. 9, as the 双公示 code list names
 * them. A decision may carry several. {@link #OTHER} (其他) is published as "其他-" followed by the
 * specific kind a law or regulation names.
 */
public enum PenaltyCategory implements Labelled {
    /** 警告 */
    WARNING("警告"),
    /** 通报批评 */
    PUBLIC_CRITICISM("通报批评"),
    /** 罚款 */
    FINE("罚款"),
    /** 没收违法所得 */
    CONFISCATION_OF_ILLEGAL_GAINS("没收违法所得"),
    /** 没收非法财物 */
    CONFISCATION_OF_ILLEGAL_PROPERTY("没收非法财物"),
    /** 暂扣许可证件 */
    LICENCE_SUSPENSION("暂扣许可证件"),
    /** 降低资质等级 */
    QUALIFICATION_DOWNGRADE("降低资质等级"),
    /** 吊销许可证件 */
    LICENCE_REVOCATION("吊销许可证件"),
    /** 限制开展生产经营活动 */
    BUSINESS_RESTRICTION("限制开展生产经营活动"),
    /** 责令停产停业 */
    SUSPENSION_OF_BUSINESS("责令停产停业"),
    /** 责令关闭 */
    CLOSURE("责令关闭"),
    /** 限制从业 */
    OCCUPATIONAL_RESTRICTION("限制从业"),
    /** 行政拘留 */
    ADMINISTRATIVE_DETENTION("行政拘留"),
    /** 其他 (其他-…) */
    OTHER("其他");

    private final String chinese;

    PenaltyCategory(String chinese) {
        this.chinese = chinese;
    }

    /** The name in the code list. */
    @Override
    public String chinese() {
        return chinese;
    }

    /**
     * Looks a category up by its Chinese name (also "其他-…") or its identifier.
     *
     * @throws IllegalArgumentException when the name is not in the code list
     */
    public static PenaltyCategory of(String nameOrChinese) {
        if (nameOrChinese != null && nameOrChinese.startsWith("其他")) {
            return OTHER;
        }
        return Labelled.of(PenaltyCategory.class, nameOrChinese, "处罚类别");
    }
}
