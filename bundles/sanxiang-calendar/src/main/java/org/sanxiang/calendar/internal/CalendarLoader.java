package org.sanxiang.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the holiday file shipped in the bundle and every {@code *.csv} file of the ops directory (in
 * file-name order; hidden files skipped), and merges them with {@link CalendarData#merge}.
 */
final class CalendarLoader {

    /** The shipped holiday file, on the bundle's class path. */
    static final String SHIPPED = "calendar/cn-statutory-days.csv";

    /** What was loaded: the merged data and the ops files read (empty when there were none). */
    record Loaded(CalendarData data, List<Path> opsFiles) {
    }

    private CalendarLoader() {
    }

    /**
     * @param opsDir the ops directory, or {@code null} for none; a directory that does not exist holds
     *        no files
     * @throws CalendarDataException when a file cannot be read or is malformed
     */
    static Loaded load(Path opsDir) {
        List<CalendarRow> shipped = readShipped();
        List<Path> files = opsFiles(opsDir);
        List<CalendarRow> ops = new ArrayList<>();
        for (Path file : files) {
            ops.addAll(readFile(file));
        }
        return new Loaded(CalendarData.merge(shipped, ops), files);
    }

    static List<CalendarRow> readShipped() {
        try (InputStream in = CalendarLoader.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new CalendarDataException(SHIPPED + ": missing from the bundle");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), SHIPPED);
        } catch (IOException e) {
            throw new CalendarDataException(SHIPPED + ": cannot read: " + e, e);
        }
    }

    static List<CalendarRow> readFile(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new CalendarDataException(file + ": cannot read: " + e, e);
        }
    }

    private static List<CalendarRow> parse(Reader in, String source) throws IOException {
        try {
            return CalendarCsvParser.parse(in, source);
        } catch (CharacterCodingException e) {
            throw new CalendarDataException(source + ": not valid UTF-8 text; save the file as UTF-8", e);
        }
    }

    static List<Path> opsFiles(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            throw new CalendarDataException(dir + ": the calendar data directory is not a directory");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".csv");
                    })
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new CalendarDataException(dir + ": cannot list the calendar data directory: " + e, e);
        }
    }
}
