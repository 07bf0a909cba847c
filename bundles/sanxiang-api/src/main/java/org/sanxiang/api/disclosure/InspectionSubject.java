package org.sanxiang.api.disclosure;

import java.util.Objects;

/**
 * A candidate subject of a random inspection (检查对象, 市场主体) from the subject list (检查对象名录库).
 *
 * @param id the subject's stable identifier (its 统一社会信用代码 where it has one); the draw hashes it
 * @param name 名称
 * @param uscc 统一社会信用代码, may be null
 */
public record InspectionSubject(String id, String name, String uscc) {

    public InspectionSubject {
        Objects.requireNonNull(id, "id");
    }
}
