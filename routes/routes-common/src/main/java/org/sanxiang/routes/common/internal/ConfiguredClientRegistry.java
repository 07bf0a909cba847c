package org.sanxiang.routes.common.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.routes.common.ClientRegistry;
import org.sanxiang.routes.common.ClientRegistry.Client;
import org.sanxiang.routes.common.PasswordHash;

/**
 * The SOAP clients the hub knows (接入系统), from {@code etc/org.sanxiang.clients.cfg}: one line per client,
 * {@code client.<name> = <role>[,<role>…];<password hash>}. Roles: {@code status} (HubStatus),
 * {@code screen} (queries only), {@code counter} (queries and submissions). The file ships with no
 * client: until ops add one, every call is refused. Edits take effect without a restart.
 */
@Component(service = ClientRegistry.class, configurationPid = "org.sanxiang.clients",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
public class ConfiguredClientRegistry implements ClientRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredClientRegistry.class);
    private static final String PREFIX = "client.";

    /** How long a successful check is remembered. */
    static final long REMEMBER_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
    /** At most this many remembered checks (a flood of distinct passwords cannot grow the memory). */
    static final int REMEMBER_MAX = 4096;

    private volatile Map<String, Client> clients = Map.of();
    /**
     * Recently verified (name, password) pairs, so that PBKDF2 (deliberately slow: ~20 ms of CPU at 120,000
     * iterations) runs once per client and password, not per request. Keyed by SHA-256 over a per-process random
     * secret, the name and the password (the password itself is never kept); the value is the stored hash it was
     * checked against and when the entry expires. A failed check is never remembered; the whole memory is dropped
     * when {@code org.sanxiang.clients.cfg} changes (a client removed or its password replaced).
     */
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    private final byte[] cacheSalt = new byte[32];

    private record Remembered(String passwordHash, long expiresAt) {
    }

    public ConfiguredClientRegistry() {
        new SecureRandom().nextBytes(cacheSalt);
    }

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        clients = parse(properties);
        verified.clear();
        LOG.info("SOAP clients configured: {}", clients.isEmpty() ? "none (every call is refused)" : clients.keySet());
    }

    /** Builds a registry from explicit entries, as in the configuration file. */
    public static ConfiguredClientRegistry of(Map<String, Object> entries) {
        ConfiguredClientRegistry registry = new ConfiguredClientRegistry();
        registry.configure(entries);
        return registry;
    }

    static Map<String, Client> parse(Map<String, Object> properties) {
        Map<String, Client> parsed = new TreeMap<>();
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            if (!e.getKey().startsWith(PREFIX)) {
                continue;
            }
            String name = e.getKey().substring(PREFIX.length());
            String value = String.valueOf(e.getValue()).strip();
            int semi = value.indexOf(';');
            String hash = semi < 0 ? "" : value.substring(semi + 1).strip();
            if (semi < 0 || !PasswordHash.isWellFormed(hash)) {
                LOG.error("Client '{}' in org.sanxiang.clients is ignored: expected '<roles>;pbkdf2-sha256$…' "
                        + "(create it with sanxiang:client-add)", name);
                continue;
            }
            Set<String> roles = new LinkedHashSet<>();
            for (String r : value.substring(0, semi).split(",")) {
                if (!r.isBlank()) {
                    roles.add(r.strip());
                }
            }
            parsed.put(name, new Client(name, roles, hash));
        }
        return parsed;
    }

    /** The client when the name is known and the password matches its hash. */
    @Override
    public Optional<Client> authenticate(String name, char[] password) {
        Client client = name == null ? null : clients.get(name);
        if (client == null || password == null) {
            return Optional.empty();
        }
        String key = cacheKey(name, password);
        Remembered r = verified.get(key);
        long now = System.nanoTime();
        if (r != null && now - r.expiresAt() < 0 && MessageDigest.isEqual(
                r.passwordHash().getBytes(StandardCharsets.UTF_8), client.passwordHash().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(client);
        }
        if (r != null) {
            verified.remove(key);
        }
        if (PasswordHash.verify(password, client.passwordHash())) {
            if (verified.size() >= REMEMBER_MAX) {
                verified.clear();
            }
            verified.put(key, new Remembered(client.passwordHash(), now + REMEMBER_NANOS));
            return Optional.of(client);
        }
        return Optional.empty();
    }

    /** How many successful checks are remembered now. */
    int remembered() {
        return verified.size();
    }

    @Override
    public Set<String> names() {
        return clients.keySet();
    }

    private String cacheKey(String name, char[] password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(cacheSalt);
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
