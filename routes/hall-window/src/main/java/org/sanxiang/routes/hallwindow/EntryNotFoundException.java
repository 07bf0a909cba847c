package org.sanxiang.routes.hallwindow;

import org.sanxiang.api.domain.NotFound;

/** What was asked for does not exist (answered as {@code SX-NOTFOUND} with this Chinese message). */
final class EntryNotFoundException extends IllegalArgumentException implements NotFound {

    private static final long serialVersionUID = 1L;

    EntryNotFoundException(String message) {
        super(message);
    }
}
