package org.sanxiang.portal.internal;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.ServletException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.osgi.service.metatype.annotations.Designate;
import org.sanxiang.api.disclosure.Inspections;
import org.sanxiang.api.disclosure.Publications;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.statistics.AnnualStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public disclosure portal (统一公示平台) on the hub's HTTP service, under {@code path} (default
 * {@code /portal}). It needs the disclosure module (registers, publications, draws); the annual report appears
 * when the statistics module runs, and says 未接入 while it does not.
 */
@Component(service = {}, configurationPid = "org.sanxiang.portal", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true)
@Designate(ocd = PortalConfig.class)
public class PortalComponent {

    private static final Logger LOG = LoggerFactory.getLogger(PortalComponent.class);

    private final HttpService http;
    private final String alias;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AnnualStatistics statistics;

    @Activate
    public PortalComponent(@Reference HttpService http, @Reference Registers registers,
                           @Reference Publications publications, @Reference Inspections inspections,
                           PortalConfig config) throws ServletException, NamespaceException, IOException {
        this.http = http;
        this.alias = config.path().endsWith("/") && config.path().length() > 1
                ? config.path().substring(0, config.path().length() - 1) : config.path();
        PortalServlet servlet = new PortalServlet(registers, publications, inspections,
                () -> Optional.ofNullable(statistics), config);
        http.registerServlet(alias, servlet, null, null);
        LOG.info("Public disclosure portal (统一公示平台) at {}/ — open data at {}/data", alias, alias);
    }

    @Deactivate
    void deactivate() {
        try {
            http.unregister(alias);
        } catch (IllegalArgumentException e) {
            LOG.debug("{} was not registered", alias);
        }
    }
}
