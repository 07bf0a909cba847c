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
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services of one type registered now, highest service ranking first, read from a {@link ServiceTracker} at
 * each call: gates and listeners are looked up when a case moves, never from a copy kept by bind callbacks, so a
 * gate registered while this module was activating is not missed.
 *
 * <p>The tracker holds the references only and gets a service object at its first use, not while the tracker
 * opens: a gate whose component refers back to the records (the legal review does) could not be got during the
 * records' own activation (a service factory cycle), and a tracker that tried would silently never track it —
 * the gate would be registered, named as running, and not applied. A service that cannot be got at use is
 * returned as {@code null}; gates then refuse (fail closed).
 */
final class TrackedServices<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrackedServices.class);

    /** A tracked reference and its service object, got at first use. */
    private static final class Held<T> {
        final ServiceReference<T> reference;
        T service;

        Held(ServiceReference<T> reference) {
            this.reference = reference;
        }
    }

    private final BundleContext context;
    private final ServiceTracker<T, Held<T>> tracker;

    TrackedServices(BundleContext context, Class<T> type) {
        this.context = context;
        this.tracker = new ServiceTracker<>(context, type, new ServiceTrackerCustomizer<T, Held<T>>() {
            @Override
            public Held<T> addingService(ServiceReference<T> reference) {
                return new Held<>(reference);
            }

            @Override
            public void modifiedService(ServiceReference<T> reference, Held<T> held) {
                // the properties are read from the reference at each use
            }

            @Override
            public void removedService(ServiceReference<T> reference, Held<T> held) {
                synchronized (held) {
                    if (held.service != null) {
                        held.service = null;
                        context.ungetService(reference);
                    }
                }
            }
        });
        this.tracker.open();
    }

    /** The services, highest ranking first (then lowest service id); one that cannot be got is left out. */
    List<T> services() {
        List<T> out = new ArrayList<>();
        for (ServiceReference<T> ref : references()) {
            T service = service(ref);
            if (service != null) {
                out.add(service);
            }
        }
        return out;
    }

    /**
     * The services with the values of two string properties (e.g. a gate's name and requirement), highest ranking
     * first; a missing property gives an empty string, a service that cannot be got a {@code null} service.
     */
    List<NamedGate<T>> named(String nameProperty, String requirementProperty) {
        List<NamedGate<T>> out = new ArrayList<>();
        for (ServiceReference<T> ref : references()) {
            out.add(new NamedGate<>(text(ref.getProperty(nameProperty)), text(ref.getProperty(requirementProperty)),
                    service(ref)));
        }
        return out;
    }

    private T service(ServiceReference<T> ref) {
        Held<T> held = tracker.getService(ref);
        if (held == null) {
            return null;
        }
        synchronized (held) {
            if (held.service == null) {
                try {
                    held.service = context.getService(ref);
                } catch (RuntimeException e) {
                    LOG.warn("Service {} (id {}) cannot be used now: {}", ref.getProperty("objectClass") instanceof
                            String[] ? String.join(",", (String[]) ref.getProperty("objectClass")) : "",
                            ref.getProperty("service.id"), e.getMessage());
                }
            }
            return held.service;
        }
    }

    private static String text(Object v) {
        if (v instanceof String[]) {
            return String.join(",", (String[]) v);
        }
        return v == null ? "" : v.toString();
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
