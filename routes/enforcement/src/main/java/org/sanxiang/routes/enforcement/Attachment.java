package org.sanxiang.routes.enforcement;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.activation.DataHandler;
import javax.activation.FileDataSource;

/**
 * The MTOM content of a request ({@code content}, a {@link DataHandler}), when its type has one: before a write is
 * registered the attachment is spooled once to a temporary file while its SHA-256 is taken, so that the request's
 * digest covers the content without holding it in memory, and the operation then streams it from the file into
 * the evidence store. The file is deleted when the request is done.
 */
final class Attachment {

    private static final Attachment NONE = new Attachment(null, null);

    private final Method getter;
    private final Method setter;

    private Attachment(Method getter, Method setter) {
        this.getter = getter;
        this.setter = setter;
    }

    /** The attachment property of a request type, if it has one. */
    static Attachment of(Class<?> type) {
        try {
            Method get = type.getMethod("getContent");
            if (get.getReturnType() != DataHandler.class) {
                return NONE;
            }
            return new Attachment(get, type.getMethod("setContent", DataHandler.class));
        } catch (NoSuchMethodException e) {
            return NONE;
        }
    }

    /** A request's attachment spooled to a file (or nothing, when there is none). */
    interface Spooled extends AutoCloseable {

        /** SHA-256 of the attachment's bytes, empty when there is none. */
        String sha256();

        /** Runs {@code work} with the request's content unset (to marshal the rest of it). */
        <T> T withoutContent(Supplier<T> work);

        @Override
        void close();
    }

    Spooled spool(Object request) {
        DataHandler content = getter == null ? null : (DataHandler) invoke(getter, request);
        if (content == null) {
            return new Spooled() {
                @Override
                public String sha256() {
                    return "";
                }

                @Override
                public <T> T withoutContent(Supplier<T> work) {
                    return work.get();
                }

                @Override
                public void close() {
                }
            };
        }
        Path file;
        String sha;
        try {
            file = Files.createTempFile("sanxiang-enforcement-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(content.getInputStream(), digest);
                 OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            sha = HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("the attachment could not be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        DataHandler spooled = new DataHandler(new FileDataSource(file.toFile()));
        invoke(setter, request, spooled);
        return new Spooled() {
            @Override
            public String sha256() {
                return sha;
            }

            @Override
            public <T> T withoutContent(Supplier<T> work) {
                invoke(setter, request, (Object) null);
                try {
                    return work.get();
                } finally {
                    invoke(setter, request, spooled);
                }
            }

            @Override
            public void close() {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        };
    }

    private static Object invoke(Method m, Object target, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
