package org.sanxiang.api.disclosure;

import java.util.Objects;
import java.util.Set;

/**
 * An enforcement officer in the inspector pool (执法检查人员名录库) as far as the draw needs it.
 *
 * @param id the officer's stable identifier (e.g. 执法证号); the draw hashes it
 * @param name 姓名
 * @param certifiedCategories enforcement categories (执法类别) of the officer's valid certificate
 * @param conflictSubjectIds ids of subjects the officer has a conflict of interest with (利害关系, 回避)
 */
public record Inspector(String id, String name, Set<String> certifiedCategories, Set<String> conflictSubjectIds) {

    public Inspector {
        Objects.requireNonNull(id, "id");
        certifiedCategories = certifiedCategories == null ? Set.of() : Set.copyOf(certifiedCategories);
        conflictSubjectIds = conflictSubjectIds == null ? Set.of() : Set.copyOf(conflictSubjectIds);
    }

    /** Whether the officer may inspect {@code subject} for {@code category}: certified and without conflict. */
    public boolean mayInspect(String category, InspectionSubject subject) {
        return certifiedCategories.contains(category) && !conflictSubjectIds.contains(subject.id());
    }
}
