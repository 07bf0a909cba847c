package org.sanxiang.api.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One measure of a proposed decision (处理内容): its type, the amount in 元 for fines and confiscations
 * (罚款金额, 没收物的价值; exact, at most two decimals, not negative) and a free detail (e.g. the licence's
 * name and number, the building's address).
 */
public record Measure(MeasureType type, BigDecimal amount, String detail) {

    public Measure {
        Objects.requireNonNull(type, "type");
        if (type.valued()) {
            if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException(type.chinese() + "须填写金额(元,不为负,最多两位小数): " + amount);
            }
        } else if (amount != null) {
            throw new IllegalArgumentException(type.chinese() + "不填写金额");
        }
        detail = detail == null ? "" : detail.strip();
        if (detail.length() > 500) {
            throw new IllegalArgumentException("处理内容说明最多500字");
        }
    }

    public static Measure of(MeasureType type, String amountYuan) {
        return new Measure(type, amountYuan == null ? null : new BigDecimal(amountYuan), "");
    }

    public static Measure of(MeasureType type) {
        return new Measure(type, null, "");
    }
}
