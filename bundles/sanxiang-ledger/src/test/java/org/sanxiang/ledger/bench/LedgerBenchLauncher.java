package org.sanxiang.ledger.bench;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link LedgerBench} under Surefire in the {@code bench} profile only (the name does not match the
 * default test includes). It asserts no time; it fails only if the benchmark ledger does not verify.
 */
class LedgerBenchLauncher {

    @Test
    void run() throws Exception {
        LedgerBench.main(new String[0]);
    }
}
