package org.sanxiang.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.calendar.MissingCalendarDataException;

class CalendarComponentTest {

    @TempDir
    Path dir;

    private final CalendarComponent component = new CalendarComponent();

    @SuppressWarnings("all")
    private static CalendarComponent.Config config(String dataDir, MissingYearPolicy policy) {
        return new CalendarComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CalendarComponent.Config.class;
            }

            @Override
            public String data_dir() {
                return dataDir;
            }

            @Override
            public MissingYearPolicy missing_year_policy() {
                return policy;
            }
        };
    }

    @Test
    void servesTheShippedDataWithoutAnOpsDirectory() {
        component.activate(config("", MissingYearPolicy.WARN));
        assertEquals(new Deadline(LocalDate.of(2025, 10, 13), List.of()),
                component.addWorkingDays(LocalDate.of(2025, 9, 26), 7));
        assertEquals(new Deadline(LocalDate.of(2025, 10, 9), List.of()),
                component.addCalendarDays(LocalDate.of(2025, 9, 21), 10));
        assertEquals(7, component.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 13)));
        assertTrue(component.isWorkingDay(LocalDate.of(2025, 10, 11)));
        assertEquals("国庆节", component.holidayName(LocalDate.of(2026, 10, 1)).orElseThrow());
        assertEquals(List.of(2027), component.addWorkingDays(LocalDate.of(2026, 12, 31), 7).missingYears());
    }

    @Test
    void modifiedReloadsTheOpsDirectoryAndThePolicy() throws IOException {
        component.activate(config(dir.toString(), MissingYearPolicy.WARN));
        assertTrue(component.addWorkingDays(LocalDate.of(2026, 12, 30), 2).provisional());

        Files.writeString(dir.resolve("2027.csv"), CalendarLoaderTest.NOTICE_2027);
        component.modified(config(dir.toString(), MissingYearPolicy.REFUSE));
        assertTrue(component.knownYears().contains(2027));
        assertEquals(new Deadline(LocalDate.of(2027, 1, 5), List.of()),
                component.addWorkingDays(LocalDate.of(2026, 12, 30), 2));
        assertEquals(2028, assertThrows(MissingCalendarDataException.class,
                () -> component.addWorkingDays(LocalDate.of(2027, 12, 30), 2)).year());
    }

    @Test
    void aMalformedFileStopsActivation() throws IOException {
        Path file = Files.writeString(dir.resolve("2027.csv"), "date,kind,holiday,notice\n2027-01-01,of,元旦,n\n");
        CalendarDataException e = assertThrows(CalendarDataException.class,
                () -> component.activate(config(dir.toString(), MissingYearPolicy.WARN)));
        assertEquals(file + ":2: kind must be 'off' or 'work', found 'of'", e.getMessage());
    }

    @Test
    void aMalformedFileOnReloadKeepsTheDataLoadedBefore() throws IOException {
        component.activate(config(dir.toString(), MissingYearPolicy.WARN));
        StatutoryCalendar before = component.snapshot();
        Files.writeString(dir.resolve("2027.csv"), "date,kind,holiday\n");
        component.modified(config(dir.toString(), MissingYearPolicy.REFUSE));
        assertSame(before, component.snapshot());
        assertEquals(MissingYearPolicy.WARN, component.snapshot().policy());
    }

    @Test
    void dataDirReplacesSystemPropertyPlaceholders() {
        Map<String, String> props = Map.of("karaf.etc", "/opt/karaf/etc");
        assertEquals(Path.of("/opt/karaf/etc/calendar"), CalendarComponent.dataDir("${karaf.etc}/calendar", props::get));
        assertEquals(Path.of("/srv/calendar"), CalendarComponent.dataDir(" /srv/calendar ", props::get));
        assertNull(CalendarComponent.dataDir("${karaf.home}/calendar", props::get));
        assertNull(CalendarComponent.dataDir("  ", props::get));
        assertNull(CalendarComponent.dataDir(null, props::get));
    }
}
