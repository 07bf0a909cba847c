package org.sanxiang.store.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a module's configuration as operators write them in {@code etc/<pid>.cfg}: paths with
 * {@code ${karaf.data}} or another system property, comma lists, positive numbers. A malformed value is an
 * {@link IllegalArgumentException} whose message names the key and the PID, so that the start fails with it.
 * Plain Java: a module's settings class and its unit tests use it without an OSGi framework on the class path
 * ({@link StoredConfiguration} reads another module's stored configuration).
 */
public final class ConfigValues {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private ConfigValues() {
    }

    /** A directory or file, every {@code ${name}} replaced by that system property. */
    public static Path path(String pid, String key, String configured) {
        String value = required(pid, key, configured);
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = System.getProperty(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException(key + " " + value + " refers to the unset system property "
                        + m.group(1) + ": configure " + key + " in " + pid);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return Path.of(out.toString());
    }

    /** The value without surrounding blanks; refused when empty. */
    public static String required(String pid, String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must be set (" + pid + ")");
        }
        return value.strip();
    }

    /** A whole number greater than zero. */
    public static long positive(String pid, String key, String value) {
        String v = required(pid, key, value);
        try {
            long n = Long.parseLong(v);
            if (n <= 0) {
                throw new IllegalArgumentException(key + " must be positive (" + pid + "): " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number (" + pid + "): " + v, e);
        }
    }

    /** The non-blank parts of a list, stripped, in order; none for {@code null}. */
    public static List<String> list(String value, String separator) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(Pattern.quote(separator))) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
