/**
 * Annual enforcement statistics (行政执法统计年报, R-D2): the figures of one year — cases by enforcement kind,
 * month and outcome, decisions, penalties and their amounts, publication timeliness, audio-video records
 * and legal reviews — computed from the hub's records ({@link AnnualReport}), rendered as XML for the
 * supervision office (namespace {@value AnnualStatistics#NAMESPACE}) and as a Chinese HTML report with
 * charts, and generated to files once a year by the {@link AnnualStatistics} service. A source whose module
 * is not installed is reported as 未接入 (not connected), never as zero.
 */
@Export
@Version("2.0.0")
package org.sanxiang.api.statistics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
