package org.sanxiang.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.calendar.Deadline;

class CalendarLoaderTest {

    /** A made-up notice for 2027, test data only. */
    static final String NOTICE_2027 = "date,kind,holiday,notice\n"
            + "2026-12-31,off,元旦,test-notice-2027\n"
            + "2027-01-01,off,元旦,test-notice-2027\n"
            + "2027-01-09,work,元旦,test-notice-2027\n";

    @TempDir
    Path dir;

    private static StatutoryCalendar calendar(CalendarData data) {
        return new StatutoryCalendar(data, MissingYearPolicy.REFUSE, y -> { });
    }

    @Test
    void anAbsentOpsDirectoryLeavesTheShippedData() {
        CalendarLoader.Loaded loaded = CalendarLoader.load(dir.resolve("calendar"));
        assertEquals(List.of(), loaded.opsFiles());
        assertEquals(286, loaded.data().size());
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), List.copyOf(loaded.data().knownYears()));
    }

    @Test
    void opsFilesAddNextYearsNoticeAndItsSpillOver() throws IOException {
        Path file = Files.writeString(dir.resolve("2027.csv"), NOTICE_2027);
        CalendarLoader.Loaded loaded = CalendarLoader.load(dir);
        assertEquals(List.of(file), loaded.opsFiles());
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027),
                List.copyOf(loaded.data().knownYears()));
        assertEquals(0, loaded.data().overridden());
        StatutoryCalendar calendar = calendar(loaded.data());
        assertEquals(new Deadline(LocalDate.of(2027, 1, 5), List.of()),
                calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 2),
                "12-31 and 01-01 off, then a weekend; firm even in REFUSE mode");
        assertEquals(LocalDate.of(2027, 1, 9), calendar.addWorkingDays(LocalDate.of(2027, 1, 8), 1).due(),
                "Saturday 01-09 is a make-up working day");
        assertEquals(Optional.of("元旦"), calendar.holidayName(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void opsRowsReplaceShippedRowsForTheSameDate() throws IOException {
        Files.writeString(dir.resolve("correction.csv"), "date,kind,holiday,notice\n"
                + "2026-10-10,off,国庆节,test-correction\n"
                + "2026-10-08,off,国庆节,test-correction\n");
        CalendarData data = CalendarLoader.load(dir).data();
        assertEquals(1, data.overridden());
        assertEquals(287, data.size());
        StatutoryCalendar calendar = calendar(data);
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "shipped says work, ops says off");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 8)), "a date the shipped data does not list");
        assertEquals(LocalDate.of(2026, 10, 12), calendar.addWorkingDays(LocalDate.of(2026, 10, 9), 1).due());
    }

    @Test
    void otherAndHiddenFilesAreIgnored() throws IOException {
        Files.writeString(dir.resolve("README.txt"), "not a calendar");
        Files.writeString(dir.resolve(".2027.csv"), "garbage");
        Files.writeString(dir.resolve("2027.csv.bak"), "garbage");
        Files.createDirectory(dir.resolve("old.csv"));
        Path upper = Files.writeString(dir.resolve("2027.CSV"), NOTICE_2027);
        assertEquals(List.of(upper), CalendarLoader.load(dir).opsFiles());
    }

    @Test
    void aMalformedOpsRowFailsTheLoadNamingFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("2027.csv"), "# draft\ndate,kind,holiday,notice\n"
                + "2027-01-01,off,元旦,n\n2027-01-32,off,元旦,n\n");
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> CalendarLoader.load(dir));
        assertEquals(file + ":4: date must be yyyy-MM-dd, found '2027-01-32'", e.getMessage());
    }

    @Test
    void aDateListedInTwoOpsFilesIsAnError() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "date,kind,holiday,notice\n2027-01-01,off,元旦,n\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "date,kind,holiday,notice\n\n2027-01-01,off,元旦,n\n");
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> CalendarLoader.load(dir));
        assertEquals(b + ":3: 2027-01-01 is already listed at " + a + ":2; list each date once", e.getMessage());
    }

    @Test
    void aDateListedTwiceInOneFileIsAnError() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"),
                "date,kind,holiday,notice\n2027-01-01,off,元旦,n\n2027-01-01,work,元旦,n\n");
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> CalendarLoader.load(dir));
        assertTrue(e.getMessage().startsWith(a + ":3: 2027-01-01 is already listed at " + a + ":2"), e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsAnError() throws IOException {
        Path file = Files.write(dir.resolve("2027.csv"),
                "date,kind,holiday,notice\n2027-01-01,off,元旦,n\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> CalendarLoader.load(dir));
        assertEquals(file + ": not valid UTF-8 text; save the file as UTF-8", e.getMessage());
    }

    @Test
    void anOpsDirectoryThatIsAFileIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("calendar"), "", StandardCharsets.UTF_8);
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> CalendarLoader.load(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    }
}
