package org.sanxiang.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.sanxiang.api.health.HealthStatus;

/** The modules check: a stopped hub module is DOWN by name, other bundles and fragments do not count. */
class ModulesHealthTest {

    private static Bundle bundle(String name, int state, boolean fragment) {
        Hashtable<String, String> headers = new Hashtable<>();
        if (fragment) {
            headers.put(Constants.FRAGMENT_HOST, "sanxiang-contracts");
        }
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getSymbolicName" -> name;
                    case "getState" -> state;
                    case "getHeaders" -> headers;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static HealthStatus check(Bundle... bundles) {
        BundleContext context = (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> {
                    if (m.getName().equals("getBundles")) {
                        return bundles;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return new ModulesHealth(context).check();
    }

    @Test
    void allHubModulesActiveIsUpWithTheirCount() {
        HealthStatus s = check(bundle("sanxiang-store", Bundle.ACTIVE, false),
                bundle("sanxiang-records", Bundle.ACTIVE, false), bundle("org.apache.camel.camel-core", Bundle.RESOLVED,
                        false), bundle("sanxiang-contracts-fragment", Bundle.RESOLVED, true));
        assertTrue(s.isUp(), s.toString());
        assertEquals("modules", s.component());
        assertTrue(s.detail().startsWith("2 个模块运行中"), s.detail());
    }

    @Test
    void aStoppedModuleIsDownByNameWithWhatToDo() {
        HealthStatus s = check(bundle("sanxiang-store", Bundle.ACTIVE, false),
                bundle("sanxiang-records", Bundle.RESOLVED, false), bundle("sanxiang-ingest", Bundle.INSTALLED, false));
        assertFalse(s.isUp());
        assertEquals("未运行 / not active: sanxiang-records (RESOLVED, 已停止), sanxiang-ingest (INSTALLED, 依赖未满足)"
                + " (bundle:start <name>)", s.detail());
    }
}
