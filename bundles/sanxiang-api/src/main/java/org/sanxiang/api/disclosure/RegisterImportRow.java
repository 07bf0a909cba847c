package org.sanxiang.api.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of a whole-register import (清单批量导入): the entry's key and its fields, in order. */
public record RegisterImportRow(String key, Map<String, String> fields) {

    public RegisterImportRow {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
