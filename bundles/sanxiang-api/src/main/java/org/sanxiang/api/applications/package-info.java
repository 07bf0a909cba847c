/**
 * Permit applications taken in at the service counters (行政许可申请, 办事大厅): submission with a receipt
 * number (申请回执), the steps 申请, 受理, 补正告知, 补交, 特别程序, 审批结果, and the working-day clock of the
 * statutory time limit (办理时限), which a special procedure (特别程序) pauses. Reads of an application are
 * logged (调阅记录, R-R6).
 */
@Export
@Version("2.3.0")
package org.sanxiang.api.applications;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
