package org.sanxiang.api.review;

import java.util.Objects;

/** The reviewer's answer to one {@link CheckItem}: pass or problem, with a comment (required for a problem). */
public record ItemFinding(CheckItem item, ItemResult result, String comment) {

    public ItemFinding {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(result, "result");
        comment = comment == null ? "" : comment.strip();
        if (result == ItemResult.PROBLEM && comment.isEmpty()) {
            throw new IllegalArgumentException("审核事项“" + item.chinese() + "”存在问题时必须说明");
        }
        if (comment.length() > 1000) {
            throw new IllegalArgumentException("审核事项说明最多1000字");
        }
    }

    public static ItemFinding pass(CheckItem item, String comment) {
        return new ItemFinding(item, ItemResult.PASS, comment);
    }

    public static ItemFinding problem(CheckItem item, String comment) {
        return new ItemFinding(item, ItemResult.PROBLEM, comment);
    }
}
