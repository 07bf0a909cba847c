package org.sanxiang.api.disclosure;

import org.sanxiang.api.domain.Labelled;

/** What an outbox entry asks the delivery routes to do at the receiving systems. */
public enum OutboxAction implements Labelled {
    /** 公示: first publication of a permit or penalty. */
    PUBLISH("公示"),
    /** 更新: a new version replaces the published one. */
    UPDATE("更新"),
    /** 撤销: the publication is withdrawn, with its public reason. */
    REVOKE("撤销"),
    /** 抽查结果公示: results of a 双随机一公开 inspection. */
    INSPECTION_RESULT("抽查结果公示");

    private final String chinese;

    OutboxAction(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
