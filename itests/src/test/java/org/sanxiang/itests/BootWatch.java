package org.sanxiang.itests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.Remote;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.rmi.server.UnicastRemoteObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.ops4j.pax.exam.rbc.internal.RemoteBundleContext;

/**
 * Watches the boot of the Pax Exam container a suite starts (the newest folder under {@code target/exam}) by
 * reading its {@code data/log/karaf.log}. When Karaf logs that its boot failed ("Error installing boot feature…"),
 * the watch keeps the resolver's message and ends Pax Exam's wait for the container at once: it binds, under the
 * name the container would have used in the test's RMI registry, a remote bundle context that answers every call
 * with that message. Without it the suite would wait the full system timeout for a container that never comes up.
 */
final class BootWatch implements AutoCloseable {

    private static final String FATAL = "Error installing boot feature";
    private static final Path EXAM = Path.of("target/exam");
    private static final Pattern ENTRY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");

    private final long startedAt = System.currentTimeMillis();
    private final Thread thread;
    private volatile boolean closed;
    private volatile String failure;
    private Remote exported;
    private volatile Path failed;
    /** How far the watch read the container's log, and the lines read since the last 200 of a long stretch. */
    private long position;
    private final List<String> pending = new ArrayList<>();

    private BootWatch(String suite) {
        thread = new Thread(this::watch, "boot-watch-" + suite);
        thread.setDaemon(true);
    }

    static BootWatch start(String suite) {
        BootWatch w = new BootWatch(suite);
        w.thread.start();
        return w;
    }

    /** The boot failure as Karaf logged it, or null when none was seen. */
    String failure() {
        return failure;
    }

    private void watch() {
        try {
            Path container = awaitContainerFolder();
            if (container == null) {
                return;
            }
            Path log = container.resolve("data/log/karaf.log");
            watching().until(() -> closed || logShowsFatal(log));
            if (indexOfFatal(pending) >= 0) {
                failure = describe(container, log);
                failed = container;
                failFast(container);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("boot watch: " + e);
        }
    }

    /**
     * The watch's waits: in its own thread, every 250 ms, until their condition or {@link #closed} (checked by each
     * condition: these waits do not heed the interrupt of {@link #close()}).
     */
    private static ConditionFactory watching() {
        return await().forever().pollInSameThread().dontCatchUncaughtExceptions().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250));
    }

    /** Reads what the log gained since the last call: whether it holds the fatal entry now. */
    private boolean logShowsFatal(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return false;
        }
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            if (f.length() > position) {
                f.seek(position);
                byte[] bytes = new byte[(int) Math.min(f.length() - position, 4 << 20)];
                f.readFully(bytes);
                position += bytes.length;
                for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
                    pending.add(line);
                }
            }
        }
        if (indexOfFatal(pending) >= 0) {
            return true;
        }
        if (pending.size() > 2_000) {
            pending.subList(0, pending.size() - 200).clear();
        }
        return false;
    }

    private static int indexOfFatal(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(FATAL)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The fatal log entry and the messages of its stack trace (not the frames): every line up to the next entry
     * (a line that starts with a timestamp), waiting up to 3 s for that entry to be written.
     */
    private static String describe(Path home, Path log) throws IOException {
        List<String> out = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(3)).pollInSameThread().dontCatchUncaughtExceptions()
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(() -> fatalEntry(log, out));
        } catch (ConditionTimeoutException e) {
            // not complete after 3 s: what there is of it
        }
        return "Karaf did not boot (" + home + "); its log says:\n" + String.join("\n", out);
    }

    /** Puts the fatal entry's lines but the frames into {@code out}: whether the entry is complete. */
    private static boolean fatalEntry(Path log, List<String> out) throws IOException {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        out.clear();
        for (int i = indexOfFatal(all); i < all.size(); i++) {
            String line = all.get(i);
            if (!out.isEmpty() && ENTRY.matcher(line).lookingAt()) {
                return true;
            }
            String frame = line.strip();
            if (!frame.startsWith("at ") && !frame.startsWith("... ") && out.size() < 40) {
                out.add(line);
            }
        }
        return false;
    }

    /** Binds a remote bundle context that answers with the failure, so that Pax Exam stops waiting. */
    private void failFast(Path home) {
        Optional<Properties> props = systemProperties(home);
        String port = props.map(p -> p.getProperty("org.ops4j.pax.exam.rbc.rmi.port")).orElse(null);
        String name = props.map(p -> p.getProperty("org.ops4j.pax.exam.rbc.rmi.name")).orElse(null);
        if (port == null || name == null) {
            System.err.println("boot watch: no RMI port/name in " + home + "/etc/system.properties; " + failure);
            return;
        }
        String message = failure;
        RemoteBundleContext failing = (RemoteBundleContext) Proxy.newProxyInstance(
                RemoteBundleContext.class.getClassLoader(), new Class<?>[] {RemoteBundleContext.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? "boot failure" : method.invoke(this, args);
                    }
                    throw new RemoteException(message);
                });
        try {
            exported = UnicastRemoteObject.exportObject(failing, 0);
            LocateRegistry.getRegistry("127.0.0.1", Integer.parseInt(port.trim())).rebind(name.trim(), exported);
        } catch (RemoteException | RuntimeException e) {
            System.err.println("boot watch: could not end the wait (" + e + "); " + message);
        }
    }

    private static Optional<Properties> systemProperties(Path home) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("etc/system.properties"))) {
            p.load(in);
            return Optional.of(p);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The Karaf home of the container: in the newest folder under target/exam made after the watch began, the
     * folder itself or the one folder unpacked into it that holds {@code etc/}.
     */
    private Path awaitContainerFolder() throws IOException {
        AtomicReference<Path> home = new AtomicReference<>();
        watching().until(() -> {
            if (closed) {
                return true;
            }
            if (Files.isDirectory(EXAM)) {
                Optional<Path> newest;
                try (Stream<Path> s = Files.list(EXAM)) {
                    newest = s.filter(Files::isDirectory)
                            .filter(p -> p.toFile().lastModified() >= startedAt - 1_000)
                            .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
                }
                if (newest.isPresent()) {
                    home.set(karafHome(newest.get()));
                }
            }
            return home.get() != null;
        });
        return home.get();
    }

    private static Path karafHome(Path folder) throws IOException {
        if (Files.isDirectory(folder.resolve("etc"))) {
            return folder;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> Files.isDirectory(p.resolve("etc"))).findFirst().orElse(null);
        }
    }

    /**
     * Stops watching; after a failed boot also ends the container's JVM, which Pax Exam, never having seen it
     * start, would leave running.
     */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        Path container = failed;
        if (container != null) {
            String marker = "-Dkaraf.base=" + container.toAbsolutePath();
            ProcessHandle.current().descendants()
                    .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                    .forEach(ProcessHandle::destroyForcibly);
        }
        if (exported != null) {
            try {
                UnicastRemoteObject.unexportObject(exported, true);
            } catch (RemoteException e) {
                // already gone
            }
        }
    }
}
