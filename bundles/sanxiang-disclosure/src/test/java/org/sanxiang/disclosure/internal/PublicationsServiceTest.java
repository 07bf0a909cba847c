package org.sanxiang.disclosure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.api.disclosure.DeadlineAlert;
import org.sanxiang.api.disclosure.DeadlineAlertListener;
import org.sanxiang.api.disclosure.OutboxAction;
import org.sanxiang.api.disclosure.OutboxEntry;
import org.sanxiang.api.disclosure.Publication;
import org.sanxiang.api.disclosure.PublicDecision;
import org.sanxiang.api.disclosure.PublicationRefusedException;
import org.sanxiang.api.disclosure.PublicationState;
import org.sanxiang.api.disclosure.PublicationVersion;
import org.sanxiang.api.disclosure.Severity;
import org.sanxiang.api.domain.EnforcementKind;
import org.sanxiang.api.ledger.LedgerKinds;
import org.sanxiang.store.support.ModuleStore;

/** Publications through their lifecycle, the outbox and the deadline monitor on H2 (R-D1, R-D5). */
class PublicationsServiceTest {

    /** 2025-09-30 + 7 working days over the National Day holiday (10-01..08 off, 10-11 a make-up day). */
    private static final LocalDate DECIDED = LocalDate.parse("2025-09-30");
    private static final LocalDate DUE = LocalDate.parse("2025-10-16");

    private JdbcDataSource dataSource;
    private PublicationsService service;
    private final List<String> ledgered = new ArrayList<>();
    private final List<DeadlineAlert> heard = new ArrayList<>();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-10-10T02:00:00Z"));

    @BeforeEach
    void setUp() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:disclosure-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ModuleStore store = ModuleStore.open(dataSource, "disclosure", PublicationsService.class.getClassLoader(),
                DisclosureComponent.MAPPERS);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        DisclosureRulesComponent rules = new DisclosureRulesComponent(new FakeCalendar(), DisclosureRulesComponentTest.config(
                "P0M", "P3M", "P1Y"));
        DeadlineAlertListener listener = heard::add;
        service = new PublicationsService(store, rules, new FakeCalendar(),
                (kind, subject, actor, digest) -> ledgered.add(kind + " " + subject + " " + actor),
                () -> List.of(listener), clock, 2);
    }

    private Publication openPenalty(String caseNumber) {
        return service.open(caseNumber, EnforcementKind.PENALTY, null, DECIDED, "王五");
    }

    @Test
    void aDecisionOpensOnePublicationWithItsWorkingDayDeadline() {
        Publication p = openPenalty("长自然资罚〔2025〕1号");
        assertEquals(PublicationState.AWAITING_CONTENT, p.state());
        assertEquals(DUE, p.deadline().due());
        assertFalse(p.deadline().provisional());
        assertEquals(p.id(), openPenalty("长自然资罚〔2025〕1号").id(), "the same case opens the same publication");
        Publication other = service.open("长自然资检〔2025〕2号", EnforcementKind.INSPECTION, null, DECIDED, "王五");
        assertEquals(LocalDate.parse("2025-11-04"), other.deadline().due(), "20 working days for an inspection");
    }

    @Test
    void approvalNeedsAValidRecordAndASecondPerson() {
        long id = openPenalty("C-1").id();
        service.draftPenalty(id, Records.penalty().decisionNumber(null).decisionDate(DECIDED).build(),
                Severity.GENERAL, "录入员甲");
        PublicationRefusedException sameMaker = assertThrows(PublicationRefusedException.class,
                () -> service.approve(id, "录入员甲"));
        assertTrue(sameMaker.getMessage().contains("审核人不能是录入人"), sameMaker.getMessage());
        PublicationRefusedException invalid = assertThrows(PublicationRefusedException.class,
                () -> service.approve(id, "审核员乙"));
        assertTrue(invalid.violations().stream().anyMatch(v -> v.field().equals("行政处罚决定书文号")),
                invalid.violations().toString());
        assertEquals("DRAFT", service.versions(id).get(0).status(), "a refused approval changes nothing");

        service.draftPenalty(id, Records.penalty().decisionDate(LocalDate.parse("2025-09-29")).build(),
                Severity.GENERAL, "录入员甲");
        PublicationRefusedException wrongDate = assertThrows(PublicationRefusedException.class,
                () -> service.approve(id, "审核员乙"));
        assertTrue(wrongDate.getMessage().contains("与案件决定日期2025-09-30不一致"), wrongDate.getMessage());
        assertThrows(PublicationRefusedException.class, () -> service.publish(id, "审核员乙"),
                "nothing approved, nothing to publish");
        assertTrue(service.outbox(0, 10).isEmpty());
    }

    @Test
    void publishUpdateRevokeEachWriteOneOutboxEntryAndKeepEveryVersion() {
        long id = openPenalty("C-2").id();
        service.draftPenalty(id, Records.penalty().party(Records.person()).decisionDate(DECIDED).build(),
                Severity.GENERAL, "录入员甲");
        service.approve(id, "审核员乙");
        Publication published = service.publish(id, "审核员乙");
        assertEquals(PublicationState.PUBLISHED, published.state());
        assertEquals(LocalDate.parse("2025-12-30"), published.displayUntil(), "一般: 3 months from the decision");
        List<OutboxEntry> outbox = service.outbox(0, 10);
        assertEquals(1, outbox.size());
        OutboxEntry first = outbox.get(0);
        assertEquals(OutboxAction.PUBLISH, first.action());
        assertEquals("PUB-" + id + "-v1-PUBLISH", first.businessKey());
        assertTrue(first.payload().contains("<field name=\"罚款金额（万元）\">12.345678</field>"), first.payload());
        assertFalse(first.payload().contains(Records.RESIDENT_ID), "the person's ID number is masked");

        service.draftPenalty(id, Records.penalty().party(Records.person()).decisionDate(DECIDED)
                .content("罚款人民币123456.78元(更正)").build(), Severity.GENERAL, "录入员甲");
        assertEquals(1, service.publicView(10).get(0).publishedVersion(), "v1 stays in view until v2 is out");
        service.approve(id, "审核员乙");
        Publication updated = service.publish(id, "审核员乙");
        assertEquals(2, updated.publishedVersion());

        Publication revoked = service.revoke(id, "决定已被复议机关撤销", LocalDate.parse("2025-10-09"), "审核员乙");
        assertEquals(PublicationState.REVOKED, revoked.state());
        assertEquals("决定已被复议机关撤销", revoked.revocationReason());

        List<OutboxEntry> all = service.outbox(0, 10);
        assertEquals(List.of(OutboxAction.PUBLISH, OutboxAction.UPDATE, OutboxAction.REVOKE),
                all.stream().map(OutboxEntry::action).toList());
        assertTrue(all.get(2).payload().contains("<revocationReason>决定已被复议机关撤销</revocationReason>"));
        List<PublicationVersion> versions = service.versions(id);
        assertEquals(List.of("SUPERSEDED", "REVOKED"), versions.stream().map(PublicationVersion::status).toList());
        assertTrue(service.publicView(10).isEmpty(), "a revoked decision leaves public view");
        assertThrows(PublicationRefusedException.class, () -> service.draftPenalty(id, Records.penalty().build(),
                Severity.GENERAL, "录入员甲"), "a revoked publication no longer changes");
        assertEquals(List.of("OPENED", "DRAFTED", "APPROVED", "PUBLISHED", "UPDATE_DRAFTED", "APPROVED", "UPDATED",
                "REVOKED"), service.events(id).stream().map(e -> e.event).toList());
        assertEquals(8, ledgered.stream().filter(l -> l.startsWith(LedgerKinds.PUBLICATION)).count());
    }

    @Test
    void aPublishThatCannotWriteItsOutboxEntryPublishesNothing() throws Exception {
        long id = openPenalty("C-3").id();
        service.draftPenalty(id, Records.penalty().decisionDate(DECIDED).build(), Severity.SERIOUS, "录入员甲");
        service.approve(id, "审核员乙");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO sx_dis_outbox (publication_id, version, action, business_key, payload, created_at)"
                    + " VALUES (0, 0, 'PUBLISH', 'PUB-" + id + "-v1-PUBLISH', 'x', CURRENT_TIMESTAMP)");
        }
        assertThrows(RuntimeException.class, () -> service.publish(id, "审核员乙"));
        Publication p = service.get(id).orElseThrow();
        assertEquals(PublicationState.APPROVED, p.state(), "the publication is not half-published");
        assertEquals("APPROVED", service.versions(id).get(0).status());
        assertEquals(1, service.outbox(0, 10).size(), "only the planted row");
    }

    @Test
    void aMinorPenaltyIsNotPublishedAndWritesNoOutboxEntry() {
        long id = openPenalty("C-4").id();
        service.draftPenalty(id, Records.penalty().decisionDate(DECIDED).build(), Severity.MINOR, "录入员甲");
        service.approve(id, "审核员乙");
        assertEquals(PublicationState.NOT_PUBLISHED, service.publish(id, "审核员乙").state());
        assertTrue(service.outbox(0, 10).isEmpty());
    }

    @Test
    void thePublicSeesPublishedAndRevokedDecisionsInTheirDisplayPeriodSearchedAndPagedNeverExpiredOnes()
            throws Exception {
        long person = openPenalty("长自然资罚〔2025〕31号").id();
        service.draftPenalty(person, Records.penalty().party(Records.person()).decisionNumber("长自然资罚〔2025〕31号")
                .decisionDate(DECIDED).build(), Severity.GENERAL, "录入员甲");
        service.approve(person, "审核员乙");
        service.publish(person, "审核员乙");
        long company = openPenalty("长自然资罚〔2025〕32号").id();
        service.draftPenalty(company, Records.penalty().decisionNumber("长自然资罚〔2025〕32号").decisionDate(DECIDED)
                .build(), Severity.GENERAL, "录入员甲");
        service.approve(company, "审核员乙");
        service.publish(company, "审核员乙");

        PublicDecision.Page all = service.publicSearch(PublicDecision.Query.all(1, 50));
        assertEquals(2, all.total());
        PublicDecision p = service.publicDecision(person).orElseThrow();
        assertFalse(p.fields().toString().contains(Records.RESIDENT_ID), "ID numbers are masked: " + p.fields());
        assertEquals("长自然资罚〔2025〕31号", p.decisionNumber());
        assertEquals(List.of(person), ids(new PublicDecision.Query(null, null, "长自然资罚〔2025〕31号", null, null, 1, 50)));
        String uscc = service.publicDecision(company).orElseThrow().uscc();
        assertEquals(List.of(company), ids(new PublicDecision.Query(uscc, null, null, null, null, 1, 50)));
        String name = service.publicDecision(company).orElseThrow().partyName();
        assertEquals(List.of(company), ids(new PublicDecision.Query(null, name.substring(1, 3), null, null, null, 1, 50)));
        assertEquals(List.of(), ids(new PublicDecision.Query(null, "%", null, null, null, 1, 50)),
                "a % in the name is a character, not a wildcard");
        assertEquals(2, service.publicSearch(new PublicDecision.Query(null, null, null, DECIDED, DECIDED, 1, 50)).total());
        assertEquals(0, service.publicSearch(new PublicDecision.Query(null, null, null, DECIDED.plusDays(1), null, 1,
                50)).total());
        PublicDecision.Page second = service.publicSearch(PublicDecision.Query.all(2, 1));
        assertEquals(1, second.items().size());
        assertEquals(2, second.pages());
        List<PublicDecision> first = service.publicAfter(null, 1);
        assertEquals(all.items().subList(0, 1).stream().map(PublicDecision::publicationId).toList(),
                first.stream().map(PublicDecision::publicationId).toList());
        assertEquals(List.of(second.items().get(0).publicationId()), service.publicAfter(first.get(0), 5).stream()
                .map(PublicDecision::publicationId).toList(), "the batch after the first is the rest, in page order");
        assertTrue(service.publicAfter(second.items().get(0), 5).isEmpty());

        service.revoke(company, "决定已被复议机关撤销", LocalDate.parse("2025-10-09"), "审核员乙");
        PublicDecision revoked = service.publicDecision(company).orElseThrow();
        assertTrue(revoked.revoked());
        assertEquals("决定已被复议机关撤销", revoked.revocationReason());

        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM sx_dis_public");
        }
        assertEquals(2, service.indexUnindexed(), "decisions published before the index existed are added");
        assertTrue(service.publicDecision(company).orElseThrow().revoked());

        service.expire(LocalDate.parse("2025-12-31"));
        assertTrue(service.publicDecision(person).isEmpty(), "an expired decision is gone from public view");
        assertEquals(1, service.publicSearch(PublicDecision.Query.all(1, 50)).total(),
                "the revoked one expires by its display period like any other: still here");
    }

    private List<Long> ids(PublicDecision.Query q) {
        return service.publicSearch(q).items().stream().map(PublicDecision::publicationId).toList();
    }

    @Test
    void expiredItemsLeavePublicViewButStayArchived() {
        long id = openPenalty("C-5").id();
        service.draftPenalty(id, Records.penalty().decisionDate(DECIDED).build(), Severity.GENERAL, "录入员甲");
        service.approve(id, "审核员乙");
        service.publish(id, "审核员乙");
        assertTrue(service.expire(LocalDate.parse("2025-12-30")).isEmpty(), "the last day is still shown");
        List<Publication> expired = service.expire(LocalDate.parse("2025-12-31"));
        assertEquals(1, expired.size());
        assertEquals(PublicationState.EXPIRED, service.get(id).orElseThrow().state());
        assertTrue(service.publicView(10).isEmpty());
        assertEquals(1, service.versions(id).size(), "the version stays archived");
    }

    @Test
    void theMonitorRaisesNearBreachThenBreachOnceEach() {
        Publication p = openPenalty("C-6");
        assertTrue(service.scan(LocalDate.parse("2025-10-10")).isEmpty(), "5 working days left");
        List<DeadlineAlert> near = service.scan(LocalDate.parse("2025-10-14"));
        assertEquals(1, near.size());
        assertEquals(DeadlineAlert.Level.NEAR_BREACH, near.get(0).level());
        assertEquals(2, near.get(0).workingDaysLeft());
        assertTrue(service.scan(LocalDate.parse("2025-10-15")).isEmpty(), "raised once");
        List<DeadlineAlert> breach = service.scan(LocalDate.parse("2025-10-17"));
        assertEquals(DeadlineAlert.Level.BREACH, breach.get(0).level());
        assertEquals(List.of(DeadlineAlert.Level.NEAR_BREACH, DeadlineAlert.Level.BREACH),
                heard.stream().map(DeadlineAlert::level).toList(), "listeners heard both");
        assertEquals(List.of(p.id()), service.list(null, true, LocalDate.parse("2025-10-17"), 10).stream()
                .map(Publication::id).toList(), "listed as overdue");
        assertTrue(service.list(null, true, LocalDate.parse("2025-10-16"), 10).isEmpty(), "due day is in time");
    }

    @Test
    void whenAcknowledgementCountsAPublicationIsOutOnlyOnceTheReceiverAcknowledgedIt() {
        service.setRequireAcknowledgement(true);
        long id = openPenalty("C-8").id();
        service.draftPenalty(id, Records.penalty().decisionDate(DECIDED).build(), Severity.GENERAL, "录入员甲");
        service.approve(id, "审核员乙");
        service.publish(id, "审核员乙");
        assertEquals(List.of(id), service.pending(10).stream().map(Publication::id).toList(),
                "published but not acknowledged is still pending");
        assertEquals(DeadlineAlert.Level.BREACH, service.scan(LocalDate.parse("2025-10-17")).get(0).level());
        long entry = service.outbox(0, 10).get(0).id();
        service.acknowledged(entry, "回执-0001");
        assertTrue(service.pending(10).isEmpty());
        assertTrue(service.list(null, true, LocalDate.parse("2025-10-20"), 10).isEmpty());
        assertEquals(now.get(), service.get(id).orElseThrow().acknowledgedAt());
        service.setRequireAcknowledgement(false);
    }

    @Test
    void editingAnEventRowBehindTheHubsBackChangesItsDigest() throws Exception {
        long id = openPenalty("C-7").id();
        long eventId = service.events(id).get(0).id;
        var before = service.eventDigest(eventId).orElseThrow();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sx_dis_event SET actor = 'mallory' WHERE id = " + eventId);
        }
        assertNotEquals(before, service.eventDigest(eventId).orElseThrow());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sx_dis_event WHERE id = " + eventId);
        }
        assertEquals(Optional.empty(), service.eventDigest(eventId));
    }

    @Test
    void aPermitIsPublishedWithoutDisplayEndAndAPenaltyContentIsRefusedForIt() {
        long id = service.open("XK-1", EnforcementKind.PERMIT, null, DECIDED, "王五").id();
        assertThrows(PublicationRefusedException.class, () -> service.draftPenalty(id,
                Records.penalty().build(), Severity.GENERAL, "录入员甲"));
        service.draftPermit(id, Records.permit().decisionDate(DECIDED).validFrom(DECIDED).build(), "录入员甲");
        service.approve(id, "审核员乙");
        Publication p = service.publish(id, "审核员乙");
        assertEquals(PublicationState.PUBLISHED, p.state());
        Map<String, String> fields = service.versions(id).get(0).publicFields();
        assertEquals("地字第430100202500012号", fields.get("行政许可决定文书号"));
    }
}
