package org.sanxiang.routes.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What {@code config:meta <pid>} shows for each route bundle's configuration PID, against the bundle's blueprint
 * and the shipped {@code etc/<pid>.cfg}. One test for every route bundle (they sit beside this module under
 * {@code routes/}), so that a bundle added with a {@code cm:property-placeholder} and no metatype fails here.
 */
class RouteMetatypeTest {

    private static final Path ROUTES = Path.of("..");
    private static final Path ETC = Path.of("../../karaf-config/src/main/etc");

    /** A route bundle's configured PID: its blueprint file and its metatype file. */
    private record Configured(String module, String pid, Element blueprint, Path metatype) {
    }

    @Test
    void everyRouteBundleWithAConfigurationPidIsFound() throws Exception {
        Set<String> pids = new TreeSet<>();
        configured().forEach(c -> pids.add(c.pid()));
        assertTrue(pids.containsAll(Set.of("org.sanxiang.credit", "org.sanxiang.enforcement", "org.sanxiang.hallwindow",
                "org.sanxiang.hubstatus", "org.sanxiang.journal", "org.sanxiang.recorder", "org.sanxiang.supervision")),
                pids::toString);
    }

    @TestFactory
    Stream<DynamicTest> configMetaShowsEveryBlueprintDefaultAndOnlyThose() throws Exception {
        return configured().stream().map(c -> dynamicTest(c.pid(), () -> {
            Map<String, String> declared = declared(c.blueprint());
            Map<String, String> described = described(parse(c.metatype()));
            declared.forEach((key, value) -> assertEquals(value, described.get(key),
                    c.pid() + ": config:meta default of " + key));
            Set<String> unread = new TreeSet<>(described.keySet());
            unread.removeAll(declared.keySet());
            assertEquals(Set.of(), unread, c.pid() + ": ADs without a default property in the blueprint");
        }));
    }

    @TestFactory
    Stream<DynamicTest> configMetaIsDesignatedForTheBlueprintPid() throws Exception {
        return configured().stream().map(c -> dynamicTest(c.pid(), () -> {
            Element metatype = parse(c.metatype());
            assertEquals(c.pid(), all(metatype, "Designate").get(0).getAttribute("pid"));
            assertEquals(c.pid(), all(metatype, "Object").get(0).getAttribute("ocdref"));
            assertEquals(c.pid(), all(metatype, "OCD").get(0).getAttribute("id"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedKeyIsDescribedForConfigMeta() throws Exception {
        return configured().stream().map(c -> dynamicTest(c.pid(), () -> {
            Set<String> missing = new TreeSet<>();
            for (String line : Files.readAllLines(ETC.resolve(c.pid() + ".cfg"))) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    missing.add(line.split("=", 2)[0].strip());
                }
            }
            missing.removeAll(described(parse(c.metatype())).keySet());
            assertEquals(Set.of(), missing, "keys of etc/" + c.pid() + ".cfg without an AD");
        }));
    }

    /** Every blueprint of a route bundle with a {@code cm:property-placeholder}, with its metatype file. */
    private static List<Configured> configured() throws Exception {
        List<Configured> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROUTES)) {
            for (Path module : modules.sorted().toList()) {
                Path dir = module.resolve("src/main/resources/OSGI-INF/blueprint");
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                        Element blueprint = parse(file);
                        List<Element> placeholders = all(blueprint, "property-placeholder");
                        if (placeholders.isEmpty()) {
                            continue;
                        }
                        String pid = placeholders.get(0).getAttribute("persistent-id");
                        Path metatype = module.resolve("src/main/resources/OSGI-INF/metatype/" + pid + ".xml");
                        assertTrue(Files.isRegularFile(metatype), module.getFileName() + " reads PID " + pid
                                + " but has no " + metatype);
                        out.add(new Configured(module.getFileName().toString(), pid, blueprint, metatype));
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, String> declared(Element blueprint) {
        Map<String, String> declared = new TreeMap<>();
        all(all(blueprint, "default-properties").get(0), "property")
                .forEach(p -> declared.put(p.getAttribute("name"), p.getAttribute("value")));
        return declared;
    }

    private static Map<String, String> described(Element metatype) {
        Map<String, String> described = new TreeMap<>();
        all(metatype, "AD").forEach(ad -> described.put(ad.getAttribute("id"), shown(ad)));
        return described;
    }

    /** The default the metatype service keeps: up to an unescaped ',', unescaped; null if invalid for its type. */
    private static String shown(Element ad) {
        String value = ad.getAttribute("default").split("(?<!\\\\),", -1)[0].replaceAll("\\\\(.)", "$1").strip();
        try {
            switch (ad.getAttribute("type")) {
                case "Integer" -> Integer.valueOf(value);
                case "Long" -> Long.valueOf(value);
                case "Double" -> Double.valueOf(value);
                default -> { }
            }
            return value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Element parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    private static List<Element> all(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }
}
