package org.sanxiang.api.disclosure;

import org.sanxiang.api.domain.NotFound;

/** No such publication, draw or register entry (查无此记录); the message is Chinese, for staff. */
public class PublicationNotFoundException extends PublicationRefusedException implements NotFound {

    private static final long serialVersionUID = 1L;

    public PublicationNotFoundException(String message) {
        super(message);
    }
}
