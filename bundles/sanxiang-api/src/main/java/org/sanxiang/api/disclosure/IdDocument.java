package org.sanxiang.api.disclosure;

import org.sanxiang.api.domain.IdType;

/**
 * A natural person's identity document (自然人证件类型 / 证件号码). The type is published with its code-list
 * name, or as "其他-" followed by {@code otherType} for {@link IdType#OTHER}; the number is masked in
 * public output ({@link IdType#mask}).
 *
 * @param type the code-list type, required
 * @param otherType the specific type when {@code type} is {@link IdType#OTHER}; null otherwise
 * @param number the full number, kept in the full record
 */
public record IdDocument(IdType type, String otherType, String number) {

    /**
     * Reads the type as published: a code-list name, or "其他-…" with the specific type after the dash.
     *
     * @throws IllegalArgumentException when the type is not in the code list
     */
    public static IdDocument of(String publishedType, String number) {
        IdType type = IdType.of(publishedType);
        String other = null;
        if (type == IdType.OTHER) {
            int dash = publishedType.indexOf('-');
            other = dash < 0 ? null : publishedType.substring(dash + 1).trim();
        }
        return new IdDocument(type, other, number);
    }

    /** The type as published: e.g. {@code 身份证} or {@code 其他-军官证}. */
    public String typeLabel() {
        if (type == null) {
            return null;
        }
        return type == IdType.OTHER ? "其他-" + (otherType == null ? "" : otherType) : type.chinese();
    }

    /** The number as it may appear in public output. */
    public String maskedNumber() {
        return IdType.mask(number);
    }
}
