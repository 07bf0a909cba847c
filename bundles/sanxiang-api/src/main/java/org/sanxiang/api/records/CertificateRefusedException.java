package org.sanxiang.api.records;

/**
 * The acting or assigned officer holds no certificate valid for the case (持证上岗, R-D4): expired, not yet valid,
 * without the enforcement category or outside its region. The message names the officer, in Chinese.
 */
public class CertificateRefusedException extends RecordsException {

    private static final long serialVersionUID = 1L;

    public CertificateRefusedException(String message) {
        super(message);
    }
}
