package org.sanxiang.routes.common;

import java.util.Optional;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.token.UsernameToken;
import org.apache.wss4j.dom.validate.UsernameTokenValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a WS-Security UsernameToken (PasswordText) against the salted hashes of the
 * {@link ClientRegistry} and requires one role. PasswordDigest is refused: it would need the server to
 * keep the plain password. Every refusal is logged with the user name and the endpoint.
 */
public final class UsernameTokenAuthenticator extends UsernameTokenValidator {

    private static final Logger LOG = LoggerFactory.getLogger(UsernameTokenAuthenticator.class);

    private final ClientRegistry registry;
    private final String endpoint;
    private final String requiredRole;

    public UsernameTokenAuthenticator(ClientRegistry registry, String endpoint, String requiredRole) {
        this.registry = registry;
        this.endpoint = endpoint;
        this.requiredRole = requiredRole;
    }

    @Override
    protected void verifyPlaintextPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        String user = token.getName();
        String password = token.getPassword();
        Optional<ClientRegistry.Client> client = registry.authenticate(user, password == null ? null
                : password.toCharArray());
        if (client.isEmpty()) {
            LOG.warn("SOAP {}: authentication failed for user '{}' (unknown user or wrong password)", endpoint, user);
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        if (!client.get().roles().contains(requiredRole)) {
            LOG.warn("SOAP {}: user '{}' lacks role '{}' (has {})", endpoint, user, requiredRole,
                    client.get().roles());
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
    }

    @Override
    protected void verifyDigestPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        LOG.warn("SOAP {}: user '{}' sent a PasswordDigest token; only PasswordText (over TLS in production) is "
                + "accepted", endpoint, token.getName());
        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
    }
}
