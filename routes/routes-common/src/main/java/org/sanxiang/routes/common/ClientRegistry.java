package org.sanxiang.routes.common;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * The SOAP clients the hub knows (接入系统) with their roles: {@code status} (HubStatus), {@code screen}
 * (queries only), {@code counter} (queries and submissions). Configured in
 * {@code etc/org.sanxiang.clients.cfg} with salted password hashes; no client is shipped.
 */
public interface ClientRegistry {

    /** A known client. */
    final class Client {
        private final String name;
        private final Set<String> roles;
        private final String passwordHash;

        public Client(String name, Set<String> roles, String passwordHash) {
            this.name = name;
            this.roles = Collections.unmodifiableSet(roles);
            this.passwordHash = passwordHash;
        }

        public String name() {
            return name;
        }

        public Set<String> roles() {
            return roles;
        }

        public String passwordHash() {
            return passwordHash;
        }
    }

    /** The client when the name is known and the password matches its hash. */
    Optional<Client> authenticate(String name, char[] password);

    Set<String> names();
}
