/**
 * The tamper-evident ledger (防篡改账本) of the full-process record (执法全过程记录, R-R5, R-R6).
 *
 * <p>Every business change worth keeping — a case transition, a document, a media link, a read of a
 * record, a configuration change — is appended as a {@link org.sanxiang.api.ledger.LedgerEntry} that
 * carries the SHA-256 of the business record's canonical content. The entries are the leaves of an
 * RFC 6962 Merkle tree; the ledger signs tree heads with Ed25519 at intervals, proves inclusion and
 * consistency (RFC 9162 §2.1.3–2.1.4), and {@linkplain org.sanxiang.api.ledger.Ledger#verify() verifies}
 * itself against the stored heads and, through {@link org.sanxiang.api.ledger.ContentVerifier}s,
 * against the business rows. A plain hash chain could not show that its tail was cut off; a signed tree
 * head held by the supervision office can.
 *
 * <p>Storage is a service provider interface ({@link org.sanxiang.api.ledger.LedgerStorage}) so that the
 * store bundle keeps all SQL. Domain modules record their events through the durable
 * {@link org.sanxiang.api.ledger.LedgerIntake}, kept in the database until the ledger appended them.
 */
@Export
@Version("1.3.0")
package org.sanxiang.api.ledger;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
