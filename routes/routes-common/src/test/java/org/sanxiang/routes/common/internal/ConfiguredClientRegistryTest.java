package org.sanxiang.routes.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanxiang.routes.common.PasswordHash;

/** Who may call the hub (接入系统): PBKDF2 once per client and password, never a remembered failure. */
class ConfiguredClientRegistryTest {

    private static Map<String, Object> client(String name, String roles, String password) {
        return Map.of("client." + name, roles + ";" + PasswordHash.hash(password.toCharArray(), 1000));
    }

    @Test
    void aVerifiedPasswordIsRememberedAFailedOneNeverAndAnEditForgetsBoth() {
        ConfiguredClientRegistry registry = ConfiguredClientRegistry.of(client("counter-1", "counter", "first-pw-1"));
        assertFalse(registry.authenticate("counter-1", "wrong-pw".toCharArray()).isPresent());
        assertEquals("counter-1", registry.authenticate("counter-1", "first-pw-1".toCharArray()).orElseThrow().name());
        assertTrue(registry.authenticate("counter-1", "first-pw-1".toCharArray()).isPresent(), "remembered");
        assertFalse(registry.authenticate("counter-1", "wrong-pw".toCharArray()).isPresent(), "still refused");
        assertFalse(registry.authenticate("counter-2", "first-pw-1".toCharArray()).isPresent(), "per client");

        // ops replace the password (sanxiang:client-add): the old one is refused at once
        registry.configure(client("counter-1", "counter", "second-pw-2"));
        assertFalse(registry.authenticate("counter-1", "first-pw-1".toCharArray()).isPresent());
        assertTrue(registry.authenticate("counter-1", "second-pw-2".toCharArray()).isPresent());
        // and removed: refused
        registry.configure(Map.of());
        assertFalse(registry.authenticate("counter-1", "second-pw-2".toCharArray()).isPresent());
    }

    @Test
    void aFloodOfWrongPasswordsLeavesNothingInMemory() {
        ConfiguredClientRegistry registry = ConfiguredClientRegistry.of(client("screen-1", "screen", "screen-pw-1"));
        for (int i = 0; i < 100; i++) {
            assertFalse(registry.authenticate("screen-1", ("guess-" + i).toCharArray()).isPresent());
        }
        assertEquals(0, registry.remembered(), "a failed check is never remembered");
        assertTrue(registry.authenticate("screen-1", "screen-pw-1".toCharArray()).isPresent());
        assertTrue(registry.authenticate("screen-1", "screen-pw-1".toCharArray()).isPresent());
        assertEquals(1, registry.remembered());
    }
}
