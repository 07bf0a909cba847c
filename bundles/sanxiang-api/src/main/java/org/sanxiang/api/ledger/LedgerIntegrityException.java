package org.sanxiang.api.ledger;

/**
 * Thrown by {@link Ledger#append} and {@link Ledger#signHead} once the ledger has found its stored data
 * damaged (an entry missing, the tail cut off below a signed head, stored leaf hashes that no longer give
 * the signed root): the ledger then refuses to grow or sign over the damage. {@link Ledger#verify()}
 * names the entry; the remedy is to restore the ledger tables from a backup.
 */
public class LedgerIntegrityException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public LedgerIntegrityException(String message) {
        super(message);
    }
}
