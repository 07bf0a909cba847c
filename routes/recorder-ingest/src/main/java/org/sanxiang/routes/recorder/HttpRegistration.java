package org.sanxiang.routes.recorder;

import javax.servlet.ServletException;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers the {@link UploadServlet} on the OSGi HTTP service (Karaf's Pax Web, port 8181) under an alias. */
public final class HttpRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRegistration.class);

    private final HttpService http;
    private final UploadServlet servlet;
    private final String alias;

    public HttpRegistration(HttpService http, UploadServlet servlet, String alias) {
        this.http = http;
        this.servlet = servlet;
        this.alias = alias;
    }

    public void register() throws ServletException, NamespaceException {
        http.registerServlet(alias, servlet, null, null);
        LOG.info("recorder HTTP push listening at {}/media", alias);
    }

    public void unregister() {
        try {
            http.unregister(alias);
        } catch (IllegalArgumentException e) {
            LOG.debug("{} was not registered", alias);
        }
    }
}
