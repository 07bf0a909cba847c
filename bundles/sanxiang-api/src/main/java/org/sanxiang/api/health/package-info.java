/**
 * Health checks (健康检查): a small SPI that every component with an outside dependency (database,
 * broker, remote systems) implements, so that HubStatus and the console show one picture.
 */
@Export
@Version("1.0.0")
package org.sanxiang.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
