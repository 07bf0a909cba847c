package org.sanxiang.applications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.applications.Application;
import org.sanxiang.api.applications.ApplicationNotFoundException;
import org.sanxiang.api.applications.ApplicationRefusedException;
import org.sanxiang.api.applications.Decision;
import org.sanxiang.api.applications.NewApplication;
import org.sanxiang.api.applications.Progress;
import org.sanxiang.api.applications.StepKind;
import org.sanxiang.api.calendar.Deadline;
import org.sanxiang.api.calendar.WorkingDayCalendar;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.domain.PartyType;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.api.records.AccessRequest;
import org.sanxiang.store.support.ModuleStore;

/** Permit applications on H2: receipt numbers, idempotent submission, the step machine and the paused clock. */
class ApplicationsServiceTest {

    /** Wednesday 2026-03-04, 10:00 in China. */
    private static final Instant NOW = Instant.parse("2026-03-04T02:00:00Z");
    private static final AccessRequest READER = new AccessRequest("counter-a", "窗口查询办理进度");

    private final List<String> ledgered = new ArrayList<>();
    private ApplicationsService service;
    private final MovableClock clock = new MovableClock();

    @BeforeEach
    void setUp() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:applications-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ModuleStore store = ModuleStore.open(ds, "applications", ApplicationsService.class.getClassLoader(),
                ApplicationsComponent.MAPPERS);
        service = new ApplicationsService(store, new WeekdayCalendar(), new OneGuide(), () -> (kind, subject, actor,
                digest) -> ledgered.add(kind + " " + subject), () -> 20, clock, (officer, day) -> {
                    if (!officer.equals("14040020260001") || day.isAfter(LocalDate.of(2026, 12, 31))) {
                        throw new IllegalStateException("执法人员" + officer + "没有" + day + "有效的行政许可执法证");
                    }
                }, receipt -> {
                    if (reviewDown) {
                        throw new IllegalStateException("法制审核模块未运行");
                    }
                    return Optional.ofNullable(reviewBlocks.get(receipt));
                });
    }

    /** What the legal review answers for a receipt (a major proposed decision not yet passed), and whether it is away. */
    private final Map<String, String> reviewBlocks = new HashMap<>();
    private boolean reviewDown;

    private static NewApplication company(String requestId) {
        return new NewApplication("counter-a", requestId, "A01", "XK-001", PartyType.LEGAL_PERSON, "长治市某某矿业有限公司",
                "91350100M000100Y43", null, null, "0355-1234567", List.of("申请书×1", "营业执照复印件×1"), null);
    }

    @Test
    void submissionGivesAReceiptNumberAndTheGuidesTimeLimit() {
        Application a = service.submit(company("r-1"), "counter-a");
        assertTrue(a.receiptNumber().matches("SQ20260304\\d{6}"), a.receiptNumber());
        assertEquals("采矿权新立登记", a.itemName());
        assertEquals(15, a.timeLimitDays());
        assertEquals(StepKind.APPLIED, a.state());
        assertFalse(a.repeated());
        assertTrue(ledgered.contains("APPLICATION applications:application:1"), ledgered.toString());
    }

    @Test
    void theSameRequestIdGivesBackTheFirstApplication() {
        Application first = service.submit(company("r-2"), "counter-a");
        Application again = service.submit(company("r-2"), "counter-a");
        assertEquals(first.receiptNumber(), again.receiptNumber());
        assertTrue(again.repeated());
        assertNotEquals(first.receiptNumber(), service.submit(company("r-3"), "counter-a").receiptNumber());
    }

    @Test
    void badItemsAndApplicantsAreRefusedInChinese() {
        NewApplication unknownItem = new NewApplication("counter-a", "r-4", "A01", "NOPE", PartyType.LEGAL_PERSON,
                "某公司", "91350100M000100Y43", null, null, null, List.of(), null);
        assertTrue(assertThrows(ApplicationRefusedException.class, () -> service.submit(unknownItem, "counter-a"))
                .getMessage().contains("不在服务指南"));
        NewApplication badCode = new NewApplication("counter-a", "r-5", "A01", "XK-001", PartyType.LEGAL_PERSON,
                "某公司", "91350100M000100Y44", null, null, null, List.of(), null);
        assertTrue(assertThrows(ApplicationRefusedException.class, () -> service.submit(badCode, "counter-a"))
                .getMessage().contains("统一社会信用代码"));
        NewApplication person = new NewApplication("counter-a", "r-6", "A01", "XK-001", PartyType.NATURAL_PERSON,
                "张三", null, null, null, null, List.of(), null);
        assertTrue(assertThrows(ApplicationRefusedException.class, () -> service.submit(person, "counter-a"))
                .getMessage().contains("证件"));
    }

    @Test
    void stepsFollowTheLawAndASpecialProcedurePausesTheClock() {
        clock.now = Instant.parse("2026-02-20T02:00:00Z");
        String receipt = service.submit(company("r-7"), "counter-a").receiptNumber();
        clock.now = NOW;
        assertThrows(ApplicationRefusedException.class, () -> service.recordStep(receipt,
                StepKind.SPECIAL_PROCEDURE_START, null, null, null, null, "counter-a"));
        service.recordStep(receipt, StepKind.CORRECTION_NOTICE, LocalDate.of(2026, 2, 23), null, "缺少开采方案", null, "counter-a");
        service.recordStep(receipt, StepKind.RESUBMITTED, LocalDate.of(2026, 2, 24), null, null, null, "counter-a");
        // accepted Tuesday 2026-02-24: 15 working days (weekends only here) end on Tuesday 2026-03-17
        Progress accepted = service.recordStep(receipt, StepKind.ACCEPTED, LocalDate.of(2026, 2, 24), null, null,
                null, "counter-a");
        assertEquals(LocalDate.of(2026, 3, 17), accepted.due());
        assertEquals(9, accepted.remainingWorkingDays());
        // 特别程序 from Friday 2026-02-27 to today (Wednesday 2026-03-04): 3 working days paused so far
        service.recordStep(receipt, StepKind.SPECIAL_PROCEDURE_START, LocalDate.of(2026, 2, 27), null, "专家评审",
                null, "counter-a");
        Progress paused = service.progress(receipt, READER);
        assertTrue(paused.paused());
        assertEquals(3, paused.pausedWorkingDays());
        assertEquals(LocalDate.of(2026, 3, 20), paused.due());
        Progress resumed = service.recordStep(receipt, StepKind.SPECIAL_PROCEDURE_END, LocalDate.of(2026, 3, 3), null,
                null, null, "counter-a");
        assertFalse(resumed.paused());
        assertEquals(2, resumed.pausedWorkingDays());
        assertEquals(LocalDate.of(2026, 3, 19), resumed.due());
        assertThrows(ApplicationRefusedException.class, () -> service.recordStep(receipt, StepKind.DECIDED, null, null,
                null, null, "counter-a"));
        // 持证上岗 (issue 20): a decision names its officer, who must be certified on the day
        ApplicationRefusedException nobody = assertThrows(ApplicationRefusedException.class, () -> service.recordStep(
                receipt, StepKind.DECIDED, null, Decision.APPROVED, null, null, "counter-a"));
        assertTrue(nobody.getMessage().contains("作出决定的执法人员"), nobody.getMessage());
        ApplicationRefusedException uncertified = assertThrows(ApplicationRefusedException.class,
                () -> service.recordStep(receipt, StepKind.DECIDED, null, Decision.APPROVED, null, "14040020260099",
                        "counter-a"));
        assertTrue(uncertified.getMessage().startsWith("持证上岗(R-D4): 执法人员14040020260099没有"),
                uncertified.getMessage());
        assertThrows(ApplicationRefusedException.class, () -> service.recordStep(receipt,
                StepKind.SPECIAL_PROCEDURE_START, null, null, null, "14040020260001", "counter-a"));
        // 法制审核 (issue 20, R-L1): a major proposed decision not yet passed holds the decision; so does a review away
        reviewBlocks.put(receipt, "拟作出决定(第1版)属于重大执法决定(人工认定),未经法制审核的,不得作出决定");
        ApplicationRefusedException unreviewed = assertThrows(ApplicationRefusedException.class,
                () -> service.recordStep(receipt, StepKind.DECIDED, null, Decision.APPROVED, null, "14040020260001",
                        "counter-a"));
        assertTrue(unreviewed.getMessage().startsWith("重大执法决定法制审核(R-L1): 拟作出决定(第1版)属于重大执法决定"),
                unreviewed.getMessage());
        reviewBlocks.clear();
        reviewDown = true;
        ApplicationRefusedException away = assertThrows(ApplicationRefusedException.class,
                () -> service.recordStep(receipt, StepKind.DECIDED, null, Decision.APPROVED, null, "14040020260001",
                        "counter-a"));
        assertTrue(away.getMessage().contains("法制审核模块未运行"), away.getMessage());
        assertEquals(6, service.progress(receipt, READER).steps().size(), "nothing of a refused decision is written");
        reviewDown = false;
        Progress decided = service.recordStep(receipt, StepKind.DECIDED, null, Decision.APPROVED, null,
                "14040020260001", "counter-a");
        assertEquals("14040020260001", decided.steps().get(decided.steps().size() - 1).decidedBy());
        assertEquals(StepKind.DECIDED, decided.application().state());
        assertNull(decided.remainingWorkingDays());
        assertEquals(7, decided.steps().size());
        assertThrows(ApplicationRefusedException.class, () -> service.recordStep(receipt, StepKind.ACCEPTED, null,
                null, null, null, "counter-a"));
    }

    @Test
    void readsAreLoggedAndLedgeredAndRowsVerify() {
        String receipt = service.submit(company("r-8"), "counter-a").receiptNumber();
        service.progress(receipt, READER);
        assertEquals(1, service.reads(receipt, 10).size());
        assertEquals("窗口查询办理进度", service.reads(receipt, 10).get(0).purpose());
        assertTrue(ledgered.stream().anyMatch(s -> s.startsWith("ACCESS applications:access:")), ledgered.toString());
        Optional<Sha256> digest = service.currentDigest("applications:application:1", "APPLICATION");
        assertTrue(digest.isPresent());
        assertThrows(ApplicationNotFoundException.class, () -> service.progress("SQ20260304999999", READER));
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Monday to Friday are working days. */
    private static final class WeekdayCalendar implements WorkingDayCalendar {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public Deadline addWorkingDays(LocalDate start, int days) {
            LocalDate d = start;
            for (int n = 0; n < days; ) {
                d = d.plusDays(1);
                if (isWorkingDay(d)) {
                    n++;
                }
            }
            return new Deadline(d, List.of());
        }

        @Override
        public Deadline addCalendarDays(LocalDate start, int days) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
            if (endInclusive.isBefore(startExclusive)) {
                return -workingDaysBetween(endInclusive, startExclusive);
            }
            int n = 0;
            for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public Set<Integer> knownYears() {
            return Set.of(2026);
        }

        @Override
        public Optional<String> holidayName(LocalDate date) {
            return Optional.empty();
        }
    }

    /** One service guide, XK-001, with a 15-working-day limit. */
    private static final class OneGuide implements Registers {
        @Override
        public List<RegisterEntry> asOf(RegisterType type, LocalDate asOf) {
            if (type != RegisterType.SERVICE_GUIDE) {
                return List.of();
            }
            Map<String, String> f = new LinkedHashMap<>();
            f.put("事项名称", "采矿权新立登记");
            f.put("办理时限", "15个工作日");
            return List.of(new RegisterEntry(type, "XK-001", 1, LocalDate.of(2026, 1, 1), f, false, "00", "t", NOW));
        }

        @Override
        public RegisterEntry put(RegisterType type, String key, Map<String, String> fields, LocalDate effectiveFrom,
                                 String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RegisterEntry> importEntries(RegisterType type,
                                                 List<org.sanxiang.api.disclosure.RegisterImportRow> rows,
                                                 LocalDate effectiveFrom, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RegisterEntry withdraw(RegisterType type, String key, LocalDate effectiveFrom, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RegisterEntry> history(RegisterType type, String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RegisterEntry> syncPersonnel(LocalDate effectiveFrom, String actor) {
            throw new UnsupportedOperationException();
        }
    }
}
