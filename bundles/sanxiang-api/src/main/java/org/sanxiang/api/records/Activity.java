package org.sanxiang.api.records;

import org.sanxiang.api.domain.Labelled;

/** The activities of the audio-video record list (《音像记录事项清单》, R-R3). */
public enum Activity implements Labelled {
    /** 现场检查 */
    ON_SITE_INSPECTION("现场检查"),
    /** 随机抽查 */
    RANDOM_INSPECTION("随机抽查"),
    /** 调查取证 */
    INVESTIGATION("调查取证"),
    /** 证据保全 */
    EVIDENCE_PRESERVATION("证据保全"),
    /** 听证 */
    HEARING("听证"),
    /** 行政强制 */
    COERCIVE_MEASURE("行政强制"),
    /** 送达 */
    SERVICE("送达");

    private final String chinese;

    Activity(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    public static Activity of(String nameOrChinese) {
        return Labelled.of(Activity.class, nameOrChinese, "音像记录事项");
    }
}
