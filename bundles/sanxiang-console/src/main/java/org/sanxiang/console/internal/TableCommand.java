package org.sanxiang.console.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;

/**
 * A command whose answer is a table: aligned columns with Chinese labels for the operator, or {@code --csv} for
 * scripts (RFC 4180 quoting, {@link Tables}). Karaf sets the options of this class on every subclass.
 */
public abstract class TableCommand implements Action {

    @Option(name = "--csv", description = "Comma-separated output for scripts")
    protected boolean csv;

    /** Prints the rows under the header, as a table or as CSV. */
    protected void table(List<String> header, List<List<String>> rows) {
        Tables.print(System.out, csv, header, rows);
    }
}
