package org.sanxiang.routes.common;

import java.util.HashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.validate.Validator;

/**
 * Configures a SOAP endpoint served through Camel (endpoint option {@code cxfConfigurer=#bean}): the
 * request body is captured and hashed for the journal ({@link PayloadCapture}, with a size limit), and a
 * WS-Security UsernameToken is required and validated against the {@link ClientRegistry} with one role;
 * faults get a stable code and a Chinese message ({@link FaultTranslator}).
 */
public final class SoapEndpointSecurity implements CxfConfigurer {

    private final ClientRegistry registry;
    private final String endpointName;
    private final String requiredRole;
    private final long maxRequestBytes;

    public SoapEndpointSecurity(ClientRegistry registry, String endpointName, String requiredRole,
                                long maxRequestBytes) {
        this.registry = registry;
        this.endpointName = endpointName;
        this.requiredRole = requiredRole;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void configure(AbstractWSDLBasedEndpointFactory factory) {
        Map<String, Object> properties = factory.getProperties();
        if (properties == null) {
            properties = new HashMap<>();
            factory.setProperties(properties);
        }
        properties.put("schema-validation-enabled", "true");
        factory.getInInterceptors().add(new PayloadCapture(maxRequestBytes));
        factory.getInInterceptors().add(usernameToken());
        factory.getOutFaultInterceptors().add(new FaultTranslator(endpointName));
    }

    private WSS4JInInterceptor usernameToken() {
        Map<String, Object> props = new HashMap<>();
        props.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        props.put(ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_TEXT);
        Map<QName, Validator> validators = new HashMap<>();
        validators.put(WSConstants.USERNAME_TOKEN, new UsernameTokenAuthenticator(registry, endpointName, requiredRole));
        props.put(WSS4JInInterceptor.VALIDATOR_MAP, validators);
        return new WSS4JInInterceptor(props);
    }

    @Override
    public void configureClient(Client client) {
        // server-side configurer: nothing to add to clients
    }

    @Override
    public void configureServer(Server server) {
        // everything is set on the factory before the server is created
    }
}
