package org.sanxiang.api.review;

import org.sanxiang.api.domain.Labelled;

/** The rules of the catalogue of major decisions (《重大执法决定法制审核目录清单》), each configurable. */
public enum CatalogueRule implements Labelled {
    /** 较大数额罚款: fine at or above the threshold of the party's type */
    FINE("较大数额罚款"),
    /** 较大数额没收: confiscations (违法所得、非法财物、违法建筑物、违法采出的矿产品) at or above the value threshold */
    CONFISCATION("较大数额没收"),
    /** 暂扣许可证件 */
    LICENCE_SUSPENSION("暂扣许可证件"),
    /** 吊销许可证件 */
    LICENCE_REVOCATION("吊销许可证件"),
    /** 责令停产停业 */
    SUSPEND_PRODUCTION("责令停产停业"),
    /** 限期拆除 */
    DEMOLITION("限期拆除"),
    /** 经过听证 (held or requested) */
    HEARING("听证程序"),
    /** 超出裁量基准 */
    BEYOND_DISCRETION("超出裁量基准"),
    /** 涉嫌犯罪需移送司法机关 */
    CRIMINAL_TRANSFER("涉嫌犯罪移送"),
    /** 人工提交法制审核 */
    MANUAL_REFERRAL("人工提交审核");

    private final String chinese;

    CatalogueRule(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
