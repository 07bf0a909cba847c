/**
 * Exactly-once delivery to an outside receiver (报送), shared by the delivery adapters. A channel moves the
 * entries of its {@link org.sanxiang.routes.delivery.OutboxSource} in order to a durable Artemis queue
 * ({@code _AMQ_DUPL_ID} = business key), keeping its read position in the database; a transacted consumer
 * skips what the receiver already answered (receipts in the database), keeps the messages of one group in
 * order, calls the receiver through its {@link org.sanxiang.routes.delivery.ReceiverBinding} (CXF) and stores
 * the answer; failures are retried with capped exponential back-off, receiver rejections are stored with the
 * receiver's reason and not retried, and after the configured attempts a message goes to the channel's
 * dead-letter queue with an alert. {@link org.sanxiang.routes.delivery.DeliveryChannel} lists and replays.
 */
@Export
@Version("1.0.0")
package org.sanxiang.routes.delivery;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
