package org.sanxiang.api.records;

/**
 * Who reads a record and why (调阅人, 调阅事由, R-R6). Every read through the records services needs one
 * and is logged.
 */
public record AccessRequest(String who, String purpose) {

    public AccessRequest {
        if (who == null || who.isBlank() || who.length() > 100) {
            throw new IllegalArgumentException("调阅人不能为空(最多100字)");
        }
        if (purpose == null || purpose.isBlank() || purpose.length() > 500) {
            throw new IllegalArgumentException("调阅事由不能为空(最多500字)");
        }
        who = who.strip();
        purpose = purpose.strip();
    }
}
