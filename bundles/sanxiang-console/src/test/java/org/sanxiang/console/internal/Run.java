package org.sanxiang.console.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * Runs a console command as Karaf would: its {@link Reference} services and {@link Option} values set into its
 * fields, then {@link Action#execute()}, and what it printed on {@code System.out} returned. Optionally as a logged-in
 * shell user ({@link #as}), which is who the access log names.
 */
public final class Run {

    private final Action command;
    private String user;

    private Run(Action command) {
        this.command = command;
    }

    public static Run of(Action command) {
        return new Run(command);
    }

    /**
     * Sets a field of the command that Karaf would set: a {@link Reference} or an {@link Option}; any other name
     * fails, so a test cannot set what the shell never does.
     */
    public Run set(String field, Object value) {
        try {
            Field f = field(command.getClass(), field);
            if (!f.isAnnotationPresent(Reference.class) && !f.isAnnotationPresent(Option.class)) {
                throw new IllegalArgumentException(command.getClass().getSimpleName() + "." + field
                        + " is neither a @Reference nor an @Option");
            }
            f.setAccessible(true);
            f.set(command, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(command.getClass().getSimpleName() + " has no field " + field, e);
        }
        return this;
    }

    /** Runs the command as the shell user {@code name}: Karaf's JAAS {@link UserPrincipal} in the subject, as a login gives. */
    public Run as(String name) {
        this.user = name;
        return this;
    }

    /** Executes the command and returns everything it printed; what it throws is thrown unchanged. */
    public String print() throws Exception {
        PrintStream previous = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            execute();
        } finally {
            System.setOut(previous);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("removal")
    private void execute() throws Exception {
        if (user == null) {
            command.execute();
            return;
        }
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) command::execute);
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        }
    }

    /** The lines of CSV output, each ended by the platform's line separator, as {@code println} writes them. */
    public static String lines(String... lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append(System.lineSeparator());
        }
        return sb.toString();
    }

    /**
     * The cells of a printed console table, one list per line (the header first), trimmed; the line under the
     * header is left out. Lines printed after the table (a summary) come as one-cell rows.
     */
    public static List<List<String>> table(String out) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : out.lines().toList()) {
            if (line.matches("[-─+┼]+")) {
                continue;
            }
            rows.add(Arrays.stream(line.split("[|│]", -1)).map(String::strip).toList());
        }
        return rows;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
