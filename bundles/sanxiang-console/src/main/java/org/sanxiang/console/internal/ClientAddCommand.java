package org.sanxiang.console.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.sanxiang.routes.common.PasswordHash;

/**
 * {@code sanxiang:client-add NAME ROLES}: adds or replaces a SOAP client in {@code etc/org.sanxiang.clients.cfg}.
 * The password is read without echo (or taken from {@code --password} in scripts) and only its salted
 * PBKDF2 hash is written.
 */
@Service
@Command(scope = "sanxiang", name = "client-add", description = "Adds a SOAP client with roles; stores only a salted hash")
public class ClientAddCommand implements Action {

    static final String PID = "org.sanxiang.clients";
    /**
     * The roles the hub's endpoints know (HubStatus, HallWindow, supervision queries, recorder push, Enforcement),
     * and those of the bundled simulators' endpoints (the hub calling them as a client).
     */
    static final Set<String> ROLES = Set.of("status", "screen", "counter", "supervision", "recorder", "case-system",
            "reviewer", "disclosure", "registers", "credit-receiver", "supervision-office", "screen-push");

    @Reference
    private ConfigurationAdmin configurationAdmin;

    @Reference
    private Session session;

    @Argument(index = 0, name = "name", required = true, description = "Client name (user name in the UsernameToken)")
    private String name;

    @Argument(index = 1, name = "roles", required = true, description = "Comma-separated roles: status, screen, counter, supervision, recorder, case-system, reviewer, "
            + "disclosure, registers (simulators: credit-receiver, supervision-office, screen-push)")
    private String roles;

    @Option(name = "--password", description = "Password (for scripts; interactive use asks for it)")
    private String password;

    @Override
    public Object execute() throws IOException {
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("客户端名称只能包含字母、数字、'.'、'_'、'-' / name: letters, digits, '.', '_', "
                    + "'-' (max 64)");
        }
        for (String r : roles.split(",")) {
            if (!ROLES.contains(r.strip())) {
                throw new IllegalArgumentException("未知角色 / unknown role '" + r + "'; known: "
                        + new java.util.TreeSet<>(ROLES));
            }
        }
        char[] pw = password != null ? password.toCharArray() : readPassword();
        if (pw == null) {
            throw new IllegalArgumentException("两次输入的密码不一致 / the passwords differ");
        }
        if (pw.length < 8) {
            throw new IllegalArgumentException("密码至少8位 / the password needs at least 8 characters");
        }
        String hash = PasswordHash.hash(pw);
        Arrays.fill(pw, '\0');
        Configuration cfg = configurationAdmin.getConfiguration(PID, null);
        Dictionary<String, Object> props = cfg.getProperties() != null ? cfg.getProperties() : new Hashtable<>();
        props.put("client." + name, roles.replace(" ", "") + ";" + hash);
        cfg.update(props);
        System.out.println("Client '" + name + "' saved with roles " + roles + " (password stored as a salted hash)");
        return null;
    }

    private char[] readPassword() throws IOException {
        String first = session.readLine("Password: ", '*');
        String second = session.readLine("Repeat password: ", '*');
        if (first == null || !first.equals(second)) {
            return null;
        }
        return first.toCharArray();
    }
}
