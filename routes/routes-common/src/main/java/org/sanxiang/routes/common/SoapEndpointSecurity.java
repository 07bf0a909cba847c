package org.sanxiang.routes.common;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.camel.component.cxf.jaxws.CxfConfigurer;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.frontend.AbstractWSDLBasedEndpointFactory;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.message.token.Timestamp;
import org.apache.wss4j.dom.validate.Validator;
import org.sanxiang.api.journal.NonceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configures a SOAP endpoint served through Camel (endpoint option {@code cxfConfigurer=#bean}): the
 * request body is captured and hashed for the journal ({@link PayloadCapture}, with a size limit), and a
 * WS-Security UsernameToken is required and validated against the {@link ClientRegistry} with one role
 * (or one of several, comma-separated); faults get a stable code and a Chinese message
 * ({@link FaultTranslator}).
 *
 * <p>Optional hardening, set as bean properties: replay protection ({@link #setReplayWindowSeconds}: tokens
 * must carry a nonce and a creation time and are accepted once) and explicit parser limits (element depth,
 * child elements, element count, text length — CXF's {@code org.apache.cxf.stax.*} properties). DTDs are
 * refused by CXF's parser in any case.
 */
public final class SoapEndpointSecurity implements CxfConfigurer {

    private final ClientRegistry registry;
    private final String endpointName;
    private final String requiredRole;
    private final long maxRequestBytes;
    private int replayWindowSeconds;
    private int maxElementDepth;
    private int maxChildElements;
    private long maxElementCount;
    private int maxTextLength;
    private NonceCache nonces;
    private NonceRegistry nonceRegistry;

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
        if (maxElementDepth > 0) {
            properties.put("org.apache.cxf.stax.maxElementDepth", maxElementDepth);
        }
        if (maxChildElements > 0) {
            properties.put("org.apache.cxf.stax.maxChildElements", maxChildElements);
        }
        if (maxElementCount > 0) {
            properties.put("org.apache.cxf.stax.maxElementCount", maxElementCount);
        }
        if (maxTextLength > 0) {
            properties.put("org.apache.cxf.stax.maxTextLength", maxTextLength);
        }
        // the authenticator keeps the nonces (and logs replays); WSS4J's own caches would refuse them first, and
        // they live in EhCache, which a redeployed bundle cannot read any more
        properties.put("ws-security.enable.nonce.cache", "false");
        properties.put("ws-security.enable.timestamp.cache", "false");
        factory.getInInterceptors().add(new PayloadCapture(maxRequestBytes));
        factory.getInInterceptors().add(usernameToken());
        factory.getOutFaultInterceptors().add(new FaultTranslator(endpointName));
        SoapMeter meter = new SoapMeter(endpointName);
        factory.getOutInterceptors().add(meter);
        factory.getOutFaultInterceptors().add(meter);
    }

    private WSS4JInInterceptor usernameToken() {
        Map<String, Object> props = new HashMap<>();
        props.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        props.put(ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_TEXT);
        // a wsu:Timestamp (the default of many toolkits) is checked: Created not in the future beyond 60 s, not
        // expired, and not older than the replay window
        int window = replayWindowSeconds > 0 ? replayWindowSeconds : 300;
        props.put(ConfigurationConstants.TTL_TIMESTAMP, String.valueOf(window));
        props.put(ConfigurationConstants.TTL_FUTURE_TIMESTAMP, "60");
        props.put(ConfigurationConstants.TIMESTAMP_STRICT, "true");
        Map<QName, Validator> validators = new HashMap<>();
        validators.put(WSConstants.USERNAME_TOKEN, new UsernameTokenAuthenticator(registry, endpointName, requiredRole,
                nonceCache()));
        props.put(WSS4JInInterceptor.VALIDATOR_MAP, validators);
        return new UsernameTokenInInterceptor(props, endpointName, nonceCache());
    }

    /**
     * WSS4J's inbound interceptor that requires a UsernameToken and also accepts a wsu:Timestamp beside it (checked
     * by WSS4J as configured); any other security element (a signature, an encrypted key) is refused. A token
     * without a nonce or a creation time (left by the authenticator, {@link UsernameTokenAuthenticator#REPLAY_PENDING})
     * is fresh only with a Timestamp: its Created is the request's time and the request is accepted once — keyed by
     * the token's nonce if it has one, else by the SHA-256 of the whole request as received (which holds the
     * Timestamp): the same bytes sent again inside the window are a replay.
     */
    static final class UsernameTokenInInterceptor extends WSS4JInInterceptor {

        private static final Logger LOG = LoggerFactory.getLogger(SoapEndpointSecurity.class);

        private final String endpoint;
        private final NonceCache nonces;

        UsernameTokenInInterceptor(Map<String, Object> properties, String endpoint, NonceCache nonces) {
            super(properties);
            this.endpoint = endpoint;
            this.nonces = nonces;
        }

        @Override
        protected void checkActions(SoapMessage message, List<WSSecurityEngineResult> results, List<Integer> actions)
                throws WSSecurityException {
            boolean token = false;
            Timestamp timestamp = null;
            for (WSSecurityEngineResult r : results) {
                Object action = r.get(WSSecurityEngineResult.TAG_ACTION);
                if (Integer.valueOf(WSConstants.UT).equals(action)) {
                    token = true;
                } else if (Integer.valueOf(WSConstants.TS).equals(action)) {
                    timestamp = (Timestamp) r.get(WSSecurityEngineResult.TAG_TIMESTAMP);
                } else {
                    throw new WSSecurityException(WSSecurityException.ErrorCode.INVALID_SECURITY);
                }
            }
            if (!token) {
                throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
            }
            Object pending = message.get(UsernameTokenAuthenticator.REPLAY_PENDING);
            if (pending instanceof UsernameTokenAuthenticator.PendingReplayCheck p && nonces != null) {
                NonceCache.Verdict verdict = freshness(p, timestamp, (String) message.get(PayloadCapture.SHA256));
                if (verdict == NonceCache.Verdict.UNAVAILABLE) {
                    LOG.error("SOAP {}: request of user '{}' refused: the nonce registry (the hub's database) could not "
                            + "tell whether it was received before", endpoint, p.user());
                    throw NonceCache.unavailable();
                }
                if (verdict != NonceCache.Verdict.FRESH) {
                    LOG.warn("SOAP {}: request of user '{}' refused: {} (token without {}; Timestamp created {})",
                            endpoint, p.user(), verdict == NonceCache.Verdict.REPLAYED ? "REPLAYED request (重放)"
                                    : verdict, p.nonce() == null ? "nonce" : "creation time",
                            timestamp == null ? "none" : timestamp.getCreatedString());
                    throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
                }
            }
        }

        private NonceCache.Verdict freshness(UsernameTokenAuthenticator.PendingReplayCheck p, Timestamp timestamp,
                String payloadSha256) {
            if (timestamp == null || timestamp.getCreated() == null) {
                return p.nonce() == null ? NonceCache.Verdict.NO_NONCE : NonceCache.Verdict.NO_CREATED;
            }
            String key = p.nonce() != null && !p.nonce().isBlank() ? p.nonce()
                    : payloadSha256 == null ? null : "request-sha256:" + payloadSha256;
            return nonces.check(p.user(), key, timestamp.getCreated(), Instant.now());
        }
    }

    private synchronized NonceCache nonceCache() {
        if (replayWindowSeconds <= 0) {
            return null;
        }
        if (nonces == null) {
            nonces = new NonceCache(Duration.ofSeconds(replayWindowSeconds), Duration.ofSeconds(60), 1_000_000,
                    nonceRegistry);
        }
        return nonces;
    }

    /**
     * Where the nonces of accepted tokens are kept: the hub's database, so that a replay is recognised after a
     * restart and by every node. Without it (a simulator) they are kept in memory.
     */
    public void setNonceRegistry(NonceRegistry registry) {
        this.nonceRegistry = registry;
    }

    /** Tokens must carry a nonce and be created at most this long ago, and are accepted once; 0 = off. */
    public void setReplayWindowSeconds(int seconds) {
        this.replayWindowSeconds = seconds;
    }

    /** Deepest element nesting accepted (CXF's default is 100); 0 = CXF's default. */
    public void setMaxElementDepth(int depth) {
        this.maxElementDepth = depth;
    }

    /** Most child elements of one element (CXF's default 50,000); 0 = CXF's default. */
    public void setMaxChildElements(int count) {
        this.maxChildElements = count;
    }

    /** Most elements in one request (CXF's default is unlimited); 0 = CXF's default. */
    public void setMaxElementCount(long count) {
        this.maxElementCount = count;
    }

    /** Longest text node in characters (CXF's default 128 MiB); 0 = CXF's default. */
    public void setMaxTextLength(int length) {
        this.maxTextLength = length;
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
