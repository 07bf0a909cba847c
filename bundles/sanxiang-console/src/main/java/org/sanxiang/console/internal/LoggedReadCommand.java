package org.sanxiang.console.internal;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.Option;
import org.sanxiang.api.records.AccessLog;

/**
 * A command that shows records held for the legal record (review files, publications, recordings, quarantine):
 * each read is logged in the one access log with the shell user and the stated {@code --purpose} (调阅监督,
 * R-R6), so the command refuses to run without the records module — a read that cannot be logged is not made.
 */
public abstract class LoggedReadCommand extends TableCommand {

    @Reference(optional = true)
    protected AccessLog accessLog;

    @Option(name = "--purpose", description = "Stated purpose of the read (调阅事由), logged with it")
    protected String purpose = ConsoleReads.DEFAULT_PURPOSE;

    /** Fails with the console's message when the access log (records module) is not there. */
    protected void requireAccessLog() {
        Installed.require(accessLog, "sanxiang-records");
    }

    /** Logs this read of {@code subjectRef} ({@code *} for a list) of the given type. */
    protected void logged(String subjectType, String subjectRef) {
        ConsoleReads.log(accessLog, purpose, subjectType, subjectRef);
    }
}
