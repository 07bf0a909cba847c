package org.sanxiang.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.sanxiang.api.domain.UnifiedSocialCreditCode;
import org.sanxiang.routes.common.PasswordHash;

/** What the demo wires and takes back (issue: demo profile): never an operator's setting, never a fixed password. */
class WiringTest {

    /** ConfigurationAdmin's contract for what the demo uses: configurations by PID, read and updated. */
    private final Map<String, Hashtable<String, Object>> store = new HashMap<>();
    private int updates;

    private final ConfigurationAdmin admin = (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ConfigurationAdmin.class}, (p, m, a) -> {
                if (!m.getName().equals("getConfiguration")) {
                    throw new UnsupportedOperationException(m.getName());
                }
                String pid = (String) a[0];
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Configuration.class},
                        (q, n, b) -> switch (n.getName()) {
                            case "getPid" -> pid;
                            case "getProperties" -> store.containsKey(pid) ? new Hashtable<>(store.get(pid)) : null;
                            case "update" -> {
                                @SuppressWarnings("unchecked")
                                Dictionary<String, Object> d = (Dictionary<String, Object>) b[0];
                                Hashtable<String, Object> copy = new Hashtable<>();
                                for (var keys = d.keys(); keys.hasMoreElements(); ) {
                                    String k = keys.nextElement();
                                    copy.put(k, d.get(k));
                                }
                                store.put(pid, copy);
                                updates++;
                                yield null;
                            }
                            default -> throw new UnsupportedOperationException(n.getName());
                        });
            });

    private void shipped() {
        put(Wiring.CREDIT, "receiver.url", "http://127.0.0.1:8181/cxf/sim/credit", "receiver.user", "",
                "receiver.password", "");
        put(Wiring.SUPERVISION, "office.url", "http://127.0.0.1:8181/cxf/sim/supervision", "office.user", "",
                "office.password", "");
        put(Wiring.HALL, "push.user", "", "push.password", "");
        put(Wiring.INGEST, "devices", "", "officer.map", "");
        put(Wiring.CLIENTS, "client.ops-probe", "status;pbkdf2-sha256$1$x$y");
    }

    private void put(String pid, String... kv) {
        Hashtable<String, Object> t = store.computeIfAbsent(pid, k -> new Hashtable<>());
        for (int i = 0; i + 1 < kv.length; i += 2) {
            t.put(kv[i], kv[i + 1]);
        }
    }

    private String get(String pid, String key) {
        Object v = store.getOrDefault(pid, new Hashtable<>()).get(key);
        return v == null ? null : v.toString();
    }

    @Test
    void theSimulatorsAreWiredAtTheHubsPortWithGeneratedPasswordsThatOnlyTheirHashesStandFor() throws Exception {
        shipped();
        List<String> changes = new ArrayList<>();
        Map<String, String> pw = new Wiring(admin, 18181).wire(Map.of(), changes);
        assertEquals("http://127.0.0.1:18181/cxf/sim/credit", get(Wiring.CREDIT, "receiver.url"));
        assertEquals("demo-credit", get(Wiring.CREDIT, "receiver.user"));
        assertEquals(pw.get("demo-credit"), get(Wiring.CREDIT, "receiver.password"));
        assertEquals("demo-office", get(Wiring.SUPERVISION, "office.user"));
        assertEquals("demo-screen-push", get(Wiring.HALL, "push.user"));
        assertEquals(Wiring.DEVICE, get(Wiring.INGEST, "devices"));
        assertTrue(get(Wiring.INGEST, "officer.map").contains("D00001=" + DemoStory.CERT_LI));
        for (Map.Entry<String, String> c : pw.entrySet()) {
            assertTrue(c.getValue().length() >= 32, "a generated password: " + c);
            String entry = get(Wiring.CLIENTS, "client." + c.getKey());
            String hash = entry.substring(entry.indexOf(';') + 1);
            assertTrue(PasswordHash.verify(c.getValue().toCharArray(), hash), "the client's hash is of its password");
            assertFalse(entry.contains(c.getValue()), "only the hash is stored");
        }
        assertEquals("status;pbkdf2-sha256$1$x$y", get(Wiring.CLIENTS, "client.ops-probe"), "other clients stay");
        Map<String, String> other = new Wiring(admin, 18181).wire(Map.of(), new ArrayList<>());
        assertFalse(other.get("demo-loader").equals(pw.get("demo-loader")), "no fixed password: each hub its own");

        int before = updates;
        List<String> again = new ArrayList<>();
        assertEquals(other, new Wiring(admin, 18181).wire(other, again), "a restart keeps what works");
        assertTrue(again.isEmpty(), "nothing rewritten: " + again);
        assertEquals(before, updates);
    }

    @Test
    void anOperatorsReceiverIsLeftAsItIsAndUnwiringTakesBackOnlyWhatTheDemoWired() throws Exception {
        shipped();
        put(Wiring.CREDIT, "receiver.url", "https://credit.shanxi.example/ws", "receiver.user", "czzrzyj",
                "receiver.password", "from-the-receiver");
        put(Wiring.INGEST, "devices", "DSJ-REAL-0007", "officer.map", "100234=14040020210001");
        new Wiring(admin, 8181).wire(Map.of(), new ArrayList<>());
        assertEquals("czzrzyj", get(Wiring.CREDIT, "receiver.user"));
        assertEquals("https://credit.shanxi.example/ws", get(Wiring.CREDIT, "receiver.url"));
        assertEquals("demo-office", get(Wiring.SUPERVISION, "office.user"));
        assertEquals("DSJ-REAL-0007," + Wiring.DEVICE, get(Wiring.INGEST, "devices"));

        List<String> taken = new Wiring(admin, 8181).unwire();
        assertFalse(taken.isEmpty());
        assertEquals("czzrzyj", get(Wiring.CREDIT, "receiver.user"), "the operator's receiver stays");
        assertEquals("from-the-receiver", get(Wiring.CREDIT, "receiver.password"));
        assertEquals("", get(Wiring.SUPERVISION, "office.user"));
        assertEquals("", get(Wiring.SUPERVISION, "office.password"));
        assertEquals("", get(Wiring.HALL, "push.password"));
        assertEquals("DSJ-REAL-0007", get(Wiring.INGEST, "devices"));
        assertEquals("100234=14040020210001", get(Wiring.INGEST, "officer.map"));
        for (String name : Wiring.DEMO_CLIENTS.keySet()) {
            assertNull(get(Wiring.CLIENTS, "client." + name));
        }
        assertEquals("status;pbkdf2-sha256$1$x$y", get(Wiring.CLIENTS, "client.ops-probe"));
        assertTrue(new Wiring(admin, 8181).unwire().isEmpty(), "nothing left to take back");
    }

    @Test
    void theDemoDataUsesValidCreditCodesAndEscapesWhatItSends() {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            String c = DemoStory.company(i);
            assertTrue(UnifiedSocialCreditCode.isValid(c), c);
            assertNull(seen.put(c, true), "distinct");
        }
        assertEquals("<e:name>&lt;a&gt; &amp; &quot;b&quot;</e:name>", Xml.of().el("name", "<a> & \"b\"").toString());
        assertEquals("", Xml.of().el("nothing", null).toString());
    }
}
