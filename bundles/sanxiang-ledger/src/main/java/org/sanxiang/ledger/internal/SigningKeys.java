package org.sanxiang.ledger.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.sanxiang.api.ledger.SignedTreeHead;
import org.sanxiang.api.ledger.TreeHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's Ed25519 key pair (签名密钥), kept as two PEM files in the configured directory:
 * {@value #PRIVATE_KEY_FILE} (PKCS#8, owner read/write only where the file system has POSIX permissions)
 * and {@value #PUBLIC_KEY_FILE} (X.509 SubjectPublicKeyInfo, the file to hand to the supervision office).
 * Generated on first use, reused afterwards; a directory holding only one of the two files, or two that do
 * not belong together, is refused rather than silently replaced, because a new key would orphan every head
 * signed so far.
 */
public final class SigningKeys {

    public static final String PRIVATE_KEY_FILE = "ledger-ed25519-private.pem";
    public static final String PUBLIC_KEY_FILE = "ledger-ed25519-public.pem";

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
    private static final String ALGORITHM = "Ed25519";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> WORLD_READABLE_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final Path directory;

    private SigningKeys(PrivateKey privateKey, PublicKey publicKey, Path directory) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = SignedTreeHead.keyIdOf(publicKey);
        this.directory = directory;
    }

    /** Loads the key pair from {@code directory}, generating and writing one there if it holds none. */
    public static SigningKeys loadOrCreate(Path directory) throws IOException {
        Path priv = directory.resolve(PRIVATE_KEY_FILE);
        Path pub = directory.resolve(PUBLIC_KEY_FILE);
        boolean hasPriv = Files.exists(priv);
        boolean hasPub = Files.exists(pub);
        if (hasPriv && hasPub) {
            return load(directory, priv, pub);
        }
        if (hasPriv || hasPub) {
            throw new IOException("ledger key directory " + directory + " holds only "
                    + (hasPriv ? PRIVATE_KEY_FILE : PUBLIC_KEY_FILE)
                    + ": restore the missing file from backup; refusing to generate a new key");
        }
        return create(directory, priv, pub);
    }

    private static SigningKeys load(Path directory, Path priv, Path pub) throws IOException {
        try {
            KeyFactory kf = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = kf.generatePrivate(new PKCS8EncodedKeySpec(readPem(priv, "PRIVATE KEY")));
            PublicKey publicKey = kf.generatePublic(new X509EncodedKeySpec(readPem(pub, "PUBLIC KEY")));
            SigningKeys keys = new SigningKeys(privateKey, publicKey, directory);
            keys.checkPair();
            warnIfReadableByOthers(priv);
            LOG.info("Ledger signing key {} loaded from {}", keys.keyId, directory);
            return keys;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("ledger key files in " + directory + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static SigningKeys create(Path directory, Path priv, Path pub) throws IOException {
        createDirectory(directory);
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IOException("the JDK cannot generate Ed25519 keys", e);
        }
        writeAtomically(directory, pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), WORLD_READABLE_FILE);
        writeAtomically(directory, priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), OWNER_ONLY_FILE);
        if (!supportsPosix(directory)) {
            LOG.warn("The file system of {} has no POSIX permissions: restrict access to {} by other means",
                    directory, PRIVATE_KEY_FILE);
        }
        SigningKeys keys = new SigningKeys(pair.getPrivate(), pair.getPublic(), directory);
        LOG.info("Ledger signing key {} generated in {}; give {} to whoever verifies the signed tree heads",
                keys.keyId, directory, PUBLIC_KEY_FILE);
        return keys;
    }

    private static void createDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (supportsPosix(directory.toAbsolutePath().getParent())) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
            Files.createDirectories(directory);
        }
    }

    /**
     * Writes to a temporary file in the same directory (created owner-only where POSIX permissions exist,
     * then given {@code permissions}) and moves it into place, so that a crash never leaves a half-written
     * key file behind.
     */
    private static void writeAtomically(Path directory, Path target, String content,
                                        Set<PosixFilePermission> permissions) throws IOException {
        Path tmp = supportsPosix(directory)
                ? Files.createTempFile(directory, ".ledger-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(directory, ".ledger-key", ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.US_ASCII);
            if (supportsPosix(directory)) {
                Files.setPosixFilePermissions(tmp, permissions);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException(target + " appeared while the key was being written; not overwriting it", e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean supportsPosix(Path path) {
        return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void warnIfReadableByOthers(Path priv) throws IOException {
        if (supportsPosix(priv)) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(priv);
            if (!OWNER_ONLY_FILE.containsAll(perms)) {
                LOG.warn("Ledger private key {} has permissions {}; it should be {}", priv,
                        PosixFilePermissions.toString(perms), PosixFilePermissions.toString(OWNER_ONLY_FILE));
            }
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < b) {
            throw new IOException(file + " is not a PEM " + type);
        }
        return Base64.getMimeDecoder().decode(text.substring(b + begin.length(), e));
    }

    private void checkPair() throws GeneralSecurityException {
        byte[] probe = "sanxiang-ledger key check".getBytes(StandardCharsets.US_ASCII);
        if (!verify(probe, sign(probe))) {
            throw new GeneralSecurityException("the private and public key files do not belong together");
        }
    }

    private byte[] sign(byte[] data) throws GeneralSecurityException {
        Signature s = Signature.getInstance(ALGORITHM);
        s.initSign(privateKey);
        s.update(data);
        return s.sign();
    }

    private boolean verify(byte[] data, byte[] signature) throws GeneralSecurityException {
        Signature s = Signature.getInstance(ALGORITHM);
        s.initVerify(publicKey);
        s.update(data);
        return s.verify(signature);
    }

    /** Signs {@code head} as of {@code timestamp} (cut to milliseconds). */
    public SignedTreeHead sign(TreeHead head, Instant timestamp) {
        Instant at = Instant.ofEpochMilli(timestamp.toEpochMilli());
        try {
            return new SignedTreeHead(head.treeSize(), head.rootHash(), at, keyId,
                    sign(SignedTreeHead.signedBytes(head, at)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }

    public Path directory() {
        return directory;
    }
}
