package org.sanxiang.api.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sanxiang.api.domain.EnforcementKind;

/** Enforcement personnel and their certificates (执法人员清单, R-D3d, R-D4). */
public interface OfficerRegistry {

    /** Adds or replaces (by id) an officer with the current certificate. */
    Officer save(Officer officer, String actor);

    Optional<Officer> find(String officerId);

    /** Every officer, by id. */
    List<Officer> list();

    /** The officer holding the enforcement certificate of that number (执法证号), if any (亮证核验). */
    default Optional<Officer> findByCertificate(String certificateNumber) {
        String number = certificateNumber == null ? "" : certificateNumber.strip();
        return list().stream().filter(o -> o.certificate().number().equals(number)).findFirst();
    }

    /**
     * Throws {@link RecordsException} with a Chinese message unless the officer exists and holds a
     * certificate valid on {@code day} for {@code kind} and {@code region} (持证上岗).
     */
    Officer requireCertified(String officerId, EnforcementKind kind, String region, LocalDate day);
}
