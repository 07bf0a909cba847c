package org.sanxiang.api.applications;

/** An application or step refused, with a Chinese message counter staff can act on. */
public class ApplicationRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ApplicationRefusedException(String message) {
        super(message);
    }
}
