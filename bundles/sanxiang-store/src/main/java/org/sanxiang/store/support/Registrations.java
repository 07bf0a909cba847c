package org.sanxiang.store.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The one way a module's component offers its services: the object that does the work is registered itself under
 * the interfaces it implements (no forwarding class in between), and everything registered is withdrawn at once, in
 * the reverse order, when the component deactivates. A component builds its services at activation
 * ({@code new RecordsService(...)}), then {@code registrations.add(service, properties, CaseRecords.class, ...)}.
 */
public final class Registrations implements AutoCloseable {

    private final BundleContext context;
    private final Deque<ServiceRegistration<?>> registered = new ArrayDeque<>();

    public Registrations(BundleContext context) {
        this.context = context;
    }

    /** Registers {@code service} under {@code types}, each of which it must implement; returns this, to chain. */
    public synchronized Registrations add(Object service, Map<String, ?> properties, Class<?>... types) {
        if (types.length == 0) {
            throw new IllegalArgumentException("no service interface named for " + service.getClass().getName());
        }
        String[] names = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            if (!types[i].isInstance(service)) {
                throw new IllegalArgumentException(service.getClass().getName() + " does not implement "
                        + types[i].getName());
            }
            names[i] = types[i].getName();
        }
        Dictionary<String, Object> props = new Hashtable<>();
        properties.forEach(props::put);
        registered.push(context.registerService(names, service, props));
        return this;
    }

    /** {@link #add(Object, Map, Class[])} without service properties. */
    public Registrations add(Object service, Class<?>... types) {
        return add(service, Map.of(), types);
    }

    /** Withdraws every registration, the last first; one already gone (bundle stopping) is skipped. */
    @Override
    public synchronized void close() {
        while (!registered.isEmpty()) {
            try {
                registered.pop().unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework withdrew it with the bundle
            }
        }
    }
}
