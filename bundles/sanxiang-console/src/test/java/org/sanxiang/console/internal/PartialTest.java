package org.sanxiang.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;

/** The test helper {@link Partial}: a misspelt method fails at once, an unexpected call fails the test that makes it. */
class PartialTest {

    private static final Officer WANG = new Officer("ZR0001", "王建国", "长沙市自然资源和规划局执法支队", "执法队员",
            new Certificate("43010019001", EnumSet.of(EnforcementKind.PENALTY), "430100", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2028, 12, 31)));

    private static final class Listing {
        public List<Officer> list() {
            return List.of(WANG);
        }
    }

    private static final class Misspelt {
        public List<Officer> lists() {
            return List.of(WANG);
        }
    }

    @Test
    void theMethodsGivenAnswerAndDefaultMethodsRunOnThem() {
        OfficerRegistry registry = Partial.of(OfficerRegistry.class, new Listing());
        assertEquals(List.of(WANG), registry.list());
        assertEquals(WANG, registry.findByCertificate(" 43010019001 ").orElseThrow());
    }

    @Test
    void aMethodTheTestDidNotGiveFailsNamingIt() {
        OfficerRegistry registry = Partial.of(OfficerRegistry.class, new Listing());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> registry.find("ZR0001"));
        assertEquals("OfficerRegistry.find is not part of this test", e.getMessage());
    }

    @Test
    void aMethodThatIsNotOfTheInterfaceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Partial.of(OfficerRegistry.class, new Misspelt()));
        assertEquals("Misspelt.lists[] is not a method of org.sanxiang.api.records.OfficerRegistry", e.getMessage());
    }
}
