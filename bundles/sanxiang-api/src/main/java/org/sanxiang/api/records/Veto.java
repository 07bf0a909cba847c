package org.sanxiang.api.records;

import java.util.Objects;

/**
 * Why one gate refused a stage change or a document (关卡否决): the gate's name (e.g. 法制审核, 持证上岗, 音像记录),
 * the requirement it enforces (e.g. {@code R-L1}) and the reason in Chinese, for staff.
 */
public record Veto(String gate, String requirement, String reason) {

    public Veto {
        gate = gate == null || gate.isBlank() ? "关卡" : gate.strip();
        requirement = requirement == null ? "" : requirement.strip();
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code 关卡“法制审核”(R-L1): <reason>}. */
    @Override
    public String toString() {
        return "关卡“" + gate + "”" + (requirement.isEmpty() ? "" : "(" + requirement + ")") + ": " + reason;
    }
}
