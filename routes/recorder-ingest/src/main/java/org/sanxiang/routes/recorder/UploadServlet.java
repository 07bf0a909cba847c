package org.sanxiang.routes.recorder;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.sanxiang.api.ingest.IngestOutcome;
import org.sanxiang.api.ingest.MediaIntake;
import org.sanxiang.api.ingest.SafeNames;
import org.sanxiang.routes.common.ClientRegistry;
import org.sanxiang.routes.common.EntryHeaderFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP push of stations that upload (推送): {@code POST <alias>/media} with the raw media as the body (streamed
 * straight into the evidence store, never buffered), the metadata sidecar Base64-encoded in the header
 * {@value #METADATA_HEADER} and the file name, percent-encoded UTF-8, in {@value #NAME_HEADER}. HTTP Basic
 * authentication against the hub's client registry (role {@code recorder} by default).
 *
 * <p>Answers: {@code 201 Created} with the receipt and the header {@value #SHA_HEADER} when stored and linked;
 * {@code 200 OK} with the receipt when the same content was already stored and linked; {@code 422} with the
 * receipt (reason code and Chinese reason) when quarantined; {@code 401}/{@code 403} without valid
 * credentials or role; {@code 400} for a request that cannot be read; {@code 503} when the hub cannot take it
 * now (the station retries). Headers whose name starts with {@code camel} in any case are refused.
 */
public final class UploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String METADATA_HEADER = "X-Recorder-Metadata";
    static final String NAME_HEADER = "X-Recorder-File-Name";
    static final String SHA_HEADER = "X-Recorder-SHA256";
    private static final Logger LOG = LoggerFactory.getLogger(UploadServlet.class);

    private final transient MediaIntake intake;
    private final transient ClientRegistry clients;
    private final String role;

    public UploadServlet(MediaIntake intake, ClientRegistry clients, String role) {
        this.intake = intake;
        this.clients = clients;
        this.role = role;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/media".equals(req.getPathInfo())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ClientRegistry.Client> client = authenticate(req);
        if (client.isEmpty()) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"sanxiang-recorder\", charset=\"UTF-8\"");
            text(resp, HttpServletResponse.SC_UNAUTHORIZED, "未认证的采集站 / authentication required");
            return;
        }
        if (!client.get().roles().contains(role)) {
            text(resp, HttpServletResponse.SC_FORBIDDEN, "采集站" + client.get().name() + "没有上传权限(角色 " + role + ")");
            return;
        }
        for (String h : Collections.list(req.getHeaderNames())) {
            if (EntryHeaderFilter.isCamelControlHeader(h)) {
                text(resp, HttpServletResponse.SC_BAD_REQUEST, "不允许的请求头: " + h);
                return;
            }
        }
        byte[] metadata;
        String name;
        try {
            String encoded = req.getHeader(METADATA_HEADER);
            metadata = encoded == null ? null : Base64.getDecoder().decode(encoded.strip());
            String rawName = req.getHeader(NAME_HEADER);
            name = rawName == null ? null : URLDecoder.decode(rawName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, "请求头无法解码(" + METADATA_HEADER + " 为Base64, "
                    + NAME_HEADER + " 为百分号编码UTF-8): " + e.getMessage());
            return;
        }
        int metadataMaxBytes = intake.metadataMaxBytes();
        if (metadata != null && metadata.length > metadataMaxBytes) {
            text(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "元数据超过" + metadataMaxBytes + "字节上限");
            return;
        }
        if (name == null) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, "缺少请求头 " + NAME_HEADER);
            return;
        }
        IngestOutcome o;
        try (InputStream body = req.getInputStream()) {
            o = intake.ingestStream("http", name, body, metadata);
        } catch (IOException | RuntimeException e) {
            LOG.error("HTTP upload of {} from {} not taken: {}", SafeNames.printable(name), client.get().name(),
                    e.toString(), e);
            text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "枢纽暂时无法接收,请稍后重试 / not taken, retry later");
            return;
        }
        int status = switch (o.status()) {
            case LINKED -> HttpServletResponse.SC_CREATED;
            case DUPLICATE -> HttpServletResponse.SC_OK;
            case QUARANTINED -> 422;
        };
        if (o.sha256() != null) {
            resp.setHeader(SHA_HEADER, o.sha256());
        }
        byte[] receipt = Receipts.xml(o);
        resp.setStatus(status);
        resp.setContentType("application/xml; charset=UTF-8");
        resp.setContentLength(receipt.length);
        resp.getOutputStream().write(receipt);
    }

    private Optional<ClientRegistry.Client> authenticate(HttpServletRequest req) {
        String h = req.getHeader("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return clients.authenticate(pair.substring(0, colon), pair.substring(colon + 1).toCharArray());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void text(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] b = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=UTF-8");
        resp.setContentLength(b.length);
        resp.getOutputStream().write(b);
    }
}
