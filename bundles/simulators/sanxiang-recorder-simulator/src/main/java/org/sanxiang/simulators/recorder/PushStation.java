package org.sanxiang.simulators.recorder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A station that pushes over HTTP: {@code POST <hub>/recorder/media}, the media streamed as the body (fixed
 * length, never buffered here either), the sidecar Base64 in {@code X-Recorder-Metadata}, the file name
 * percent-encoded in {@code X-Recorder-File-Name}, HTTP Basic credentials. It can announce more bytes than it
 * sends (a broken upload) or send slowly.
 */
public final class PushStation {

    /** The hub's answer. */
    public record Answer(int status, String sha256, String body) {
    }

    private final String url;
    private final String user;
    private final String password;

    public PushStation(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public Answer push(String fileName, byte[] media, byte[] sidecar) throws IOException {
        return push(fileName, new ByteArrayInputStream(media), media.length, sidecar, 0);
    }

    public Answer push(String fileName, Path media, byte[] sidecar, long bytesPerSecond) throws IOException {
        try (InputStream in = Files.newInputStream(media)) {
            return push(fileName, in, Files.size(media), sidecar, bytesPerSecond);
        }
    }

    public Answer push(String fileName, InputStream media, long length, byte[] sidecar, long bytesPerSecond)
            throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(length);
        c.setConnectTimeout(5_000);
        c.setReadTimeout(600_000);
        c.setRequestProperty("Content-Type", "application/octet-stream");
        if (user != null) {
            c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (sidecar != null) {
            c.setRequestProperty("X-Recorder-Metadata", Base64.getEncoder().encodeToString(sidecar));
        }
        c.setRequestProperty("X-Recorder-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        long done = 0;
        byte[] buf = new byte[256 * 1024];
        try (OutputStream out = c.getOutputStream()) {
            int n;
            while ((n = media.read(buf)) > 0) {
                out.write(buf, 0, n);
                done += n;
                if (bytesPerSecond > 0) {
                    DropStation.pace(started, done, bytesPerSecond);
                }
            }
        }
        int status = c.getResponseCode();
        InputStream body = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        return new Answer(status, c.getHeaderField("X-Recorder-SHA256"), text);
    }
}
