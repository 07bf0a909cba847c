package org.sanxiang.api.disclosure;

import org.sanxiang.api.domain.Labelled;

/**
 * Result categories of a 双随机一公开 random inspection (抽查检查结果), published per inspected subject
 * through the national enterprise credit publication system (国家企业信用信息公示系统).
 */
public enum InspectionResult implements Labelled {
    /** 未发现问题 */
    NO_PROBLEM_FOUND("未发现问题"),
    /** 未按规定公示 (应当公示的信息) */
    NOT_PUBLISHED_AS_REQUIRED("未按规定公示"),
    /** 公示信息隐瞒真实情况、弄虚作假 */
    PUBLISHED_INFORMATION_FALSE("公示信息隐瞒真实情况弄虚作假"),
    /** 通过登记住所无法联系 (通过登记的住所或经营场所无法联系) */
    UNREACHABLE_AT_REGISTERED_ADDRESS("通过登记住所无法联系"),
    /** 不配合检查情节严重 */
    OBSTRUCTED_INSPECTION("不配合检查情节严重"),
    /** 未发现开展本次抽查涉及的经营活动 */
    ACTIVITY_NOT_FOUND("未发现开展本次抽查涉及的经营活动"),
    /** 发现问题已责令改正 */
    PROBLEM_FOUND_RECTIFICATION_ORDERED("发现问题已责令改正"),
    /** 发现问题待后续处理 */
    PROBLEM_FOUND_PENDING("发现问题待后续处理");

    private final String chinese;

    InspectionResult(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** Looks a result up by its Chinese name or its identifier. */
    public static InspectionResult of(String nameOrChinese) {
        return Labelled.of(InspectionResult.class, nameOrChinese, "抽查检查结果");
    }
}
