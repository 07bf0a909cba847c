package org.sanxiang.routes.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanxiang.routes.common.internal.ConfiguredClientRegistry;

/** Client credentials at rest and header hygiene (security by default). */
class SecurityTest {

    @Test
    void passwordsAreStoredSaltedAndVerified() {
        String a = PasswordHash.hash("s3cret".toCharArray(), 1000);
        String b = PasswordHash.hash("s3cret".toCharArray(), 1000);
        assertFalse(a.contains("s3cret"));
        assertFalse(a.equals(b), "two hashes of one password differ by their salt");
        assertTrue(PasswordHash.verify("s3cret".toCharArray(), a));
        assertFalse(PasswordHash.verify("s3creT".toCharArray(), a));
        assertFalse(PasswordHash.verify("s3cret".toCharArray(), "plain:s3cret"));
    }

    @Test
    void registryAuthenticatesKnownClientsWithRoles() {
        String hash = PasswordHash.hash("pw".toCharArray(), 1000);
        ClientRegistry registry = ConfiguredClientRegistry.of(Map.of(
                "client.counter-01", "counter,screen;" + hash,
                "client.broken", "screen;plain-password",
                "felix.fileinstall.filename", "file:/etc/org.sanxiang.clients.cfg"));
        assertEquals(java.util.Set.of("counter-01"), registry.names(), "a line without a hash is ignored");
        assertEquals(java.util.Set.of("counter", "screen"),
                registry.authenticate("counter-01", "pw".toCharArray()).orElseThrow().roles());
        assertTrue(registry.authenticate("counter-01", "pw".toCharArray()).isPresent(), "cached verification");
        assertTrue(registry.authenticate("counter-01", "nope".toCharArray()).isEmpty());
        assertTrue(registry.authenticate("nobody", "pw".toCharArray()).isEmpty());
    }

    @Test
    void anEmptyRegistryRefusesEveryone() {
        assertTrue(ConfiguredClientRegistry.of(Map.of()).authenticate("admin", "admin".toCharArray()).isEmpty());
    }

    @Test
    void camelHeadersAreDroppedInAnyLetterCase() {
        EntryHeaderFilter filter = new EntryHeaderFilter(null);
        for (String name : new String[] {"CamelFileName", "camelfilename", "CAMELHTTPURI", "cAmElBeanMethodName",
                "org.apache.camel.x"}) {
            assertTrue(filter.applyFilterToExternalHeaders(name, "x", null), name);
        }
        assertFalse(filter.applyFilterToExternalHeaders("SOAPAction", "x", null));
        assertFalse(filter.applyFilterToExternalHeaders("Came", "x", null));
    }
}
