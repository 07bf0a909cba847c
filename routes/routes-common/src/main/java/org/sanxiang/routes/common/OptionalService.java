package org.sanxiang.routes.common;

import java.util.Optional;
import java.util.function.Function;

/** A service of another module that may be absent: work is applied to it when it is there. */
public interface OptionalService<T> {

    /** Applies {@code work} to the service; empty when it is absent. */
    <R> Optional<R> apply(Function<T, R> work);

    /** A fixed service, or an absent one for {@code null}. */
    static <T> OptionalService<T> of(T service) {
        return new OptionalService<>() {
            @Override
            public <R> Optional<R> apply(Function<T, R> work) {
                return service == null ? Optional.empty() : Optional.ofNullable(work.apply(service));
            }
        };
    }
}
