package org.sanxiang.portal.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sanxiang.api.disclosure.RegisterType;

/**
 * The pre-disclosure registers (事前公开) as the portal serves them: each with its stable path segment (also the
 * name of its open data files) and the fields the public may see.
 */
enum Lists {

    BODIES("bodies", RegisterType.BODY),
    PERSONNEL("personnel", RegisterType.PERSONNEL),
    ITEMS("items", RegisterType.ENFORCEMENT_ITEM),
    INSPECTION_ITEMS("inspection-items", RegisterType.INSPECTION_ITEM),
    GUIDES("guides", RegisterType.SERVICE_GUIDE),
    FLOWS("flows", RegisterType.PROCESS_FLOW);

    /** Field names never shown whatever register carries them (ID numbers of persons). */
    private static final Set<String> NEVER = Set.of("身份证号", "身份证号码", "公民身份号码", "证件号码", "证件号",
            "法定代表人证件号码", "手机号码", "联系电话(个人)", "住址");

    final String slug;
    final RegisterType type;

    Lists(String slug, RegisterType type) {
        this.slug = slug;
        this.type = type;
    }

    String title() {
        return type.chinese();
    }

    /**
     * Whether the public may see a field of this register. The personnel list (行政执法人员清单) shows only its
     * listed public fields (姓名, 单位, 职务, 执法证号, 执法类别, 执法区域, 有效期), whatever else an entry
     * carries; no register shows a person's ID number.
     */
    boolean shows(String field) {
        if (NEVER.contains(field) || field.contains("身份证")) {
            return false;
        }
        return this != PERSONNEL || type.requiredFields().contains(field);
    }

    /** The columns of the register's open data: its listed fields first. */
    List<String> columns() {
        return type.requiredFields();
    }

    static Optional<Lists> bySlug(String slug) {
        for (Lists l : values()) {
            if (l.slug.equals(slug)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
