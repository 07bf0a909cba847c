package org.sanxiang.demo.internal;

/** A step of the demo that did not go through: the step and what the hub answered. */
final class DemoException extends Exception {

    private static final long serialVersionUID = 1L;

    DemoException(String message) {
        super(message);
    }

    DemoException(String message, Throwable cause) {
        super(message, cause);
    }
}
