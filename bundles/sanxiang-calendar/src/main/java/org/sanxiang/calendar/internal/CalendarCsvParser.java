package org.sanxiang.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a holiday file: UTF-8 text, {@code #} comment lines and blank lines ignored, a header line
 * {@code date,kind,holiday,notice}, then one row per date with exactly those four comma-separated
 * fields (no quoting): an ISO date, {@code off} or {@code work}, the holiday name and the notice.
 * Any malformed line fails the whole file with an error naming the file and line.
 */
final class CalendarCsvParser {

    static final String HEADER = "date,kind,holiday,notice";

    private CalendarCsvParser() {
    }

    /**
     * @param in the file's text; not closed
     * @param source the file name used in error messages and kept on each row
     */
    static List<CalendarRow> parse(Reader in, String source) throws IOException {
        BufferedReader reader = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
        List<CalendarRow> rows = new ArrayList<>();
        boolean headerSeen = false;
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!text.equals(HEADER)) {
                    throw error(source, lineNo, "expected the header '" + HEADER + "', found '" + text + "'");
                }
                headerSeen = true;
                continue;
            }
            rows.add(row(text, source, lineNo));
        }
        if (!headerSeen) {
            throw error(source, lineNo, "no header '" + HEADER + "' (empty file?)");
        }
        return rows;
    }

    private static CalendarRow row(String text, String source, int lineNo) {
        String[] fields = text.split(",", -1);
        if (fields.length != 4) {
            throw error(source, lineNo, "expected 4 fields (" + HEADER + "), found " + fields.length + ": '" + text + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw error(source, lineNo, "date must be yyyy-MM-dd, found '" + fields[0].strip() + "'");
        }
        DayKind kind = DayKind.parse(fields[1].strip());
        if (kind == null) {
            throw error(source, lineNo, "kind must be 'off' or 'work', found '" + fields[1].strip() + "'");
        }
        String holiday = fields[2].strip();
        if (holiday.isEmpty()) {
            throw error(source, lineNo, "holiday name is empty");
        }
        String notice = fields[3].strip();
        if (notice.isEmpty()) {
            throw error(source, lineNo, "notice is empty (give the notice's URL or document number)");
        }
        return new CalendarRow(date, kind, holiday, notice, source, lineNo);
    }

    private static CalendarDataException error(String source, int lineNo, String message) {
        return new CalendarDataException(source + ":" + lineNo + ": " + message);
    }
}
