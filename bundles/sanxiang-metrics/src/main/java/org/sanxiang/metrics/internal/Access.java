package org.sanxiang.metrics.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import org.sanxiang.routes.common.ClientRegistry;

/** Who may read the endpoints: callers on this host unless remote callers are allowed, and a role when one is set. */
final class Access {

    private Access() {
    }

    static boolean fromAllowedHost(HttpServletRequest req, boolean allowRemote) {
        if (allowRemote) {
            return true;
        }
        try {
            return InetAddress.getByName(req.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether the HTTP Basic credentials are those of a client with {@code role} (no role: everyone may). */
    static boolean hasRole(HttpServletRequest req, String role, ClientRegistry clients) {
        if (role == null || role.isBlank()) {
            return true;
        }
        String header = req.getHeader("Authorization");
        if (clients == null || header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        return clients.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray())
                .map(c -> c.roles().contains(role.strip())).orElse(false);
    }
}
