package org.sanxiang.api.disclosure;

import java.util.Objects;

/**
 * One problem found by validation (校验问题): the Chinese field name of the 双公示 standard and a Chinese
 * message, shown to the maker as {@code 字段: 问题} (e.g. {@code 行政处罚决定书文号: 必填}).
 */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
