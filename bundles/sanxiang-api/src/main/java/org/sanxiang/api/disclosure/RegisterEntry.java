package org.sanxiang.api.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of an entry of a pre-disclosure register (事前公开清单条目), effective from a date. A
 * withdrawn entry (停止公开) is a version with {@code withdrawn} set.
 *
 * @param key the entry's key in its register (e.g. the item code, the officer id)
 * @param fields the entry's fields in order, Chinese names as in {@link RegisterType#requiredFields()}
 * @param sha256 SHA-256 of the version's canonical text (also ledgered)
 */
public record RegisterEntry(RegisterType type, String key, int version, LocalDate effectiveFrom,
        Map<String, String> fields, boolean withdrawn, String sha256, String changedBy, Instant changedAt) {

    public RegisterEntry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
