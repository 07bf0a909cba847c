package org.sanxiang.demo.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.sanxiang.routes.common.PasswordHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the demo wires, through ConfigurationAdmin (so each change lands in its {@code etc/} file as an operator's
 * edit would): the bundled simulators as the hub's receivers (credit publication, supervision office, information
 * screen), each with a client the demo creates with a generated password; the demo's recorder device; and the
 * demo's own SOAP clients. A setting an operator made (a user that is not the demo's) is never touched.
 * {@link #unwire()} takes all of it back.
 */
final class Wiring {

    static final String CLIENTS = "org.sanxiang.clients";
    static final String CREDIT = "org.sanxiang.credit";
    static final String SUPERVISION = "org.sanxiang.supervision";
    static final String HALL = "org.sanxiang.hallwindow";
    static final String INGEST = "org.sanxiang.ingest";

    /** The demo's clients: name → roles. */
    static final Map<String, String> DEMO_CLIENTS = new LinkedHashMap<>();

    static {
        DEMO_CLIENTS.put("demo-credit", "credit-receiver");
        DEMO_CLIENTS.put("demo-office", "supervision-office");
        DEMO_CLIENTS.put("demo-screen-push", "screen-push");
        DEMO_CLIENTS.put("demo-loader", "registers,case-system,reviewer,disclosure,recorder");
        DEMO_CLIENTS.put("demo-screen", "screen");
    }

    static final String DEVICE = "DSJ-DEMO-0001";
    /** The device's officer numbers and the 执法证号 they stand for (the demo's officers 李红 and 赵志刚). */
    static final Map<String, String> DEVICE_OFFICERS = Map.of("D00001", DemoStory.CERT_LI, "D00002", DemoStory.CERT_ZHAO);

    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LOCAL_SIMULATOR = Pattern.compile("http://(127\\.0\\.0\\.1|localhost):(\\d+)(/.*/sim/.*)");

    private final ConfigurationAdmin admin;
    private final int httpPort;

    Wiring(ConfigurationAdmin admin, int httpPort) {
        this.admin = admin;
        this.httpPort = httpPort;
    }

    /** A fresh password: 24 random bytes, URL-safe base64. */
    static String newPassword() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * Wires the simulators and the demo's clients; {@code known} holds passwords from an earlier start (the
     * credentials file), kept while their clients still exist. Returns every demo client's password, and what
     * was changed, in {@code changes}.
     */
    Map<String, String> wire(Map<String, String> known, List<String> changes) throws IOException {
        Dictionary<String, Object> clients = properties(CLIENTS);
        Map<String, String> passwords = new LinkedHashMap<>();
        boolean clientsChanged = false;
        for (Map.Entry<String, String> c : DEMO_CLIENTS.entrySet()) {
            String entry = (String) clients.get("client." + c.getKey());
            String pw = known.get(c.getKey());
            if (entry == null || pw == null || !entry.startsWith(c.getValue() + ";")) {
                pw = newPassword();
                clients.put("client." + c.getKey(), c.getValue() + ";" + PasswordHash.hash(pw.toCharArray()));
                clientsChanged = true;
                changes.add("client " + c.getKey() + " (" + c.getValue() + ")");
            }
            passwords.put(c.getKey(), pw);
        }
        if (clientsChanged) {
            update(CLIENTS, clients);
        }
        receiver(CREDIT, "receiver.url", "receiver.user", "receiver.password", "demo-credit", passwords, changes);
        receiver(SUPERVISION, "office.url", "office.user", "office.password", "demo-office", passwords, changes);
        receiver(HALL, null, "push.user", "push.password", "demo-screen-push", passwords, changes);
        recorder(changes);
        return passwords;
    }

    /** Points a delivery adapter at its simulator with the demo's client, unless an operator configured it. */
    private void receiver(String pid, String urlKey, String userKey, String passwordKey, String client,
                          Map<String, String> passwords, List<String> changes) throws IOException {
        Dictionary<String, Object> p = properties(pid);
        String user = string(p.get(userKey));
        if (!user.isEmpty() && !user.equals(client)) {
            LOG.info("demo: {} has its own receiver user '{}': left as it is", pid, user);
            return;
        }
        boolean changed = false;
        if (urlKey != null) {
            Matcher m = LOCAL_SIMULATOR.matcher(string(p.get(urlKey)));
            if (!m.matches()) {
                LOG.info("demo: {} {} is not the bundled simulator: left as it is", pid, urlKey);
                return;
            }
            String url = "http://127.0.0.1:" + httpPort + m.group(3);
            if (!url.equals(p.get(urlKey))) {
                p.put(urlKey, url);
                changed = true;
            }
        }
        if (!client.equals(user) || !passwords.get(client).equals(string(p.get(passwordKey)))) {
            p.put(userKey, client);
            p.put(passwordKey, passwords.get(client));
            changed = true;
        }
        if (changed) {
            update(pid, p);
            changes.add(pid + " → simulator as " + client);
        }
    }

    private void recorder(List<String> changes) throws IOException {
        Dictionary<String, Object> p = properties(INGEST);
        Set<String> devices = list(p.get("devices"));
        Map<String, String> map = pairs(p.get("officer.map"));
        boolean changed = devices.add(DEVICE);
        for (Map.Entry<String, String> e : DEVICE_OFFICERS.entrySet()) {
            if (!e.getValue().equals(map.get(e.getKey()))) {
                map.putIfAbsent(e.getKey(), e.getValue());
                changed |= e.getValue().equals(map.get(e.getKey()));
            }
        }
        if (changed) {
            p.put("devices", String.join(",", devices));
            p.put("officer.map", join(map));
            update(INGEST, p);
            changes.add(INGEST + " → device " + DEVICE);
        }
    }

    /** Takes back what {@link #wire} did; returns what was changed. */
    List<String> unwire() throws IOException {
        List<String> changes = new ArrayList<>();
        Dictionary<String, Object> clients = properties(CLIENTS);
        boolean clientsChanged = false;
        for (String name : DEMO_CLIENTS.keySet()) {
            if (clients.remove("client." + name) != null) {
                clientsChanged = true;
                changes.add("client " + name + " removed");
            }
        }
        if (clientsChanged) {
            update(CLIENTS, clients);
        }
        unreceiver(CREDIT, "receiver.user", "receiver.password", changes);
        unreceiver(SUPERVISION, "office.user", "office.password", changes);
        unreceiver(HALL, "push.user", "push.password", changes);
        Dictionary<String, Object> p = properties(INGEST);
        Set<String> devices = list(p.get("devices"));
        Map<String, String> map = pairs(p.get("officer.map"));
        boolean changed = devices.remove(DEVICE);
        for (Map.Entry<String, String> e : DEVICE_OFFICERS.entrySet()) {
            changed |= map.remove(e.getKey(), e.getValue());
        }
        if (changed) {
            p.put("devices", String.join(",", devices));
            p.put("officer.map", join(map));
            update(INGEST, p);
            changes.add(INGEST + ": device " + DEVICE + " removed");
        }
        return changes;
    }

    private void unreceiver(String pid, String userKey, String passwordKey, List<String> changes) throws IOException {
        Dictionary<String, Object> p = properties(pid);
        String user = string(p.get(userKey));
        if (DEMO_CLIENTS.containsKey(user)) {
            p.put(userKey, "");
            p.put(passwordKey, "");
            update(pid, p);
            changes.add(pid + ": demo receiver user removed");
        }
    }

    // ------------------------------------------------------------------ configuration

    private Dictionary<String, Object> properties(String pid) throws IOException {
        Configuration c = admin.getConfiguration(pid, null);
        Dictionary<String, Object> p = c.getProperties();
        Dictionary<String, Object> copy = new Hashtable<>();
        if (p != null) {
            for (Enumeration<String> keys = p.keys(); keys.hasMoreElements(); ) {
                String k = keys.nextElement();
                copy.put(k, p.get(k));
            }
        }
        return copy;
    }

    private void update(String pid, Dictionary<String, Object> p) throws IOException {
        admin.getConfiguration(pid, null).update(p);
    }

    static String string(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }

    static Set<String> list(Object o) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : string(o).split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    static Map<String, String> pairs(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : list(o)) {
            int eq = s.indexOf('=');
            if (eq > 0) {
                out.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
            }
        }
        return out;
    }

    static String join(Map<String, String> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(",", parts);
    }
}
