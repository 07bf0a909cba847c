package org.sanxiang.records.internal;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.Officer;

/** Test data: the shipped configuration (optionally overridden) and officers. */
final class Fixtures {

    static final String REGION = "140105";

    private Fixtures() {
    }

    /** The {@link RecordsConfig} with its defaults, values in {@code overrides} replacing them by method name. */
    static RecordsConfig config(Map<String, Object> overrides) {
        return (RecordsConfig) Proxy.newProxyInstance(RecordsConfig.class.getClassLoader(),
                new Class<?>[] {RecordsConfig.class}, (proxy, method, args) -> {
                    if (overrides.containsKey(method.getName())) {
                        return overrides.get(method.getName());
                    }
                    if (method.getDefaultValue() != null) {
                        return method.getDefaultValue();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    static RecordsSettings settings() {
        return RecordsSettings.of(config(Map.of()));
    }

    static Officer officer(String id, String name, LocalDate from, LocalDate to) {
        return new Officer(id, name, "太原市规划和自然资源局", "执法监察科", new Certificate("14010" + id,
                EnumSet.of(EnforcementKind.PENALTY, EnforcementKind.INSPECTION), "140100", from, to));
    }
}
