package org.sanxiang.api.applications;

import org.sanxiang.api.domain.NotFound;

/** No application has the receipt number asked for (查无此申请). */
public class ApplicationNotFoundException extends ApplicationRefusedException implements NotFound {

    private static final long serialVersionUID = 1L;

    public ApplicationNotFoundException(String receiptNumber) {
        super("查无此申请回执编号: " + receiptNumber);
    }
}
