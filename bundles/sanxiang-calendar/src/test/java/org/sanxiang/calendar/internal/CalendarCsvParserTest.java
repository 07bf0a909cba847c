package org.sanxiang.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarCsvParserTest {

    private static List<CalendarRow> parse(String text) throws IOException {
        return CalendarCsvParser.parse(new StringReader(text), "ops.csv");
    }

    @Test
    void readsRowsSkippingCommentsAndBlankLines() throws IOException {
        List<CalendarRow> rows = parse("# 2027 notice\n\ndate,kind,holiday,notice\n"
                + "2027-01-01,off,元旦,国办发明电〔2026〕1号\n"
                + "  # a comment between rows\n"
                + "2027-02-06, work ,春节,国办发明电〔2026〕1号\n");
        assertEquals(List.of(
                new CalendarRow(LocalDate.of(2027, 1, 1), DayKind.OFF, "元旦", "国办发明电〔2026〕1号", "ops.csv", 4),
                new CalendarRow(LocalDate.of(2027, 2, 6), DayKind.WORK, "春节", "国办发明电〔2026〕1号", "ops.csv", 6)),
                rows);
        assertEquals("ops.csv:6", rows.get(1).location());
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() throws IOException {
        List<CalendarRow> rows = parse("\uFEFFdate,kind,holiday,notice\r\n2027-01-01,off,元旦,n\r\n");
        assertEquals(1, rows.size());
        assertEquals("元旦", rows.get(0).holiday());
        assertEquals("n", rows.get(0).notice());
    }

    @Test
    void aHeaderOnlyFileHasNoRows() throws IOException {
        assertEquals(List.of(), parse("date,kind,holiday,notice\n"));
    }

    @Test
    void theShippedFileParses() {
        List<CalendarRow> rows = CalendarLoader.readShipped();
        assertEquals(286, rows.size());
        CalendarRow first = rows.get(0);
        assertEquals(LocalDate.of(2018, 12, 29), first.date());
        assertEquals(DayKind.WORK, first.kind());
        assertEquals(CalendarLoader.SHIPPED + ":5", first.location());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "date,kind,holiday,notice\\n2027-01-01,off,元旦 | ops.csv:2: expected 4 fields",
            "date,kind,holiday,notice\\n2027-01-01,off,元旦,n,extra | ops.csv:2: expected 4 fields",
            "date,kind,holiday,notice\\n2027/01/01,off,元旦,n | ops.csv:2: date must be yyyy-MM-dd, found '2027/01/01'",
            "date,kind,holiday,notice\\n2027-02-30,off,元旦,n | ops.csv:2: date must be yyyy-MM-dd, found '2027-02-30'",
            "date,kind,holiday,notice\\n\\n2027-01-01,holiday,元旦,n | ops.csv:3: kind must be 'off' or 'work', found 'holiday'",
            "date,kind,holiday,notice\\n2027-01-01,OFF,元旦,n | ops.csv:2: kind must be 'off' or 'work', found 'OFF'",
            "date,kind,holiday,notice\\n2027-01-01,off, ,n | ops.csv:2: holiday name is empty",
            "date,kind,holiday,notice\\n2027-01-01,off,元旦, | ops.csv:2: notice is empty",
            "2027-01-01,off,元旦,n | ops.csv:1: expected the header 'date,kind,holiday,notice'",
            "date;kind;holiday;notice | ops.csv:1: expected the header",
            "\"# only a comment\" | ops.csv:1: no header",
    })
    void malformedLinesFailNamingFileAndLine(String text, String expected) {
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> parse(text.replace("\\n", "\n")));
        assertEquals(expected, e.getMessage().substring(0, Math.min(e.getMessage().length(), expected.length())),
                e.getMessage());
    }
}
