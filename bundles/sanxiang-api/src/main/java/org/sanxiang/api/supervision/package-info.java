/**
 * Reporting to the municipal supervision office (市政府行政执法监督科, R-D2, R-I1, R-I3): ledger checkpoints
 * (账本检查点) sent as witnesses of the record history, and the annual statistics report on demand.
 */
@Export
@Version("1.0.0")
package org.sanxiang.api.supervision;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
