package org.sanxiang.routes.common;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.io.CachedOutputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * CXF interceptor at the very start of the inbound chain: reads the request body once, exactly as it
 * arrived, through SHA-256 into a CXF cached stream (spooled to disk above the threshold), refuses a
 * body larger than the limit, and hands the same bytes on to the parser. The digest, size and time of
 * receipt land on the CXF message for the journal.
 */
public final class PayloadCapture extends AbstractPhaseInterceptor<Message> {

    public static final String SHA256 = "sanxiang.payload.sha256";
    public static final String SIZE = "sanxiang.payload.size";
    public static final String RECEIVED_AT = "sanxiang.payload.receivedAt";
    public static final String BYTES = "sanxiang.payload.cached";

    private final long maxBytes;

    public PayloadCapture(long maxBytes) {
        super(Phase.RECEIVE);
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleMessage(Message message) {
        InputStream in = message.getContent(InputStream.class);
        if (in == null) {
            return;
        }
        Instant receivedAt = Instant.now();
        if (message.getExchange() != null) {
            message.getExchange().put(SoapMeter.STARTED, System.nanoTime());
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new Fault(e);
        }
        CachedOutputStream cached = new CachedOutputStream();
        try (DigestInputStream din = new DigestInputStream(in, digest)) {
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = din.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    cached.close();
                    throw new Fault(new IOException("请求报文超过大小上限 " + maxBytes + " 字节 / request body exceeds "
                            + maxBytes + " bytes"));
                }
                cached.write(buffer, 0, n);
            }
            cached.flush();
            message.put(SHA256, HexFormat.of().formatHex(digest.digest()));
            message.put(SIZE, total);
            message.put(RECEIVED_AT, receivedAt);
            message.put(BYTES, cached);
            message.setContent(InputStream.class, cached.getInputStream());
            message.getExchange().put(CachedOutputStream.class, cached);
        } catch (IOException e) {
            throw new Fault(e);
        }
    }
}
