package org.sanxiang.api.metrics;

/**
 * Where the hub's channels count what they do, for the operators' metrics (运行指标): the SOAP endpoints their
 * answered requests, the recorder ingest the media it took in or quarantined. Provided by the metrics module when
 * it runs; the channels look it up at each use and do without it otherwise.
 */
public interface HubMeters {

    /**
     * A SOAP request answered.
     *
     * @param endpoint  the endpoint, e.g. {@code hub-status}, {@code enforcement}
     * @param operation the contract's operation, or {@code unknown} when the request never reached one
     * @param outcome   {@code OK}, or the fault code answered (e.g. {@code SX-AUTH})
     * @param nanos     from the first byte received to the answer
     */
    void soapCall(String endpoint, String operation, String outcome, long nanos);

    /** A recording stored through {@code channel} (drop, ftp, http) with its size. */
    void mediaIngested(String channel, long bytes);

    /** A delivery put in quarantine for {@code reason} (a reason code, e.g. {@code HASH_MISMATCH}). */
    void mediaQuarantined(String reason);
}
