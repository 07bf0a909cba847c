package org.sanxiang.metrics.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sanxiang.api.metrics.HubMeters;
import org.sanxiang.routes.common.FaultTranslator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a SOAP caller gets while one of the hub's services is away (its route bundle restarting, redeployed or
 * stopped): CXF answers such a request with an HTML page "No service was found." and HTTP 404, which a legacy system
 * reads as a wrong address and does not retry. In front of CXF's servlet, this filter answers a POST to an address
 * that CXF has published since the hub started, and that it does not hold now, with the SOAP 1.1 fault
 * {@code SX-UNAVAILABLE} (retriable: "try again with the same request id"; HTTP 500 as SOAP 1.1 requires, and
 * {@code Retry-After}). An address never published keeps CXF's 404: a wrong URL stays a wrong URL. What is published
 * is read from CXF's own {@link DestinationRegistry} (the OSGi service of its HTTP transport).
 *
 * <p>It lives in this bundle, not beside the routes, so that it stays while any route bundle (the shared one
 * included) is redeployed. Pax Web keeps one Http Service context per bundle and a whiteboard filter joins the
 * context of the bundle that registers it; so the filter is registered through the bundle context of CXF's transport
 * bundle, whose context holds the {@code /cxf} servlet, and withdrawn with this component. Each such answer is counted
 * in {@code sanxiang_soap_requests} with the address as endpoint, operation {@code -} and outcome
 * {@code SX-UNAVAILABLE}.
 */
@Component(immediate = true)
public final class ServiceAwayFilter implements Filter {

    static final String FAULT_TEXT = "服务暂不可用（正在重新部署或尚未启动），请稍后用同一请求编号重试 / the service is "
            + "temporarily unavailable (being redeployed or not started), retry with the same request id";
    private static final Logger LOG = LoggerFactory.getLogger(ServiceAwayFilter.class);
    private static final String SERVLET_PATH = "/cxf";

    private final BundleContext own;
    private final ServiceReference<DestinationRegistry> cxf;
    private final DestinationRegistry destinations;
    /** Addresses (paths under /cxf) CXF has published since this component started. */
    private final Set<String> published = ConcurrentHashMap.newKeySet();
    private final AtomicLong answeredAway = new AtomicLong();
    private final ServiceRegistration<Filter> registration;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HubMeters meters;

    @Activate
    public ServiceAwayFilter(@Reference(service = DestinationRegistry.class) ServiceReference<DestinationRegistry> cxf,
                             BundleContext own) {
        this.own = own;
        this.cxf = cxf;
        this.destinations = own.getService(cxf);
        published.addAll(destinations.getDestinationsPaths());
        BundleContext transport = cxf.getBundle().getBundleContext();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("osgi.http.whiteboard.filter.name", "sanxiang-service-away");
        props.put("osgi.http.whiteboard.filter.pattern", SERVLET_PATH + "/*");
        props.put("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.httpservice=*)");
        this.registration = transport.registerService(Filter.class, this, props);
        LOG.info("SOAP calls to an address of the hub that is away are answered SX-UNAVAILABLE (addresses now: {})",
                published);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            LOG.debug("the filter went with CXF's transport bundle");
        }
        own.ungetService(cxf);
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // the addresses stay known while this component lives
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException,
            ServletException {
        if (!(req instanceof HttpServletRequest) || !(res instanceof HttpServletResponse)
                || !"POST".equals(((HttpServletRequest) req).getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getPathInfo();
        published.addAll(destinations.getDestinationsPaths());
        AbstractHTTPDestination destination = path == null ? null : destinations.getDestinationForPath(path, true);
        // a destination without its observer is a server being built or torn down: CXF answers it with 404 too
        if (path == null || destination != null && destination.getMessageObserver() != null
                || !published.contains(path)) {
            chain.doFilter(req, res);
            return;
        }
        HubMeters m = meters;
        if (m != null) {
            m.soapCall(SERVLET_PATH + path, "-", "SX-UNAVAILABLE", 0);
        }
        long n = answeredAway.incrementAndGet();
        if (n == 1 || n % 100 == 0) {
            LOG.warn("SOAP request to {}{} answered SX-UNAVAILABLE: no service at that address now (bundle restarting "
                    + "or stopped; {} such answers since start)", SERVLET_PATH, path, n);
        }
        byte[] body = fault().getBytes(StandardCharsets.UTF_8);
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setHeader("Retry-After", "5");
        response.setContentType("text/xml; charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The fault as the hub's endpoints answer it ({@link FaultTranslator}: code in the text and in the detail). */
    static String fault() {
        String code = FaultTranslator.Code.SX_UNAVAILABLE.code();
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Server</faultcode><faultstring>" + code + ": " + FAULT_TEXT
                + "</faultstring><detail><sx:code xmlns:sx=\"" + FaultTranslator.NS + "\">" + code + "</sx:code></detail>"
                + "</soap:Fault></soap:Body></soap:Envelope>";
    }
}
