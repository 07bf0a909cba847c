package org.sanxiang.routes.hallwindow;

/** What was asked for does not exist (answered as {@code SX-NOTFOUND} with this Chinese message). */
final class EntryNotFoundException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    EntryNotFoundException(String message) {
        super(message);
    }
}
