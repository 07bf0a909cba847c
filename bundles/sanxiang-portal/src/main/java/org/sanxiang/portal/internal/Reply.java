package org.sanxiang.portal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A response of the portal before it is sent: status, type, body (digested for its ETag), its CSP. */
final class Reply implements AutoCloseable {

    /** The policy of the portal's own pages: no script at all, styles from the portal only. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** The policy of data files: nothing of them runs or renders as a page. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    final int status;
    final String contentType;
    final Spool body;
    final String policy;
    final boolean cacheable;
    String disposition;
    boolean openData;

    private Reply(int status, String contentType, Spool body, String policy, boolean cacheable) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.policy = policy;
        this.cacheable = cacheable;
    }

    static Reply page(String html) {
        return new Reply(200, "text/html; charset=UTF-8", spool(html), PAGE_POLICY, true);
    }

    static Reply page(String html, String policy) {
        return new Reply(200, "text/html; charset=UTF-8", spool(html), policy, true);
    }

    static Reply error(int status, String html) {
        return new Reply(status, "text/html; charset=UTF-8", spool(html), PAGE_POLICY, false);
    }

    static Reply of(String contentType, Spool body, String policy) {
        return new Reply(200, contentType, body, policy, true);
    }

    private static Spool spool(String text) {
        Spool s = new Spool();
        try {
            s.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
