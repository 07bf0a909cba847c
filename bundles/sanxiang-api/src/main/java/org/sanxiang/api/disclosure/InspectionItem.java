package org.sanxiang.api.disclosure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An entry of the random-inspection item list (随机抽查事项清单, R-D3b) as far as the draw needs it.
 *
 * @param code the item's code in the list
 * @param name 抽查事项名称
 * @param category the enforcement category (执法类别) an inspector must be certified for
 * @param ratio 抽查比例, greater than 0 and at most 1 (e.g. {@code 0.05} for 5 %)
 */
public record InspectionItem(String code, String name, String category, BigDecimal ratio) {

    public InspectionItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ratio, "ratio");
        if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("抽查比例应大于0且不超过1: " + ratio.toPlainString());
        }
    }
}
