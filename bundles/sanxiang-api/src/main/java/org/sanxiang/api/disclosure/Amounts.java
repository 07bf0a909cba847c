package org.sanxiang.api.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of the 双公示 records: recorded in 元 (yuan, at most 2 decimals — 分), published in 万元
 * (ten thousand yuan) with exactly 6 decimals. The conversion is exact; it never goes through
 * {@code double}.
 */
public final class Amounts {

    /** Decimals of a published 万元 amount. */
    public static final int TEN_THOUSAND_YUAN_SCALE = 6;

    private Amounts() {
    }

    /**
     * Converts 元 to 万元 with 6 decimals, e.g. {@code 12345.67} → {@code 1.234567}.
     *
     * @throws ArithmeticException when the amount has more than 2 decimals (below 分) and so cannot be
     *         expressed exactly
     */
    public static BigDecimal toTenThousandYuan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(TEN_THOUSAND_YUAN_SCALE, RoundingMode.UNNECESSARY);
    }

    /** Whether the 元 amount is non-negative and has at most 2 decimals. */
    public static boolean isValidYuan(BigDecimal yuan) {
        return yuan.signum() >= 0 && yuan.stripTrailingZeros().scale() <= 2;
    }
}
