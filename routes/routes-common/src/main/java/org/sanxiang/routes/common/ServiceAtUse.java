package org.sanxiang.routes.common;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * An optional service of another module, looked up in the registry each time it is used (the highest-ranked one
 * registered then) and released after: for a route bundle that works with or without the module. Unlike a
 * Blueprint optional reference, it cannot miss a service that registered while the route bundle was starting
 * (Blueprint then never binds it until the bundle restarts), and it says "absent" with an empty result instead of
 * an exception to be recognised.
 */
public final class ServiceAtUse<T> implements OptionalService<T> {

    private final BundleContext context;
    private final Class<T> type;

    public ServiceAtUse(BundleContext context, Class<T> type) {
        this.context = context;
        this.type = type;
    }

    /**
     * The service looked up with the bundle context of the bundle that loaded {@code owner}; absent outside OSGi
     * (unit tests).
     */
    public static <T> OptionalService<T> forBundleOf(Class<?> owner, Class<T> type) {
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(owner);
        return bundle == null || bundle.getBundleContext() == null ? OptionalService.of(null)
                : new ServiceAtUse<>(bundle.getBundleContext(), type);
    }

    /** Applies {@code work} to the service registered now; empty when none is (or it cannot be got). */
    @Override
    public <R> Optional<R> apply(Function<T, R> work) {
        Collection<ServiceReference<T>> refs;
        try {
            refs = context.getServiceReferences(type, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        Optional<ServiceReference<T>> best = refs.stream().max(ServiceReference::compareTo);
        if (best.isEmpty()) {
            return Optional.empty();
        }
        T service = context.getService(best.get());
        if (service == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.apply(service));
        } finally {
            context.ungetService(best.get());
        }
    }

    /** Whether such a service is registered now. */
    public boolean present() {
        try {
            return !context.getServiceReferences(type, null).isEmpty();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "service " + type.getName() + " at use";
    }
}
