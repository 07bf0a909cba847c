package org.sanxiang.console.internal;

import org.sanxiang.api.records.AccessLog;
import org.sanxiang.api.records.AccessRequest;

/**
 * The console's reads of records held outside the records module (publications, review files, the recorder's
 * media list and quarantine) logged in the one access log (调阅监督, R-R6) with the shell user and the stated
 * purpose, like the records' own reads; {@code sanxiang:access-log} shows them.
 */
public final class ConsoleReads {

    /** The purpose recorded when the operator states none ({@code --purpose}). */
    public static final String DEFAULT_PURPOSE = "控制台查询";

    private ConsoleReads() {
    }

    public static void log(AccessLog log, String purpose, String subjectType, String subjectRef) {
        log.record(new AccessRequest(ShellUser.name(), purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose),
                subjectType, subjectRef);
    }
}
