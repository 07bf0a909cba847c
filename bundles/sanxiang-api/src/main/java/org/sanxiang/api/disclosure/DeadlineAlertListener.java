package org.sanxiang.api.disclosure;

import org.osgi.annotation.versioning.ConsumerType;

/** Told of each deadline alert once it is committed (whiteboard service); a failure is logged only. */
@ConsumerType
@FunctionalInterface
public interface DeadlineAlertListener {

    void alert(DeadlineAlert alert);
}
