package org.sanxiang.review.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code etc/org.sanxiang.review.cfg}, read as FileInstall reads it (ISO-8859-1, typed values,
 * backslash continuations, {@code \}uXXXX escapes), sets every key and yields exactly the built-in defaults.
 */
class ShippedConfigTest {

    private static final Path FILE = Path.of("../../karaf-config/src/main/etc/org.sanxiang.review.cfg");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Key (as the config annotation's method name) to typed value. */
    private static Map<String, Object> read() throws IOException {
        Map<String, Object> out = new HashMap<>();
        StringBuilder logical = new StringBuilder();
        for (String line : Files.readAllLines(FILE, StandardCharsets.ISO_8859_1)) {
            String l = line.strip();
            if (logical.length() == 0 && (l.isEmpty() || l.startsWith("#"))) {
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
            String key = entry.substring(0, eq).strip().replace('.', '_');
            String v = entry.substring(eq + 1).strip();
            List<String> strings = new ArrayList<>();
            Matcher m = QUOTED.matcher(v);
            while (m.find()) {
                strings.add(unescape(m.group(1)));
            }
            if (v.startsWith("I\"")) {
                out.put(key, Integer.valueOf(strings.get(0)));
            } else if (v.startsWith("[")) {
                out.put(key, strings.toArray(new String[0]));
            } else {
                out.put(key, strings.get(0));
            }
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertTrue(c < 0x7f, "non-ASCII character in a value: " + s);
            if (c == '\\' && s.charAt(i + 1) == 'u') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void theShippedFileSetsEveryKeyToItsDefault() throws Exception {
        Map<String, Object> shipped = read();
        for (Method m : ReviewConfig.class.getDeclaredMethods()) {
            assertTrue(shipped.containsKey(m.getName()), "the shipped file sets " + m.getName());
        }
        assertEquals(ReviewConfig.class.getDeclaredMethods().length, shipped.size());
        assertEquals(Fixtures.settings(), ReviewSettings.of(Fixtures.config(shipped)));
        assertEquals("政策法规科", shipped.get("legal_office"));
    }
}
