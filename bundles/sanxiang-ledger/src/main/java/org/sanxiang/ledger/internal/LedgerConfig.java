package org.sanxiang.ledger.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the ledger, PID {@code org.sanxiang.ledger} (file {@code etc/org.sanxiang.ledger.cfg}). */
@ObjectClassDefinition(
        name = "Sanxiang ledger (防篡改账本)",
        description = "Tamper-evident ledger: where its Ed25519 signing key lives and how often it signs a tree head")
public @interface LedgerConfig {

    @AttributeDefinition(
            name = "Key directory",
            description = "Directory of the Ed25519 key pair that signs the tree heads (generated there on first start, "
                    + "reused afterwards; back it up). ${name} is replaced by the Java system property of that name, "
                    + "e.g. ${karaf.etc}.")
    String key_dir() default "${karaf.etc}/ledger-keys";

    @AttributeDefinition(
            name = "Tree head interval (seconds)",
            description = "How often the ledger signs and stores a new tree head when entries were appended since the "
                    + "last one; 0 turns periodic signing off.",
            min = "0")
    long treehead_interval_seconds() default 3600;
}
