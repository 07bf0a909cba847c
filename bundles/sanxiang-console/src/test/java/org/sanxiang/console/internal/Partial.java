package org.sanxiang.console.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A large service interface (case records, publications, legal review) implemented by a small in-test class that
 * has only the methods a command calls, with the interface's exact signatures. Every method of {@code impl} must be
 * one of the interface (a misspelt one fails at once); an abstract method {@code impl} does not have throws
 * {@link UnsupportedOperationException} naming it, so a command calling something the test did not expect fails;
 * default methods run as the interface defines them. Not a mocking library: no recording, no matching, fixed data.
 */
public final class Partial {

    private Partial() {
    }

    public static <T> T of(Class<T> service, Object impl) {
        Map<Method, Method> calls = new HashMap<>();
        for (Method m : impl.getClass().getDeclaredMethods()) {
            if (m.isSynthetic() || Modifier.isPrivate(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Method declared;
            try {
                declared = service.getMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(impl.getClass().getSimpleName() + "." + m.getName()
                        + Arrays.toString(m.getParameterTypes()) + " is not a method of " + service.getName(), e);
            }
            if (!declared.getReturnType().isAssignableFrom(m.getReturnType())) {
                throw new IllegalArgumentException(impl.getClass().getSimpleName() + "." + m.getName() + " returns "
                        + m.getReturnType().getName() + ", " + service.getSimpleName() + " returns "
                        + declared.getReturnType().getName());
            }
            m.setAccessible(true);
            calls.put(declared, m);
        }
        InvocationHandler handler = (proxy, method, args) -> {
            Method m = calls.get(method);
            if (m != null) {
                try {
                    return m.invoke(impl, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> service.getSimpleName() + " of " + impl.getClass().getSimpleName();
                };
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new UnsupportedOperationException(service.getSimpleName() + "." + method.getName()
                    + " is not part of this test");
        };
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, handler));
    }
}
