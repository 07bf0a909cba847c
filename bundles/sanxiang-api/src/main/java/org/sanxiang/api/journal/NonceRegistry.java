package org.sanxiang.api.journal;

import java.time.Instant;

/**
 * The nonces of the WS-Security tokens the hub accepted (重放防护), kept in the hub's database until they expire:
 * a replay is recognised after a restart of the bundle that serves the endpoint, after a restart of the hub, and
 * by every hub node on the same database.
 */
public interface NonceRegistry {

    /**
     * Records that {@code user} used {@code nonce}, remembered until {@code expires}.
     *
     * @return true the first time; false when the same user's nonce is already recorded and not yet expired
     * @throws RuntimeException when the database cannot tell (the caller refuses the request: fail closed)
     */
    boolean firstUse(String user, String nonce, Instant expires);
}
