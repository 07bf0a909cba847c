package org.sanxiang.api.disclosure;

import java.util.List;

/**
 * A publication step was refused (公示操作被拒绝): the message says why in Chinese; for a record that
 * fails validation {@link #violations()} lists every problem. Nothing was changed.
 */
public class PublicationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public PublicationRefusedException(String message) {
        this(message, List.of());
    }

    public PublicationRefusedException(String message, List<Violation> violations) {
        super(violations.isEmpty() ? message : message + ": " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
