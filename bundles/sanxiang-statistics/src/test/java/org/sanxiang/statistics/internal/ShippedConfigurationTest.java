package org.sanxiang.statistics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code etc/org.sanxiang.statistics.cfg} (read as ISO-8859-1, like Karaf does) sets nothing, and
 * the example under each comment, uncommented, is exactly the built-in default.
 */
class ShippedConfigurationTest {

    private static final Path FILE = Path.of("../../karaf-config/src/main/etc/org.sanxiang.statistics.cfg");

    @Test
    void theShippedFileDocumentsEveryKeyWithItsDefault() throws Exception {
        String text = Files.readString(FILE, StandardCharsets.ISO_8859_1);
        Properties active = new Properties();
        active.load(new StringReader(text));
        assertTrue(active.isEmpty(), "every key is commented out: " + active);

        Properties examples = new Properties();
        examples.load(new StringReader(text.replaceAll("(?m)^# ([a-z.]+ = )", "$1")));
        assertEquals(Map.of("report.date", "01-20", "reports.dir", "${karaf.data}/reports",
                "bureau.name", "长治市自然资源局"), examples);
        StatisticsSettings fromFile = StatisticsSettings.of(Seed.config(Map.of(
                "report_date", examples.getProperty("report.date"),
                "reports_dir", "/data/" + examples.getProperty("reports.dir").replace("${karaf.data}/", ""),
                "bureau_name", examples.getProperty("bureau.name"))));
        StatisticsSettings defaults = StatisticsSettings.of(Seed.config(Map.of("reports_dir", "/data/reports")));
        assertEquals(defaults, fromFile);
    }
}
