package org.sanxiang.records.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The services of one type registered now, highest service ranking first, read from a {@link ServiceTracker} at
 * each call: gates and listeners are looked up when a case moves, never from a copy kept by bind callbacks, so a
 * gate registered while this module was activating is not missed.
 */
final class TrackedServices<T> implements AutoCloseable {

    private final ServiceTracker<T, T> tracker;

    TrackedServices(BundleContext context, Class<T> type) {
        this.tracker = new ServiceTracker<>(context, type, null);
        this.tracker.open();
    }

    /** The services, highest ranking first (then lowest service id). */
    List<T> services() {
        List<T> out = new ArrayList<>();
        for (ServiceReference<T> ref : references()) {
            T service = tracker.getService(ref);
            if (service != null) {
                out.add(service);
            }
        }
        return out;
    }

    /** The values of a string service property of the services registered now. */
    Set<String> names(String property) {
        Set<String> out = new TreeSet<>();
        for (ServiceReference<T> ref : references()) {
            Object v = ref.getProperty(property);
            if (v instanceof String) {
                out.add((String) v);
            } else if (v instanceof String[]) {
                out.addAll(Arrays.asList((String[]) v));
            }
        }
        return out;
    }

    private List<ServiceReference<T>> references() {
        ServiceReference<T>[] refs = tracker.getServiceReferences();
        if (refs == null) {
            return List.of();
        }
        List<ServiceReference<T>> sorted = new ArrayList<>(Arrays.asList(refs));
        sorted.sort(Collections.reverseOrder());
        return sorted;
    }

    @Override
    public void close() {
        tracker.close();
    }
}
