package org.sanxiang.routes.recorder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/**
 * The small files next to a media file on a station's FTP server — the sidecar read and removed, the receipt
 * written — over the same FTP client library camel-ftp uses. The media itself is polled and downloaded by the
 * camel-ftp consumer. The endpoint is the configured URI {@code ftp://user@host:port/dir?password=...}.
 */
final class StationFtp {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String dir;

    StationFtp(String endpoint) {
        URI uri = URI.create(endpoint);
        if (!"ftp".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("ftp.endpoints: not an ftp://user@host:port/dir?password=… URI: "
                    + redacted(endpoint));
        }
        host = uri.getHost();
        port = uri.getPort() < 0 ? 21 : uri.getPort();
        user = uri.getUserInfo() == null ? "anonymous" : uri.getUserInfo();
        dir = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        password = param(uri.getRawQuery(), "password");
    }

    /** The endpoint with its password hidden, for logs. */
    static String redacted(String endpoint) {
        return endpoint.replaceAll("password=[^&]*", "password=***");
    }

    private static String param(String rawQuery, String name) {
        if (rawQuery == null) {
            return "";
        }
        for (String p : rawQuery.split("&")) {
            if (p.startsWith(name + "=")) {
                String v = p.substring(name.length() + 1);
                if (v.startsWith("RAW(") && v.endsWith(")")) {
                    return v.substring(4, v.length() - 1);
                }
                return URLDecoder.decode(v, StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    /** The named file's bytes (at most {@code max}), or null when it is not there. */
    byte[] read(String name, int max) throws IOException {
        FTPClient c = connect();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!c.retrieveFile(name, new LimitedOutput(out, max))) {
                return null;
            }
            return out.toByteArray();
        } finally {
            close(c);
        }
    }

    void write(String name, byte[] content) throws IOException {
        FTPClient c = connect();
        try {
            String tmp = "." + name + ".part";
            if (!c.storeFile(tmp, new ByteArrayInputStream(content)) || !c.rename(tmp, name)) {
                throw new IOException("FTP upload of " + name + " refused: " + c.getReplyString());
            }
        } finally {
            close(c);
        }
    }

    void delete(String name) throws IOException {
        FTPClient c = connect();
        try {
            c.deleteFile(name);
        } finally {
            close(c);
        }
    }

    private FTPClient connect() throws IOException {
        FTPClient c = new FTPClient();
        c.setConnectTimeout(10_000);
        c.setDefaultTimeout(30_000);
        c.connect(host, port);
        if (!FTPReply.isPositiveCompletion(c.getReplyCode()) || !c.login(user, password)) {
            close(c);
            throw new IOException("FTP login to " + host + ":" + port + " as " + user + " refused");
        }
        c.enterLocalPassiveMode();
        c.setFileType(FTP.BINARY_FILE_TYPE);
        if (!c.changeWorkingDirectory(dir)) {
            close(c);
            throw new IOException("FTP directory " + dir + " not found on " + host + ":" + port);
        }
        return c;
    }

    private static void close(FTPClient c) {
        try {
            if (c.isConnected()) {
                c.logout();
                c.disconnect();
            }
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }

    /** Stops a runaway sidecar: more than {@code max} bytes fails the read. */
    private static final class LimitedOutput extends java.io.FilterOutputStream {
        private final int max;
        private int count;

        LimitedOutput(java.io.OutputStream out, int max) {
            super(out);
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            if (++count > max) {
                throw new IOException("sidecar larger than " + max + " bytes");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > max) {
                throw new IOException("sidecar larger than " + max + " bytes");
            }
            out.write(b, off, len);
        }
    }
}
