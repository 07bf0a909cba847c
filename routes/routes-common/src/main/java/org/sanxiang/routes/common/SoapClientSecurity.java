package org.sanxiang.routes.common;

import java.util.HashMap;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.handler.WSHandlerConstants;

/**
 * The hub as a SOAP client ({@code cxfConfigurer=#bean} on a CXF producer endpoint) of an outside party — a
 * receiver of the delivery adapters, an information screen: a WS-Security UsernameToken with PasswordText, nonce
 * and creation time (so the other side can refuse replays; reach it over TLS with an https URL), and connect and
 * receive timeouts, so that a slow or dead party fails the attempt (retried later) instead of holding the route.
 * Without a user the calls carry no token.
 */
public final class SoapClientSecurity implements CxfConfigurer {

    private final String user;
    private final String password;
    private final long connectTimeoutMillis;
    private final long receiveTimeoutMillis;

    public SoapClientSecurity(String user, String password, long connectTimeoutMillis, long receiveTimeoutMillis) {
        this.user = user;
        this.password = password;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.receiveTimeoutMillis = receiveTimeoutMillis;
    }

    /** Whether user and password are set (the delivery adapters call no receiver without them). */
    public boolean configured() {
        return user != null && !user.isBlank() && password != null && !password.isBlank();
    }

    @Override
    public void configure(AbstractWSDLBasedEndpointFactory factory) {
        if (user == null || user.isBlank()) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put(WSHandlerConstants.ACTION, WSHandlerConstants.USERNAME_TOKEN);
        props.put(WSHandlerConstants.USER, user);
        props.put(WSHandlerConstants.PASSWORD_TYPE, "PasswordText");
        props.put(WSHandlerConstants.ADD_USERNAMETOKEN_NONCE, "true");
        props.put(WSHandlerConstants.ADD_USERNAMETOKEN_CREATED, "true");
        props.put(WSHandlerConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof WSPasswordCallback pc && user.equals(pc.getIdentifier())) {
                    pc.setPassword(password);
                }
            }
        });
        factory.getOutInterceptors().add(new WSS4JOutInterceptor(props));
    }

    @Override
    public void configureClient(Client client) {
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(connectTimeoutMillis);
        policy.setReceiveTimeout(receiveTimeoutMillis);
        policy.setAllowChunking(false);
        ((HTTPConduit) client.getConduit()).setClient(policy);
    }

    @Override
    public void configureServer(Server server) {
        // a client-side configurer
    }
}
