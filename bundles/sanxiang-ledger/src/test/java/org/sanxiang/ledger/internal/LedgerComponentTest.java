package org.sanxiang.ledger.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.ledger.ContentVerifier;
import org.sanxiang.api.ledger.LedgerAppend;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.api.ledger.LedgerVerification;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.ledger.SignedTreeHead;
import org.sanxiang.api.ledger.TreeHeadFailure;
import org.sanxiang.ledger.testing.InMemoryLedgerIntake;
import org.sanxiang.ledger.testing.InMemoryLedgerStorage;

/** The DS component driven as SCR would drive it: constructor, bind/unbind, modified, deactivate. */
class LedgerComponentTest {

    @TempDir
    Path dir;

    private final InMemoryLedgerStorage storage = new InMemoryLedgerStorage();
    private final InMemoryLedgerIntake intake = new InMemoryLedgerIntake();
    private LedgerComponent component;
    private String savedKarafEtc;

    @AfterEach
    void stop() {
        if (component != null) {
            component.deactivate();
        }
        if (savedKarafEtc == null) {
            System.clearProperty("karaf.etc");
        } else {
            System.setProperty("karaf.etc", savedKarafEtc);
        }
    }

    @Test
    void defaultKeyDirectoryIsUnderKarafEtc() {
        savedKarafEtc = System.getProperty("karaf.etc");
        System.setProperty("karaf.etc", dir.resolve("etc").toString());
        component = new LedgerComponent(storage, intake, config("${karaf.etc}/ledger-keys", 0));
        assertTrue(Files.exists(dir.resolve("etc/ledger-keys").resolve(SigningKeys.PUBLIC_KEY_FILE)));
        assertEquals(SignedTreeHead.keyIdOf(component.ledger().signingKey()), component.ledger().signingKeyId());
    }

    @Test
    void unsetSystemPropertyInKeyDirIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LedgerComponent.resolveKeyDir("${sanxiang.no.such.property}/keys"));
        assertTrue(e.getMessage().contains("sanxiang.no.such.property"));
        assertEquals(dir.resolve("k"), LedgerComponent.resolveKeyDir(dir.resolve("k").toString()));
    }

    @Test
    void contentVerifiersComeAndGoByKind() {
        component = new LedgerComponent(storage, intake, config(dir.resolve("keys").toString(), 0));
        component.ledger().append(new LedgerAppend(LedgerKinds.MEDIA_LINK, "media:1", "station-3", digest("a")));
        component.ledger().append(new LedgerAppend(LedgerKinds.CONFIG_CHANGE, "pid:org.sanxiang.review", "admin", digest("b")));

        ContentVerifier both = (subject, kind) -> Optional.of(digest(subject.startsWith("media") ? "a" : "b"));
        Map<String, Object> props = Map.of(ContentVerifier.KIND_PROPERTY,
                new String[] {LedgerKinds.MEDIA_LINK, LedgerKinds.CONFIG_CHANGE});
        component.bindContentVerifier(both, props);
        LedgerVerification v = component.ledger().verify();
        assertEquals(2, v.contentChecked());
        assertEquals(0, v.contentNotChecked());

        component.unbindContentVerifier(both, props);
        assertEquals(2, component.ledger().verify().contentNotChecked());
    }

    @Test
    void headsAreSignedPeriodicallyAndOnStop() {
        component = new LedgerComponent(storage, intake, config(dir.resolve("keys").toString(), 1));
        for (int i = 0; i < 3; i++) {
            component.ledger().append(new LedgerAppend(LedgerKinds.ACCESS, "case:" + i, "u", digest("x" + i)));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> storage.latestTreeHead()
                .map(SignedTreeHead::treeSize).orElse(-1L) == 3);

        component.modified(config(dir.resolve("keys").toString(), 0));
        component.ledger().append(new LedgerAppend(LedgerKinds.ACCESS, "case:9", "u", digest("y")));
        component.deactivate();
        component = null;
        assertEquals(4, storage.latestTreeHead().orElseThrow().treeSize());
    }

    /**
     * Events recorded while the ledger was stopped are appended when it starts, in their order; one that the ledger
     * appended just before a kill took it out of the intake (the newest entry of its subject holds the same content)
     * is not appended twice. Later events are taken as they are recorded (issue 16, R-R5).
     */
    @Test
    void eventsThatWaitedInTheIntakeAreAppendedAtStartOnce() {
        component = new LedgerComponent(storage, intake, config(dir.resolve("keys").toString(), 0));
        LedgerAppend before = new LedgerAppend(LedgerKinds.REGISTER, "register:1", "staff-01", digest("r1"));
        component.ledger().append(before);
        component.deactivate();
        intake.record(before); // appended, then killed before it left the intake
        intake.record(new LedgerAppend(LedgerKinds.REGISTER, "register:2", "staff-01", digest("r2")));
        intake.record(new LedgerAppend(LedgerKinds.PUBLICATION, "publication:event:7", "ds-02", digest("p7")));

        component = new LedgerComponent(storage, intake, config(dir.resolve("keys").toString(), 0));
        await().atMost(Duration.ofSeconds(10)).until(() -> intake.pending().count() == 0);
        assertEquals(3, component.ledger().head().treeSize(), "the one already appended is not appended again");
        assertEquals("register:2", component.ledger().entry(1).orElseThrow().subjectRef());
        assertEquals("publication:event:7", component.ledger().entry(2).orElseThrow().subjectRef());

        intake.record(new LedgerAppend(LedgerKinds.REGISTER, "register:1", "staff-01", digest("r1")));
        component.takeIntake();
        assertEquals(4, component.ledger().head().treeSize(), "after the start, the same content again is a new entry");
    }

    /** A head signed now covers every event recorded before it, also one the ledger was not told of yet. */
    @Test
    void aHeadSignedNowTakesWhatWaitsInTheIntakeFirst() {
        component = new LedgerComponent(storage, intake, config(dir.resolve("keys").toString(), 0));
        await().atMost(Duration.ofSeconds(10)).until(() -> intake.pending().count() == 0);
        intake.record(new LedgerAppend(LedgerKinds.DOCUMENT, "records:document:5", "officer-1", digest("d5")));
        assertEquals(1, component.ledger().signHead().treeSize());
        assertEquals(0, intake.pending().count());
    }

    @Test
    void reconfiguredKeyDirectorySignsWithTheNewKey() {
        component = new LedgerComponent(storage, intake, config(dir.resolve("k1").toString(), 0));
        String first = component.ledger().signingKeyId();
        component.ledger().append(new LedgerAppend(LedgerKinds.ACCESS, "case:1", "u", digest("x")));
        component.ledger().signHead();
        component.modified(config(dir.resolve("k2").toString(), 0));
        assertNotEquals(first, component.ledger().signingKeyId());
        component.ledger().append(new LedgerAppend(LedgerKinds.ACCESS, "case:2", "u", digest("y")));
        assertEquals(component.ledger().signingKeyId(), component.ledger().signHead().keyId());
        assertEquals(1, component.ledger().verify().failedTreeHeads().stream()
                .filter(h -> h.reason() == TreeHeadFailure.Reason.UNKNOWN_KEY).count(),
                "the head signed with the old key cannot be checked with the new one");
    }

    private static Sha256 digest(String s) {
        return LedgerFixture.digest(s);
    }

    static LedgerConfig config(String keyDir, long intervalSeconds) {
        return (LedgerConfig) Proxy.newProxyInstance(LedgerConfig.class.getClassLoader(),
                new Class<?>[] {LedgerConfig.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "key_dir":
                            return keyDir;
                        case "treehead_interval_seconds":
                            return intervalSeconds;
                        case "annotationType":
                            return LedgerConfig.class;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
