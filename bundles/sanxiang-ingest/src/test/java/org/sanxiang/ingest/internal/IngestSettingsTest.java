package org.sanxiang.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The configuration operators edit (PID org.sanxiang.ingest): the shipped file, the defaults, the errors. */
class IngestSettingsTest {

    private static final Path SHIPPED = Path.of("../../karaf-config/src/main/etc/org.sanxiang.ingest.cfg");

    @Test
    void theShippedFileSetsEveryKeyToItsBuiltInDefault() throws Exception {
        Map<String, String> shipped = new TreeMap<>();
        for (String line : Files.readAllLines(SHIPPED, StandardCharsets.ISO_8859_1)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                String[] kv = line.split("=", 2);
                shipped.put(kv[0].strip(), kv[1].strip());
            }
        }
        Map<String, String> defaults = new TreeMap<>();
        for (Method m : IngestConfig.class.getDeclaredMethods()) {
            defaults.put(m.getName().replace('_', '.'), (String) m.getDefaultValue());
        }
        assertEquals(defaults, shipped);
    }

    @Test
    void devicesAndOfficerNumbersAreReadAsOperatorsWriteThem() {
        IngestSettings s = IngestSettings.parse(" DSJ-1 , DSJ-2,, ", "A00001 = 14040020210001,B2=1404", "60", "12",
                "Asia/Shanghai", "1024", "/var/sanxiang/quarantine");
        assertEquals(Set.of("DSJ-1", "DSJ-2"), s.devices());
        assertEquals(Map.of("A00001", "14040020210001", "B2", "1404"), s.officerMap());
        assertEquals(Duration.ofSeconds(60), s.maxClockDrift());
        assertEquals(Duration.ofHours(12), s.maxUploadDelay());
        assertEquals(1024, s.metadataMaxBytes());
        assertEquals(Path.of("/var/sanxiang/quarantine"), s.quarantineDir());
    }

    @Test
    void aMalformedValueFailsTheStartNamingTheKeyAndThePid() {
        IllegalArgumentException map = assertThrows(IllegalArgumentException.class, () -> IngestSettings.parse("",
                "A00001", "300", "24", "Asia/Shanghai", "65536", "/q"));
        assertTrue(map.getMessage().contains("officer.map") && map.getMessage().contains(IngestComponent.PID),
                map.getMessage());
        IllegalArgumentException drift = assertThrows(IllegalArgumentException.class, () -> IngestSettings.parse("",
                "", "-5", "24", "Asia/Shanghai", "65536", "/q"));
        assertTrue(drift.getMessage().startsWith("clock.drift.max.seconds must be positive"), drift.getMessage());
        IllegalArgumentException dir = assertThrows(IllegalArgumentException.class, () -> IngestSettings.parse("",
                "", "300", "24", "Asia/Shanghai", "65536", "${sanxiang.no.such.property}/q"));
        assertTrue(dir.getMessage().contains("quarantine.dir") && dir.getMessage().contains("sanxiang.no.such.property"),
                dir.getMessage());
    }
}
