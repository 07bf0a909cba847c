package org.sanxiang.api.records;

import org.sanxiang.api.domain.NotFound;

/** No such case, officer, document or hold (查无此记录); the message is Chinese, for staff. */
public class RecordNotFoundException extends RecordsException implements NotFound {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String message) {
        super(message);
    }
}
