package org.sanxiang.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.ledger.SignedTreeHead;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void keyIsGeneratedOnceAndReusedAcrossRestarts() throws Exception {
        Path keyDir = dir.resolve("etc/ledger-keys");
        LedgerFixture f = new LedgerFixture(keyDir);
        f.appendNumbered(0, 12);
        SignedTreeHead head = f.ledger.signHead();
        String keyId = f.ledger.signingKeyId();
        byte[] privateBefore = Files.readAllBytes(keyDir.resolve(SigningKeys.PRIVATE_KEY_FILE));

        MerkleLedger restarted = f.open();
        assertEquals(keyId, restarted.signingKeyId());
        assertEquals(head.head(), restarted.head());
        assertTrue(restarted.verify().intact(), "heads signed before the restart still verify");
        assertEquals(head, restarted.signHead(), "nothing appended: the stored head is returned");
        f.appendNumbered(12);
        assertEquals(keyId, restarted.signHead().keyId());
        assertEquals(2, restarted.verify().treeHeadsChecked());
        assertArrayEquals(privateBefore, Files.readAllBytes(keyDir.resolve(SigningKeys.PRIVATE_KEY_FILE)));
    }

    @Test
    void privateKeyIsReadableByTheOwnerOnlyPublicKeyByAll() throws IOException {
        Path keyDir = dir.resolve("keys");
        SigningKeys.loadOrCreate(keyDir);
        if (keyDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(keyDir.resolve(SigningKeys.PRIVATE_KEY_FILE))));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyDir)));
            assertEquals("rw-r--r--", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(keyDir.resolve(SigningKeys.PUBLIC_KEY_FILE))));
        }
        try (var files = Files.list(keyDir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void outsidePartyVerifiesAHeadWithThePublicKeyFileAlone() throws Exception {
        LedgerFixture f = new LedgerFixture(dir);
        f.appendNumbered(0, 5);
        SignedTreeHead head = f.ledger.signHead();

        String pem = Files.readString(dir.resolve(SigningKeys.PUBLIC_KEY_FILE), StandardCharsets.US_ASCII);
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));

        byte[] signed = head.signedBytes();
        assertEquals(50, signed.length);
        assertEquals(0, signed[0], "version v1");
        assertEquals(1, signed[1], "signature type tree_hash");
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(signed);
        assertTrue(verifier.verify(head.signature()));
        assertTrue(head.verifySignature(key));
        assertEquals(SignedTreeHead.keyIdOf(key), head.keyId());
    }

    @Test
    void halfAKeyPairIsRefusedNotReplaced() throws IOException {
        SigningKeys.loadOrCreate(dir);
        Files.delete(dir.resolve(SigningKeys.PUBLIC_KEY_FILE));
        IOException e = assertThrows(IOException.class, () -> SigningKeys.loadOrCreate(dir));
        assertTrue(e.getMessage().contains("refusing to generate"));
        assertFalse(Files.exists(dir.resolve(SigningKeys.PUBLIC_KEY_FILE)));
    }

    @Test
    void filesOfTwoDifferentPairsAreRefused() throws IOException {
        SigningKeys a = SigningKeys.loadOrCreate(dir.resolve("a"));
        SigningKeys b = SigningKeys.loadOrCreate(dir.resolve("b"));
        assertNotEquals(a.keyId(), b.keyId());
        Files.copy(dir.resolve("b").resolve(SigningKeys.PUBLIC_KEY_FILE), dir.resolve("a").resolve(SigningKeys.PUBLIC_KEY_FILE),
                StandardCopyOption.REPLACE_EXISTING);
        IOException e = assertThrows(IOException.class, () -> SigningKeys.loadOrCreate(dir.resolve("a")));
        assertTrue(e.getMessage().contains("do not belong together"), e.getMessage());
    }

    @Test
    void headSignedByAnotherKeyDoesNotVerify() throws IOException {
        SigningKeys a = SigningKeys.loadOrCreate(dir.resolve("a"));
        SigningKeys b = SigningKeys.loadOrCreate(dir.resolve("b"));
        SignedTreeHead head = a.sign(new LedgerFixture(dir.resolve("c")).ledger.head(), LedgerFixture.START);
        assertTrue(head.verifySignature(a.publicKey()));
        assertFalse(head.verifySignature(b.publicKey()));
    }
}
