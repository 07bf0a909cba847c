package org.sanxiang.api.records;

/** A request the full-process record refuses (业务规则不允许); the message is Chinese, for staff. */
public class RecordsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordsException(String message) {
        super(message);
    }
}
