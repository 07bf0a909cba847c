package org.sanxiang.routes.credit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A versioned field mapping (e.g. {@code sgs-2021/v1}, {@code legacy-2016/v1}) from the disclosure payload's
 * 双公示 2021 field names to the receiver's field codes, per record type. Shipped mappings live in the
 * bundle ({@code mappings/<name>-<version>.properties}); a file of the same name in the configured mapping
 * directory replaces the shipped one, so an integrator can adjust a mapping without a rebuild.
 */
final class FieldMapping {

    private static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final String fieldSet;
    private final Map<String, List<String[]>> rules;

    private FieldMapping(String fieldSet, Map<String, List<String[]>> rules) {
        this.fieldSet = fieldSet;
        this.rules = rules;
    }

    /**
     * Loads mapping {@code id} ({@code <name>/v<n>}) from {@code dir} when it has the file, else from the bundle.
     */
    static FieldMapping load(String id, String dir) {
        if (id == null || !id.matches("[a-z0-9-]+/v[0-9]+")) {
            throw new IllegalArgumentException("mapping must read <name>/v<n>, e.g. sgs-2021/v1: " + id);
        }
        String file = id.replace('/', '-') + ".properties";
        try {
            if (dir != null && !dir.isBlank() && Files.isRegularFile(Path.of(dir, file))) {
                try (InputStream in = Files.newInputStream(Path.of(dir, file))) {
                    return parse(id, in);
                }
            }
            try (InputStream in = FieldMapping.class.getResourceAsStream("mappings/" + file)) {
                if (in == null) {
                    throw new IllegalArgumentException("no field mapping " + id + " (file " + file + ")");
                }
                return parse(id, in);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("field mapping " + id + " unreadable: " + e.getMessage(), e);
        }
    }

    static FieldMapping parse(String id, InputStream in) throws IOException {
        String fieldSet = null;
        Map<String, List<String[]>> rules = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("mapping " + id + ": not 'key = value': " + line);
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.equals("fieldset")) {
                fieldSet = value;
                continue;
            }
            int dot = key.indexOf('.');
            if (dot < 1 || value.isEmpty()) {
                throw new IllegalArgumentException("mapping " + id + ": not '<record type>.<code> = <field>': " + line);
            }
            rules.computeIfAbsent(key.substring(0, dot), k -> new ArrayList<>())
                    .add(new String[] {key.substring(dot + 1), value});
        }
        if (!id.equals(fieldSet)) {
            throw new IllegalArgumentException("mapping file of " + id + " declares fieldset " + fieldSet);
        }
        return new FieldMapping(fieldSet, rules);
    }

    String fieldSet() {
        return fieldSet;
    }

    /** The receiver's fields (code, value) of a payload, in mapping order; empty values are left out. */
    List<String[]> map(DisclosurePayload payload, String regionCode, Instant sentAt) {
        List<String[]> rulesOfType = rules.get(payload.recordType());
        if (rulesOfType == null) {
            throw new IllegalArgumentException("mapping " + fieldSet + " has no rules for " + payload.recordType());
        }
        List<String[]> out = new ArrayList<>();
        for (String[] rule : rulesOfType) {
            if (rule[0].equals("*")) {
                payload.fields().forEach((name, value) -> add(out, name, value));
                continue;
            }
            String value = switch (rule[1]) {
                case "$sentAt" -> SENT_AT.format(sentAt);
                case "$region" -> regionCode;
                case "$state" -> "REVOKE".equals(payload.action()) ? "1" : "0";
                default -> payload.fields().get(rule[1]);
            };
            add(out, rule[0], value);
        }
        return out;
    }

    private static void add(List<String[]> out, String code, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new String[] {code, value});
        }
    }
}
