package org.sanxiang.routes.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanxiang.contracts.enforcement.v1.EnforcementPortType;

/** Every operation of the published contract is served, by exactly the roles the contract documents for it. */
class EnforcementOperationsTest {

    private static final EnforcementOperations OPERATIONS = new EnforcementOperations(null,
            new RegisterOperations(null, null, null), new CaseOperations(null), new ReviewOperations(null, null, null, null),
            new DisclosureOperations(null, null, List.of()));

    /** The operations of the WSDL with the roles in their documentation, e.g. {@code (registers, case-system)}. */
    private static Map<String, Set<String>> documented() throws Exception {
        String wsdl;
        try (InputStream in = EnforcementPortType.class.getResourceAsStream("Enforcement.wsdl")) {
            wsdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("<wsdl:operation name=\"(\\w+)\">\\s*<wsdl:documentation>[^<]*\\(([a-z, -]+)\\)"
                + "</wsdl:documentation>").matcher(wsdl);
        Map<String, Set<String>> out = new LinkedHashMap<>();
        while (m.find()) {
            out.put(m.group(1), Arrays.stream(m.group(2).split(",")).map(String::strip)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        return out;
    }

    @Test
    void everyOperationOfTheContractIsServedByTheRolesItDocuments() throws Exception {
        Map<String, Set<String>> documented = documented();
        assertEquals(41, documented.size(), "the contract's operations");
        Map<String, Set<String>> served = new LinkedHashMap<>();
        OPERATIONS.roles().forEach((k, v) -> served.put(k, new TreeSet<>(v)));
        assertEquals(new TreeSet<>(documented.keySet()), new TreeSet<>(served.keySet()));
        documented.forEach((op, roles) -> assertEquals(roles, served.get(op), op));
    }

    @Test
    void noScreenOrCounterMayWriteAndEveryWriteBelongsToOneRole() {
        OPERATIONS.roles().values().forEach(roles -> {
            assertFalse(roles.contains("screen"), roles.toString());
            assertFalse(roles.contains("counter"), roles.toString());
        });
        Set<String> writes = OPERATIONS.writes();
        assertEquals(28, writes.size(), writes.toString());
        for (String w : writes) {
            assertEquals(1, OPERATIONS.roles().get(w).size(), w + " is owned by one role");
        }
        assertTrue(writes.containsAll(List.of("FileCase", "SignOpinion", "ApprovePublication", "ImportRegister")));
    }
}
