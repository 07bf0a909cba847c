package org.sanxiang.api.review;

import java.util.Objects;

/**
 * A person of the legal review (法制审核人员、法律顾问、公职律师): officer id, name, unit, role and whether
 * they hold the legal professional qualification (法律职业资格).
 */
public record Reviewer(String officerId, String name, String unit, ReviewerRole role, boolean legalQualification) {

    public Reviewer {
        if (officerId == null || !officerId.matches("[A-Za-z0-9._-]{1,32}")) {
            throw new IllegalArgumentException("审核人员编号应为1-32位字母、数字或 ._- : " + officerId);
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("审核人员姓名不能为空(最多100字)");
        }
        if (unit == null || unit.isBlank() || unit.length() > 200) {
            throw new IllegalArgumentException("审核人员所在单位不能为空(最多200字)");
        }
        Objects.requireNonNull(role, "role");
    }
}
