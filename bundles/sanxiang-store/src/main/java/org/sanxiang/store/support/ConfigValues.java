package org.sanxiang.store.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The values of a module's configuration as operators write them in {@code etc/<pid>.cfg}: paths with
 * {@code ${karaf.data}} or another system property, comma lists, positive numbers. A malformed value is an
 * {@link IllegalArgumentException} whose message names the key and the PID, so that the start fails with it.
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

    /**
     * What is stored for another module's {@code pid} (each value as text), read without binding that configuration
     * to this bundle; empty when nothing is stored, the configuration admin is absent or the store cannot be read.
     */
    public static Map<String, String> stored(BundleContext context, String pid) {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        ConfigurationAdmin admin = ref == null ? null : context.getService(ref);
        if (admin == null) {
            return Map.of();
        }
        try {
            Configuration[] found = admin.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
            Dictionary<String, Object> p = found == null || found.length == 0 ? null : found[0].getProperties();
            Map<String, String> out = new HashMap<>();
            for (String key : p == null ? List.<String>of() : Collections.list(p.keys())) {
                out.put(key, String.valueOf(p.get(key)));
            }
            return out;
        } catch (IOException | InvalidSyntaxException e) {
            return Map.of();
        } finally {
            context.ungetService(ref);
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
