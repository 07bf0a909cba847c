package org.sanxiang.routes.recorder;

import java.util.Dictionary;
import java.util.Hashtable;
import javax.servlet.Servlet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the {@link UploadServlet} under an alias (Karaf's Pax Web, port 8181) on the Http Whiteboard, in its
 * shared default context. Through the Http Service it had a context of this bundle's own, and Pax Web restarts the
 * whole root web context when such a context comes or goes: every restart of this bundle made each other path of the
 * hub (the SOAP services under /cxf, the portal, /metrics) answer the web container's 404 for a moment.
 */
public final class HttpRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRegistration.class);

    private final BundleContext context;
    private final UploadServlet servlet;
    private final String alias;
    private ServiceRegistration<Servlet> registration;

    public HttpRegistration(BundleContext context, UploadServlet servlet, String alias) {
        this.context = context;
        this.servlet = servlet;
        this.alias = alias;
    }

    public synchronized void register() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("osgi.http.whiteboard.servlet.name", "sanxiang-recorder-upload");
        props.put("osgi.http.whiteboard.servlet.pattern", alias + "/*");
        props.put("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=default)");
        registration = context.registerService(Servlet.class, servlet, props);
        LOG.info("recorder HTTP push listening at {}/media", alias);
    }

    public synchronized void unregister() {
        if (registration == null) {
            return;
        }
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            LOG.debug("{} was withdrawn with the bundle", alias);
        }
        registration = null;
    }
}
