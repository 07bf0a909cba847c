package org.sanxiang.console.internal;

import java.security.AccessController;
import java.security.Principal;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** The name of the user running a console command, for the access audit. */
public final class ShellUser {

    private ShellUser() {
    }

    @SuppressWarnings("removal")
    public static String name() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p instanceof UserPrincipal) {
                    return "console:" + p.getName();
                }
            }
        }
        return "console";
    }
}
