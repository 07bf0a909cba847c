/**
 * Outbound channels (报送通道): what each delivery adapter has queued for an outside party, what the party
 * answered (receipt, duplicate, rejection with its reason), the dead letters (死信) and their replay — for
 * the console and the supervision of deliveries.
 */
@Export
@Version("1.1.0")
package org.sanxiang.api.outbound;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
