package org.sanxiang.api.review;

import org.sanxiang.api.domain.Labelled;

/** What a proposed decision orders (拟作出决定的处理内容); confiscations and fines carry an amount in 元. */
public enum MeasureType implements Labelled {
    /** 警告 */
    WARNING("警告", false),
    /** 罚款 */
    FINE("罚款", true),
    /** 没收违法所得 */
    CONFISCATE_ILLEGAL_GAINS("没收违法所得", true),
    /** 没收非法财物 */
    CONFISCATE_ILLEGAL_PROPERTY("没收非法财物", true),
    /** 没收违法建筑物 */
    CONFISCATE_ILLEGAL_BUILDING("没收违法建筑物", true),
    /** 没收违法采出的矿产品 */
    CONFISCATE_ILLEGAL_MINERALS("没收违法采出的矿产品", true),
    /** 暂扣许可证件 */
    LICENCE_SUSPENSION("暂扣许可证件", false),
    /** 吊销许可证件 */
    LICENCE_REVOCATION("吊销许可证件", false),
    /** 责令停产停业 */
    SUSPEND_PRODUCTION("责令停产停业", false),
    /** 限期拆除 */
    DEMOLITION("限期拆除", false),
    /** 其他 */
    OTHER("其他", false);

    private final String chinese;
    private final boolean valued;

    MeasureType(String chinese, boolean valued) {
        this.chinese = chinese;
        this.valued = valued;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** Whether the measure carries an amount (罚款金额 or 没收物的价值, in 元). */
    public boolean valued() {
        return valued;
    }

    /** Whether this is one of the confiscations (没收) the catalogue sums against its value threshold. */
    public boolean confiscation() {
        return name().startsWith("CONFISCATE_");
    }

    /** Looks a type up by its Chinese name or its identifier. */
    public static MeasureType of(String nameOrChinese) {
        return Labelled.of(MeasureType.class, nameOrChinese, "处理内容");
    }
}
