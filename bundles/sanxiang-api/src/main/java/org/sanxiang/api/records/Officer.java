package org.sanxiang.api.records;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanxiang.api.domain.EnforcementKind;

/**
 * Enforcement personnel (执法人员, R-D3d): name, unit, post and certificate. {@code id} is the bureau's
 * staff number, which is also what recorder devices carry.
 */
public record Officer(String id, String name, String unit, String post, Certificate certificate) {

    public Officer {
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,32}")) {
            throw new IllegalArgumentException("执法人员编号应为1-32位字母、数字或 ._- : " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("执法人员姓名不能为空");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(certificate, "certificate");
    }

    /**
     * Why this officer may not act on a case of {@code kind} in {@code region} on {@code day} (持证上岗), or
     * empty when the certificate is valid for it. The message names the officer, in Chinese.
     */
    public Optional<String> certificationProblem(EnforcementKind kind, String region, LocalDate day) {
        Optional<String> problem = certificationProblem(kind, day);
        if (problem.isPresent()) {
            return problem;
        }
        Certificate c = certificate;
        if (!c.coversRegion(region)) {
            return Optional.of("执法人员" + name + "的执法证" + c.number() + "的执法区域" + c.region()
                    + "不含" + region);
        }
        return Optional.empty();
    }

    /**
     * Why this officer may not act for {@code kind} on {@code day} wherever the certificate's region reaches
     * (expired, not yet valid, or without the category), or empty.
     */
    public Optional<String> certificationProblem(EnforcementKind kind, LocalDate day) {
        Certificate c = certificate;
        switch (c.validityOn(day)) {
            case NOT_YET_VALID:
                return Optional.of("执法人员" + name + "的执法证" + c.number() + "自" + c.validFrom() + "起才生效");
            case EXPIRED:
                return Optional.of("执法人员" + name + "的执法证已于" + c.validTo() + "过期");
            default:
                break;
        }
        if (!c.kinds().contains(kind)) {
            return Optional.of("执法人员" + name + "的执法证" + c.number() + "不含执法类别" + kind.chinese());
        }
        return Optional.empty();
    }
}
