package org.sanxiang.portal.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * A small streaming JSON writer for the open data: objects of string fields, arrays of them. Strings are escaped
 * for any context ({@code <}, {@code >}, {@code &}, U+2028/2029 as {@code \}{@code u} escapes), so a file opened in a
 * browser or pasted into a page never becomes markup.
 */
final class Json {

    private final Writer out;
    private boolean first = true;

    Json(Writer out) {
        this.out = out;
    }

    Json begin(char c) throws IOException {
        comma();
        out.write(c);
        first = true;
        return this;
    }

    Json end(char c) throws IOException {
        out.write(c);
        first = false;
        return this;
    }

    Json name(String name) throws IOException {
        comma();
        string(name);
        out.write(':');
        first = true;
        return this;
    }

    Json value(String value) throws IOException {
        comma();
        if (value == null) {
            out.write("null");
        } else {
            string(value);
        }
        first = false;
        return this;
    }

    Json value(long value) throws IOException {
        comma();
        out.write(Long.toString(value));
        first = false;
        return this;
    }

    Json value(boolean value) throws IOException {
        comma();
        out.write(value ? "true" : "false");
        first = false;
        return this;
    }

    Json field(String name, String value) throws IOException {
        return name(name).value(value);
    }

    Json object(Map<String, String> fields) throws IOException {
        begin('{');
        for (Map.Entry<String, String> e : fields.entrySet()) {
            field(e.getKey(), e.getValue());
        }
        return end('}');
    }

    private void comma() throws IOException {
        if (!first) {
            out.write(',');
        }
        first = false;
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
