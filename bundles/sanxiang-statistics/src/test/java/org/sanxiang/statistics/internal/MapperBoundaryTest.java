package org.sanxiang.statistics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.statistics.Source;

/**
 * R-S2 and the module boundary: the statistics read the other modules only through the read-only views those
 * modules own ({@link Source#views()}), never one of their tables, so a schema change there cannot break the
 * report unnoticed.
 */
class MapperBoundaryTest {

    private static final Pattern TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+(sx_[a-z_]+)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyForeignNameTheMapperReadsIsAViewItsModuleOwns() throws IOException {
        Set<String> views = Arrays.stream(Source.values()).flatMap(s -> s.views().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> read = new TreeSet<>();
        Matcher m = TABLE.matcher(mapper());
        while (m.find()) {
            read.add(m.group(1));
        }
        Set<String> foreign = read.stream().filter(t -> !t.startsWith("sx_stat_"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(views, foreign, "the mapper reads exactly the sources' views besides its own tables");
        assertTrue(foreign.stream().allMatch(t -> t.matches("sx_(rec|dis|rev)_stat_[a-z_]+")), foreign::toString);
    }

    @Test
    void eachViewIsCreatedByAMigrationOfItsModule() throws IOException {
        for (Source s : Source.values()) {
            for (String view : s.views()) {
                String module = switch (view.substring(3, 6)) {
                    case "rec" -> "records";
                    case "dis" -> "disclosure";
                    case "rev" -> "review";
                    default -> throw new AssertionError("no module for " + view);
                };
                assertTrue(migrations(module).contains("CREATE VIEW " + view + " AS"),
                        view + " is created by a migration of module " + module);
            }
        }
    }

    private static String mapper() throws IOException {
        return resource("org/sanxiang/statistics/internal/StatisticsMapper.xml");
    }

    /** Every migration script of a module, in its index's order. */
    private static String migrations(String module) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String line : resource("db/" + module + "/index.txt").split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                all.append(resource("db/" + module + "/" + name)).append('\n');
            }
        }
        return all.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MapperBoundaryTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
