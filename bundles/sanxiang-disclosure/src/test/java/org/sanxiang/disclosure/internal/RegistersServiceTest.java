package org.sanxiang.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.disclosure.PublicationRefusedException;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.disclosure.RegisterImportRow;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Violation;
import org.sanxiang.store.support.ModuleStore;

/** The pre-disclosure registers (R-D3): whole-register imports are all or nothing, every bad row named. */
class RegistersServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private RegistersService registers;
    private final List<String> ledgered = new ArrayList<>();
    private final List<RegisterEntry> told = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:registers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ModuleStore store = ModuleStore.open(dataSource, "disclosure", RegistersService.class.getClassLoader(),
                DisclosureComponent.MAPPERS);
        registers = new RegistersService(store, (kind, subject, actor, digest) -> ledgered.add(subject),
                Optional::empty, () -> List.of(told::add), Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"),
                ZoneOffset.UTC));
    }

    private static Map<String, String> item(String name) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("事项名称", name);
        f.put("实施主体", "长治市自然资源局");
        f.put("职责", "土地执法");
        f.put("职权类别", "行政处罚");
        f.put("法定依据", "《中华人民共和国土地管理法》");
        return f;
    }

    private static List<RegisterImportRow> rows(int n) {
        List<RegisterImportRow> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(new RegisterImportRow("SX-" + i, item("事项" + i)));
        }
        return rows;
    }

    @Test
    void aWholeRegisterIsImportedInOneGoAndAnUnchangedRowIsNotVersionedAgain() {
        List<RegisterEntry> first = registers.importEntries(RegisterType.ENFORCEMENT_ITEM, rows(300), DAY, "科员甲");
        assertEquals(300, first.size());
        assertEquals(300, registers.asOf(RegisterType.ENFORCEMENT_ITEM, DAY).size());
        assertEquals(300, ledgered.size(), "every new version ledgered");
        assertEquals(300, told.size(), "every change told to the listeners (screens)");

        List<RegisterImportRow> again = rows(300);
        again.set(7, new RegisterImportRow("SX-8", item("事项8(修订)")));
        List<RegisterEntry> second = registers.importEntries(RegisterType.ENFORCEMENT_ITEM, again, DAY, "科员甲");
        assertEquals(2, second.get(7).version(), "the changed row is a new version");
        assertEquals(1, second.get(0).version(), "an unchanged row is not versioned again");
        assertEquals(301, ledgered.size());
    }

    @Test
    void oneBadRowRefusesTheWholeImportNamingEveryBadRowAndWritesNothing() {
        List<RegisterImportRow> rows = rows(200);
        Map<String, String> incomplete = item("缺字段的事项");
        incomplete.remove("法定依据");
        incomplete.put("职责", " ");
        rows.set(41, new RegisterImportRow("SX-42", incomplete));
        rows.set(99, new RegisterImportRow("SX-1", item("重复编码")));
        rows.set(150, new RegisterImportRow(" ", item("无编码")));
        PublicationRefusedException e = assertThrows(PublicationRefusedException.class,
                () -> registers.importEntries(RegisterType.ENFORCEMENT_ITEM, rows, DAY, "科员甲"));
        List<String> named = e.violations().stream().map(Violation::field).toList();
        assertEquals(List.of("第42行(SX-42)", "第100行(SX-1)", "第151行( )"), named);
        assertTrue(e.violations().get(0).message().contains("职责、法定依据"), e.violations().toString());
        assertTrue(e.violations().get(1).message().contains("重复"), e.violations().toString());
        assertTrue(e.getMessage().contains("未写入任何条目"), e.getMessage());
        assertEquals(List.of(), registers.asOf(RegisterType.ENFORCEMENT_ITEM, DAY), "nothing written");
        assertEquals(List.of(), ledgered);
        assertEquals(List.of(), told);
    }
}
