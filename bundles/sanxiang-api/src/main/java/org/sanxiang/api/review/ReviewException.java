package org.sanxiang.api.review;

/** A request the legal review refuses (法制审核业务规则不允许); the message is Chinese, for staff. */
public class ReviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReviewException(String message) {
        super(message);
    }
}
