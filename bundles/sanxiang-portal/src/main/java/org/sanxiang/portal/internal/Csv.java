package org.sanxiang.portal.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV for the open data (UTF-8 with a byte order mark, so that spreadsheet programs read the Chinese
 * right). A value that a spreadsheet would take for a formula ({@code = + - @}, tab, carriage return first) is
 * written with a leading apostrophe: opening the open data never runs anything.
 */
final class Csv {

    private final Writer out;

    Csv(Writer out) throws IOException {
        this.out = out;
        out.write('\uFEFF');
    }

    void row(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(values.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
