package org.sanxiang.routes.common;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
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

    private final Supplier<BundleContext> context;
    private final Class<T> type;

    public ServiceAtUse(BundleContext context, Class<T> type) {
        this(() -> context, type);
    }

    private ServiceAtUse(Supplier<BundleContext> context, Class<T> type) {
        this.context = context;
        this.type = type;
    }

    /**
     * The service looked up with the bundle context that the bundle which loaded {@code owner} has at the time of
     * use (a context is valid only while its bundle runs: a restart of that bundle gives it a new one, and objects of
     * other bundles that hold one of its classes outlive the restart); absent while that bundle is stopped, and
     * outside OSGi (unit tests).
     */
    public static <T> OptionalService<T> forBundleOf(Class<?> owner, Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(owner);
        return bundle == null ? OptionalService.of(null) : new ServiceAtUse<>(bundle::getBundleContext, type);
    }

    /** Applies {@code work} to the service registered now; empty when none is (or it cannot be got). */
    @Override
    public <R> Optional<R> apply(Function<T, R> work) {
        BundleContext context = this.context.get();
        if (context == null) {
            return Optional.empty();
        }
        Collection<ServiceReference<T>> refs;
        try {
            refs = context.getServiceReferences(type, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IllegalStateException e) {
            return Optional.empty(); // the bundle stopped since
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
        BundleContext context = this.context.get();
        if (context == null) {
            return false;
        }
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
