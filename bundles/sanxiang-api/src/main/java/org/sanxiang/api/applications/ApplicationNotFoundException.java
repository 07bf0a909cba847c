package org.sanxiang.api.applications;

/** No application has the receipt number asked for (查无此申请). */
public class ApplicationNotFoundException extends ApplicationRefusedException {

    private static final long serialVersionUID = 1L;

    public ApplicationNotFoundException(String receiptNumber) {
        super("查无此申请回执编号: " + receiptNumber);
    }
}
