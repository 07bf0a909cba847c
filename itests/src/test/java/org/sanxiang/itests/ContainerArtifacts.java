package org.sanxiang.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Pax Exam container resolves from the local Maven repository at run time (everything else comes from the
 * distribution's own {@code system/} folder): Pax Exam's feature repository and the bundles of its {@code exam}
 * feature, and the bundles {@link HubTestSupport} adds. Each must be a declared dependency of the itests module so
 * that Maven downloads it before a container starts — on a fresh machine nothing else puts it there.
 */
final class ContainerArtifacts {

    private static final Pattern MVN = Pattern.compile("mvn:([^/<\\s]+)/([^/<\\s]+)/([^/<\\s]+)(?:/([^/<\\s]+))?(?:/([^/<\\s]+))?");

    private ContainerArtifacts() {
    }

    static Path localRepository() {
        return Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
    }

    /** A message naming every missing artifact, or null when all are in the local repository. */
    static String missing() {
        Path repo = localRepository();
        String examVersion = System.getProperty("pax-exam.version");
        List<String> urls = new ArrayList<>();
        String examFeatures = "mvn:org.ops4j.pax.exam/pax-exam-features/" + examVersion + "/xml";
        urls.add(examFeatures);
        Path features = file(repo, examFeatures);
        if (Files.isRegularFile(features)) {
            try {
                Matcher m = MVN.matcher(Files.readString(features));
                while (m.find()) {
                    urls.add(m.group());
                }
            } catch (IOException e) {
                return "cannot read " + features + ": " + e;
            }
        }
        urls.add("mvn:org.hamcrest/hamcrest/" + System.getProperty("hamcrest.version"));
        urls.add("mvn:org.awaitility/awaitility/" + System.getProperty("awaitility.version"));
        List<String> absent = new ArrayList<>();
        for (String url : urls) {
            Path p = file(repo, url);
            if (!Files.isRegularFile(p)) {
                absent.add(url + " (" + p + ")");
            }
        }
        if (absent.isEmpty()) {
            return null;
        }
        return "The Pax Exam container would resolve these artifacts from the local Maven repository " + repo
                + " at run time, but they are not there — declare each as a test dependency of itests/pom.xml so "
                + "that Maven downloads it:\n  " + String.join("\n  ", absent);
    }

    /** The file of {@code mvn:group/artifact/version[/type[/classifier]]} in a Maven repository. */
    static Path file(Path repo, String url) {
        Matcher m = MVN.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException(url);
        }
        String group = m.group(1);
        String artifact = m.group(2);
        String version = m.group(3);
        String type = m.group(4) == null ? "jar" : m.group(4);
        String classifier = m.group(5) == null ? "" : "-" + m.group(5);
        return repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + classifier + "." + type);
    }
}
