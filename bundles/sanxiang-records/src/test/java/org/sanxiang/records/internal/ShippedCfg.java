package org.sanxiang.records.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the shipped {@code etc/org.sanxiang.records.cfg} the way Karaf's FileInstall does: ISO-8859-1,
 * properties lines with backslash continuations, typed values ({@code "string"}, {@code [ "a", "b" ]},
 * {@code I"2"}) with {@code \}uXXXX escapes. Only the subset of the typed format the file uses.
 */
final class ShippedCfg {

    static final Path FILE = Path.of("../../karaf-config/src/main/etc/org.sanxiang.records.cfg");

    private ShippedCfg() {
    }

    /** Key to typed value (String, String[] or Integer), in file order. */
    static Map<String, Object> read() throws IOException {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.ISO_8859_1);
        Map<String, Object> out = new LinkedHashMap<>();
        StringBuilder logical = new StringBuilder();
        for (String line : lines) {
            String l = logical.length() == 0 ? line.strip() : line.stripLeading();
            if (logical.length() == 0 && (l.isEmpty() || l.startsWith("#") || l.startsWith("!"))) {
                continue;
            }
            if (l.endsWith("\\")) {
                logical.append(l, 0, l.length() - 1);
                continue;
            }
            logical.append(l);
            String entry = logical.toString();
            logical.setLength(0);
            int eq = entry.indexOf('=');
            out.put(entry.substring(0, eq).strip(), value(entry.substring(eq + 1).strip()));
        }
        return out;
    }

    private static Object value(String v) {
        if (v.startsWith("I\"")) {
            return Integer.valueOf(v.substring(2, v.length() - 1));
        }
        if (v.startsWith("\"")) {
            int[] pos = {0};
            return quoted(v, pos);
        }
        if (v.startsWith("[") && v.endsWith("]")) {
            List<String> items = new ArrayList<>();
            int[] pos = {1};
            while (true) {
                while (pos[0] < v.length() && " ,\t".indexOf(v.charAt(pos[0])) >= 0) {
                    pos[0]++;
                }
                if (v.charAt(pos[0]) == ']') {
                    return items.toArray(new String[0]);
                }
                items.add(quoted(v, pos));
            }
        }
        throw new IllegalArgumentException("untyped value: " + v);
    }

    private static String quoted(String v, int[] pos) {
        if (v.charAt(pos[0]) != '"') {
            throw new IllegalArgumentException("expected a quoted string at " + pos[0] + ": " + v);
        }
        StringBuilder sb = new StringBuilder();
        int i = pos[0] + 1;
        while (v.charAt(i) != '"') {
            char c = v.charAt(i);
            if (c == '\\') {
                char n = v.charAt(i + 1);
                if (n == 'u') {
                    sb.append((char) Integer.parseInt(v.substring(i + 2, i + 6), 16));
                    i += 6;
                } else {
                    sb.append(n);
                    i += 2;
                }
            } else {
                if (c > 0x7e) {
                    throw new IllegalArgumentException("non-ASCII character in a value (use \\uXXXX): " + v);
                }
                sb.append(c);
                i++;
            }
        }
        pos[0] = i + 1;
        return sb.toString();
    }
}
