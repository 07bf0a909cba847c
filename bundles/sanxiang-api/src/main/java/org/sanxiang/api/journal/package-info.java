/**
 * The inbound journal (接收日志): every message accepted from an outside party is written down with
 * its source, id, time of receipt and the SHA-256 of its payload.
 */
@Export
@Version("1.1.0")
package org.sanxiang.api.journal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
