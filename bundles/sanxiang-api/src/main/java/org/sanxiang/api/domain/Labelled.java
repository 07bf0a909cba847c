package org.sanxiang.api.domain;

import java.util.Optional;

/**
 * A code of the hub's vocabulary with its Chinese label (中文名称), as counter staff, the code lists and the
 * console name it. Every vocabulary enum implements it; {@link #of} is the one lookup by label or identifier.
 */
public interface Labelled {

    /** The Chinese label, e.g. {@code 立案} for {@link CaseStage#FILED}. */
    String chinese();

    /**
     * The constant of {@code type} whose Chinese label is {@code nameOrChinese}, or whose identifier it is in any
     * letter case.
     *
     * @param what the Chinese name of the vocabulary, for the message of an unknown value (e.g. {@code 执法类别})
     * @throws IllegalArgumentException naming the vocabulary and the value, when none matches
     */
    static <E extends Enum<E> & Labelled> E of(Class<E> type, String nameOrChinese, String what) {
        return find(type, nameOrChinese).orElseThrow(() -> new IllegalArgumentException(
                "未知的" + what + ": " + nameOrChinese));
    }

    /** The constant of {@code type} with this label or identifier, if there is one. */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String nameOrChinese) {
        if (nameOrChinese == null) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.chinese().equals(nameOrChinese) || e.name().equalsIgnoreCase(nameOrChinese)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
