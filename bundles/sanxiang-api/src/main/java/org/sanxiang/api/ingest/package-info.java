/**
 * Recorder media ingest (执法记录仪音像记录接入, R-R4, R-I2): media from docking stations (采集站) taken in,
 * verified, stored write-once and linked to cases; bad deliveries held in quarantine (隔离区) with a reason
 * until released; large files in flight. {@link MediaIntake} is where the channels hand a delivery over.
 */
@Export
@Version("1.1.0")
package org.sanxiang.api.ingest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
