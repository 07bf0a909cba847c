package org.sanxiang.store.support;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Another module's stored configuration, read through the configuration admin. Kept apart from
 * {@link ConfigValues}, which stays free of OSGi types so that settings classes load in plain unit tests.
 */
public final class StoredConfiguration {

    private StoredConfiguration() {
    }

    /**
     * What is stored for another module's {@code pid} (each value as text), read without binding that configuration
     * to this bundle; empty when nothing is stored, the configuration admin is absent or the store cannot be read.
     */
    public static Map<String, String> of(BundleContext context, String pid) {
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
}
