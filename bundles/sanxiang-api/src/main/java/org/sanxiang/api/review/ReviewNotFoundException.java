package org.sanxiang.api.review;

import org.sanxiang.api.domain.NotFound;

/** No such review request, reviewer, adviser or discussion (查无此记录); the message is Chinese, for staff. */
public class ReviewNotFoundException extends ReviewException implements NotFound {

    private static final long serialVersionUID = 1L;

    public ReviewNotFoundException(String message) {
        super(message);
    }
}
