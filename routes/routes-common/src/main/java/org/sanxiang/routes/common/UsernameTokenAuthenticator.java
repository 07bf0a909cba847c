package org.sanxiang.routes.common;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.token.UsernameToken;
import org.apache.wss4j.dom.validate.UsernameTokenValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a WS-Security UsernameToken (PasswordText) against the salted hashes of the
 * {@link ClientRegistry} and requires one of the endpoint's roles ({@code requiredRole} may list several,
 * comma-separated). PasswordDigest is refused: it would need the server to keep the plain password. With a
 * {@link NonceCache}, a request is accepted once (replay protection): a token with a nonce and a creation time is
 * checked here; one without (the default of the npm {@code soap} client, of WCF's UserNameOverTransport) is left to
 * the interceptor ({@link #REPLAY_PENDING}), which takes the creation time from the {@code wsu:Timestamp} beside it
 * and refuses it when there is none. Every refusal is logged with the user name and the endpoint. The authenticated
 * client is put on the message ({@link #CLIENT}) so that a route can check per-operation roles.
 */
public final class UsernameTokenAuthenticator extends UsernameTokenValidator {

    private static final Logger LOG = LoggerFactory.getLogger(UsernameTokenAuthenticator.class);

    private final ClientRegistry registry;
    private final String endpoint;
    private final String requiredRole;
    private final Set<String> acceptedRoles;
    private final NonceCache nonces;

    /** Message property holding the authenticated {@link ClientRegistry.Client}. */
    public static final String CLIENT = "sanxiang.client";

    /**
     * Message property set when a token lacks a nonce or a creation time: its replay check waits for the whole
     * security header (a {@link PendingReplayCheck}).
     */
    public static final String REPLAY_PENDING = "sanxiang.replay.pending";

    /** A token whose freshness comes from the request's {@code wsu:Timestamp}: who sent it, and its nonce if any. */
    public record PendingReplayCheck(String user, String nonce) {
    }

    public UsernameTokenAuthenticator(ClientRegistry registry, String endpoint, String requiredRole) {
        this(registry, endpoint, requiredRole, null);
    }

    /**
     * @param requiredRole one role, or several comma-separated of which the client needs one
     * @param nonces       replay protection, or null for none
     */
    public UsernameTokenAuthenticator(ClientRegistry registry, String endpoint, String requiredRole, NonceCache nonces) {
        this.registry = registry;
        this.endpoint = endpoint;
        this.requiredRole = requiredRole;
        this.acceptedRoles = Arrays.stream(requiredRole.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
        this.nonces = nonces;
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
        if (client.get().roles().stream().noneMatch(acceptedRoles::contains)) {
            LOG.warn("SOAP {}: user '{}' lacks role '{}' (has {})", endpoint, user, requiredRole,
                    client.get().roles());
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        Object context = data.getMsgContext();
        @SuppressWarnings("unchecked")
        Map<String, Object> message = context instanceof Map ? (Map<String, Object>) context : null;
        boolean complete = token.getNonce() != null && !token.getNonce().isBlank() && token.getCreatedDate() != null;
        if (nonces != null && !complete && message != null) {
            message.put(REPLAY_PENDING, new PendingReplayCheck(user, token.getNonce()));
        } else if (nonces != null) {
            NonceCache.Verdict verdict = nonces.check(user, token.getNonce(), token.getCreatedDate(), Instant.now());
            if (verdict == NonceCache.Verdict.UNAVAILABLE) {
                LOG.error("SOAP {}: UsernameToken of user '{}' refused: the nonce registry (the hub's database) could "
                        + "not tell whether it was used before", endpoint, user);
                throw NonceCache.unavailable();
            }
            if (verdict != NonceCache.Verdict.FRESH) {
                LOG.warn("SOAP {}: UsernameToken of user '{}' refused: {} (nonce {}, created {})", endpoint, user,
                        verdict == NonceCache.Verdict.REPLAYED ? "REPLAYED token (重放)" : verdict, token.getNonce(),
                        token.getCreated());
                throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
            }
        }
        if (message != null) {
            message.put(CLIENT, client.get());
        }
    }

    @Override
    protected void verifyDigestPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        LOG.warn("SOAP {}: user '{}' sent a PasswordDigest token; only PasswordText (over TLS in production) is "
                + "accepted", endpoint, token.getName());
        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
    }
}
