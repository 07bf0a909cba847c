package org.sanxiang.api.records;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.domain.Labelled;

/**
 * An enforcement certificate (行政执法证, R-D3d, R-D4).
 *
 * <p>The enforcement category (执法类别) is the set of {@link EnforcementKind}s the certificate covers.
 * The region (执法区域) is a six-digit administrative division code (行政区划代码); a code ending in
 * {@code 00} or {@code 0000} covers every code below it (140000 covers all of 山西, 140100 all of 太原).
 * The validity runs from {@code validFrom} to {@code validTo}, both days included.
 */
public record Certificate(String number, Set<EnforcementKind> kinds, String region, LocalDate validFrom,
                          LocalDate validTo) {

    public Certificate {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("执法证号不能为空");
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("执法证" + number + "未载明执法类别");
        }
        if (region == null || !region.matches("\\d{6}")) {
            throw new IllegalArgumentException("执法证" + number + "的执法区域应为6位行政区划代码: " + region);
        }
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("执法证" + number + "的有效期止早于有效期起");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Where a day stands in a certificate's validity (持证状态), as the hall window, the console and the checks say it. */
    public enum Validity implements Labelled {
        NOT_YET_VALID("未生效"), VALID("有效"), EXPIRED("已过期");

        private final String chinese;

        Validity(String chinese) {
            this.chinese = chinese;
        }

        @Override
        public String chinese() {
            return chinese;
        }
    }

    /** The certificate's validity on {@code day}: both ends of the period are valid days. */
    public Validity validityOn(LocalDate day) {
        if (day.isBefore(validFrom)) {
            return Validity.NOT_YET_VALID;
        }
        return day.isAfter(validTo) ? Validity.EXPIRED : Validity.VALID;
    }

    /** Whether the certificate's region covers {@code caseRegion} (same code or a higher-level code). */
    public boolean coversRegion(String caseRegion) {
        if (caseRegion == null) {
            return false;
        }
        String prefix = region;
        while (prefix.endsWith("00") && prefix.length() > 2) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return caseRegion.startsWith(prefix);
    }
}
