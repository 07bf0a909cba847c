package org.sanxiang.console.internal.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.records.Certificate;
import org.sanxiang.api.records.Officer;
import org.sanxiang.api.records.OfficerRegistry;
import org.sanxiang.console.internal.Run;

/** {@code sanxiang:officer-list} (执法人员清单): each officer's certificate and whether it is valid today in China. */
class OfficerListCommandTest {

    private static final String UNIT = "长沙市自然资源和规划局执法支队";

    /** The personnel list as the records module holds it, by id. */
    private static final class Registry implements OfficerRegistry {
        private final List<Officer> officers;

        Registry(List<Officer> officers) {
            this.officers = officers;
        }

        @Override
        public Officer save(Officer officer, String actor) {
            throw new UnsupportedOperationException("a list does not save");
        }

        @Override
        public Optional<Officer> find(String officerId) {
            return officers.stream().filter(o -> o.id().equals(officerId)).findFirst();
        }

        @Override
        public List<Officer> list() {
            return officers;
        }

        @Override
        public Officer requireCertified(String officerId, EnforcementKind kind, String region, LocalDate day) {
            throw new UnsupportedOperationException("a list does not check");
        }
    }

    /**
     * Five officers whose certificates stand differently on {@code today}: valid for years, expired yesterday, valid
     * from tomorrow, on their last day and on their first day. Units and posts as typed in, with a comma, quotes and
     * a line break.
     */
    private static List<Officer> officersAround(LocalDate today) {
        return List.of(
                new Officer("ZR0001", "王建国", UNIT, "执法队员", new Certificate("43010019001",
                        EnumSet.of(EnforcementKind.INSPECTION, EnforcementKind.PENALTY), "430100",
                        today.minusYears(1), today.plusYears(2))),
                new Officer("ZR0002", "李明", "长沙市自然资源和规划局,岳麓分局", "大队长 (\"一级\")",
                        new Certificate("43010019002", EnumSet.of(EnforcementKind.PENALTY), "430104",
                                today.minusYears(3), today.minusDays(1))),
                new Officer("ZR0003", "赵敏", "长沙市自然资源和规划局\n执法支队三大队", "执法队员",
                        new Certificate("43010019003", EnumSet.of(EnforcementKind.INSPECTION, EnforcementKind.COERCION),
                                "430100", today.plusDays(1), today.plusYears(3))),
                new Officer("ZR0004", "陈刚", UNIT, "执法队员", new Certificate("43010019004",
                        EnumSet.of(EnforcementKind.PERMIT), "430000", today.minusYears(2), today)),
                new Officer("ZR0005", "刘芳", UNIT, "执法队员", new Certificate("43010019005",
                        EnumSet.of(EnforcementKind.LEVY), "430100", today, today.plusYears(1))));
    }

    private static LocalDate todayInChina() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** What the command printed, and the day in China it ran on (run again when midnight passed meanwhile). */
    private record Printed(LocalDate today, String out) {
    }

    private static Printed officerList(boolean csv) throws Exception {
        while (true) {
            LocalDate today = todayInChina();
            String out = Run.of(new OfficerListCommand()).set("officers", new Registry(officersAround(today)))
                    .set("csv", csv).print();
            if (today.equals(todayInChina())) {
                return new Printed(today, out);
            }
        }
    }

    @Test
    void csvListsOneRowPerOfficerWithTheCertificateValidityOfToday() throws Exception {
        Printed p = officerList(true);
        LocalDate d = p.today();
        assertEquals(Run.lines(
                "Id,Name,Unit,Post,Certificate,Category,Region,Validity,Today",
                "ZR0001,王建国," + UNIT + ",执法队员,43010019001,行政处罚/行政检查,430100,"
                        + d.minusYears(1) + "~" + d.plusYears(2) + ",有效",
                "ZR0002,李明,\"长沙市自然资源和规划局,岳麓分局\",\"大队长 (\"\"一级\"\")\",43010019002,行政处罚,430104,"
                        + d.minusYears(3) + "~" + d.minusDays(1) + ",无效",
                "ZR0003,赵敏,\"长沙市自然资源和规划局\n执法支队三大队\",执法队员,43010019003,行政强制/行政检查,430100,"
                        + d.plusDays(1) + "~" + d.plusYears(3) + ",无效",
                "ZR0004,陈刚," + UNIT + ",执法队员,43010019004,行政许可,430000," + d.minusYears(2) + "~" + d + ",有效",
                "ZR0005,刘芳," + UNIT + ",执法队员,43010019005,行政征收,430100," + d + "~" + d.plusYears(1) + ",有效"),
                p.out());
    }

    @Test
    void theTableShowsTheChineseCategoriesAndWhetherEachCertificateIsValidToday() throws Exception {
        Printed p = officerList(false);
        LocalDate d = p.today();
        List<List<String>> table = Run.table(p.out());
        assertEquals(List.of("Id", "Name", "Unit", "Post", "Certificate", "Category", "Region", "Validity", "Today"),
                table.get(0));
        assertEquals(List.of("ZR0001", "王建国", UNIT, "执法队员", "43010019001", "行政处罚/行政检查", "430100",
                d.minusYears(1) + "~" + d.plusYears(2), "有效"), row(table, "ZR0001"));
        assertEquals("无效", row(table, "ZR0002").get(8));
        assertEquals("无效", row(table, "ZR0003").get(8));
        assertEquals("有效", row(table, "ZR0004").get(8));
        assertEquals("有效", row(table, "ZR0005").get(8));
    }

    @Test
    void anEmptyPersonnelListPrintsOnlyTheHeader() throws Exception {
        String out = Run.of(new OfficerListCommand()).set("officers", new Registry(List.of())).set("csv", true).print();
        assertEquals(Run.lines("Id,Name,Unit,Post,Certificate,Category,Region,Validity,Today"), out);
    }

    private static List<String> row(List<List<String>> table, String id) {
        return table.stream().filter(r -> r.get(0).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id + " in " + table));
    }
}
