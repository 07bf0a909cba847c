package org.sanxiang.console.internal;

import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.support.table.ShellTable;

/** Prints rows as a console table, or as CSV (RFC 4180 quoting) for scripts. */
public final class Tables {

    private Tables() {
    }

    public static void print(PrintStream out, boolean csv, List<String> headers, List<List<String>> rows) {
        if (csv) {
            out.println(csvLine(headers));
            for (List<String> row : rows) {
                out.println(csvLine(row));
            }
            return;
        }
        ShellTable table = new ShellTable();
        for (String h : headers) {
            table.column(h);
        }
        for (List<String> row : rows) {
            table.addRow().addContent(row.toArray());
        }
        table.print(out);
    }

    public static String csvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
