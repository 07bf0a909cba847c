package org.sanxiang.portal.internal;

/** A request the portal answers with an error page: the HTTP status and a Chinese sentence for the reader. */
final class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;

    PortalException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static PortalException notFound(String what) {
        return new PortalException(404, what);
    }

    static PortalException badRequest(String what) {
        return new PortalException(400, what);
    }

    static PortalException unavailable(String what) {
        return new PortalException(503, what);
    }
}
