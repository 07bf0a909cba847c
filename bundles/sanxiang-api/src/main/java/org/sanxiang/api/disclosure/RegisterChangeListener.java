package org.sanxiang.api.disclosure;

import org.osgi.annotation.versioning.ConsumerType;

/** Told of each committed register change (whiteboard service): screens, portal, supervision office. */
@ConsumerType
@FunctionalInterface
public interface RegisterChangeListener {

    void changed(RegisterEntry entry);
}
