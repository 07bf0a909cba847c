/**
 * The hub's operational metrics (运行指标): what channels report to the metrics module ({@link HubMeters}).
 */
@Export
@Version("1.0.0")
package org.sanxiang.api.metrics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
