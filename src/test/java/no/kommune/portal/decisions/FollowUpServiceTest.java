package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.PageSlice.SortBy;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.notifications.NotificationService;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import no.kommune.portal.testsupport.UserMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class FollowUpServiceTest extends ServiceTest {

    @Autowired FollowUpService service;
    @Autowired PeriodService periods;
    @Autowired DeadlineReminders reminders;
    @Autowired NotificationService notifications;
    @Autowired StatusLabelRepository labels;
    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;

    PoliticalBody body;
    OrgUnit oppvekst;
    OrgUnit helse;
    UserAccount leader;
    UserAccount otherLeader;

    @BeforeEach
    void data() {
        body = fixtures.body();
        OrgUnit kommune = org.municipality();
        oppvekst = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        helse = org.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        leader = org.user("leder", Roles.LEADER);
        otherLeader = org.user("leder2", Roles.LEADER);
        org.lead(leader, oppvekst);
        org.lead(otherLeader, helse);
    }

    private Long label(String name) {
        return labels.findFirstByLabelIgnoreCase(name).orElseThrow().getId();
    }

    private MandateRow row(Long id) {
        return service.detail(id).row();
    }

    private FollowUpFilter bodyFilter() {
        return new FollowUpFilter(body.getId(), null, null, null, null, false, false, null, false);
    }


    @Test
    void a_mandate_cannot_be_given_to_a_closed_unit() {
        PoliticalBody body = fixtures.body();
        OrgUnit closed = org.closeUnit(org.unit("Nedlagt enhet", OrgUnitType.UNIT, org.municipality()));

        assertThatThrownBy(() -> fixtures.mandate(body, "Ny oppgave", null, null, closed))
                .isInstanceOf(no.kommune.portal.base.UserFacingException.class).hasMessage("error.unitClosed");
    }

    @Test
    void leader_updates_status_of_own_mandate_and_the_change_is_a_history_row() {
        Long id = fixtures.mandate(body, "Kartlegging behov barnehage", null, leader, oppvekst);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);

        MandateRow before = row(id);
        assertThat(before.mayUpdate()).isTrue();
        MandateRow after = service.updateStatus(id, before.version(), label("Iht. plan"), "Godt i gang");

        assertThat(after.statusLabel()).isEqualTo("Iht. plan");
        assertThat(after.state()).isEqualTo(MandateState.ON_TRACK);
        List<FollowUpService.HistoryLine> history = service.detail(id).history();
        assertThat(history).extracting(FollowUpService.HistoryLine::kind)
                .containsExactly(MandateEvent.Kind.CREATED, MandateEvent.Kind.STATUS_UPDATE);
        FollowUpService.HistoryLine last = history.getLast();
        assertThat(last.who()).as("the person's name, not the username").isEqualTo(leader.getFullName());
        assertThat(last.fromStatus()).isEqualTo("Ikke startet");
        assertThat(last.toStatus()).isEqualTo("Iht. plan");
        assertThat(last.statusText()).isEqualTo("Godt i gang");
    }

    @Test
    void leader_cannot_update_another_units_mandate_even_through_the_service() {
        Long id = fixtures.mandate(body, "Helseplattformen", null, otherLeader, helse);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);

        MandateRow row = row(id);
        assertThat(row.mayUpdate()).isFalse();
        assertThatThrownBy(() -> service.updateStatus(id, row.version(), label("Ferdig"), "Gjort"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(row(id).statusLabel()).isEqualTo("Ikke startet");
    }

    @Test
    void politicians_read_but_cannot_update_and_employees_cannot_read() {
        Long id = fixtures.mandate(body, "Innkjøpsavtaler", null, leader, oppvekst);
        TestSecurity.runAs("politiker-test", Roles.POLITICIAN);
        assertThat(service.page(bodyFilter(), PageSlice.first(50))).extracting(MandateRow::id).contains(id);
        assertThatThrownBy(() -> service.updateStatus(id, 0, label("Ferdig"), "x"))
                .isInstanceOf(AuthorizationDeniedException.class);

        TestSecurity.runAs("ansatt-test", Roles.EMPLOYEE);
        assertThatThrownBy(() -> service.page(bodyFilter(), PageSlice.first(50)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void closing_takes_two_steps_leader_proposes_management_sends_back_then_confirms() {
        Long id = fixtures.mandate(body, "Salg av eiendommer", null, leader, oppvekst);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> service.updateStatus(id, row(id).version(), label("Ferdig"), " "))
                .isInstanceOf(UserFacingException.class).hasMessage("decisions.error.doneNeedsText");

        MandateRow proposed = service.updateStatus(id, row(id).version(), label("Ferdig"), "Lagt fram i sak 82/21");
        assertThat(proposed.doneProposed()).isTrue();
        assertThat(proposed.state()).as("not done until management confirms").isEqualTo(MandateState.OPEN);

        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        assertThatThrownBy(() -> service.sendBack(id, "")).hasMessage("decisions.error.sendBackNeedsComment");
        service.sendBack(id, "Mangler oversikt over tomter");

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(notifications.latest(5)).anySatisfy(n -> {
            assertThat(n.getEventType()).isEqualTo("MANDATE_SENT_BACK");
            assertThat(n.getMessageArgs()).contains("Mangler oversikt over tomter");
        });
        service.updateStatus(id, row(id).version(), label("Ferdig"), "Oversikt over tomter lagt ved");

        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        MandateRow done = service.confirmDone(id, "OK");
        assertThat(done.state()).isEqualTo(MandateState.DONE);
        assertThat(done.doneProposed()).isFalse();
        assertThat(service.detail(id).history()).extracting(FollowUpService.HistoryLine::kind).containsExactly(
                MandateEvent.Kind.CREATED, MandateEvent.Kind.DONE_PROPOSED, MandateEvent.Kind.SENT_BACK,
                MandateEvent.Kind.DONE_PROPOSED, MandateEvent.Kind.DONE_CONFIRMED);
    }

    @Test
    void cancelling_is_for_management_and_needs_a_reason() {
        Long id = fixtures.mandate(body, "Folkebad i Verket", null, leader, oppvekst);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> service.updateStatus(id, row(id).version(), label("Bortfalt"), "Ikke aktuelt"))
                .hasMessage("decisions.error.onlyManagementCancels");
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        assertThatThrownBy(() -> service.updateStatus(id, row(id).version(), label("Bortfalt"), null))
                .hasMessage("decisions.error.cancelNeedsReason");
        assertThat(service.updateStatus(id, row(id).version(), label("Bortfalt"), "Vedtak opphevet i sak 12/26").state())
                .isEqualTo(MandateState.CANCELLED);
    }

    @Test
    void a_stale_update_is_refused_and_bad_text_is_refused_with_a_message() {
        Long id = fixtures.mandate(body, "Utleiebygg", null, leader, oppvekst);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        long version = row(id).version();
        service.updateStatus(id, version, label("Startet"), "Første");
        assertThatThrownBy(() -> service.updateStatus(id, version, label("Forsinket"), "Andre"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.updateStatus(id, row(id).version(), label("Forsinket"), "<script>x</script>"))
                .hasMessage("validation.field.noMarkup");
        assertThatThrownBy(() -> service.updateStatus(id, row(id).version(), label("Forsinket"), "x".repeat(10_001)))
                .hasMessage("validation.field.tooLong").satisfies(e -> assertThat(UserMessages.english(e))
                        .isEqualTo("Status description cannot be longer than 10,000 characters"));
        assertThat(row(id).statusText()).isEqualTo("Første");
    }

    @Test
    void counts_per_status_and_overdue_filter_follow_the_data() {
        Long late = fixtures.mandate(body, "Forfalt", LocalDate.now().minusDays(3), leader, oppvekst);
        fixtures.mandate(body, "Framtid", LocalDate.now().plusDays(40), leader, oppvekst);
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);

        // one definition of delayed: the open mandate past its deadline counts as Forsinket, not as Ikke startet
        assertThat(service.countsByState(bodyFilter())).containsEntry(MandateState.OPEN, 1L)
                .containsEntry(MandateState.DELAYED, 1L).containsEntry(MandateState.DONE, 0L);
        FollowUpFilter overdue = new FollowUpFilter(body.getId(), null, null, null, null, true, false, null, false);
        assertThat(service.page(overdue, PageSlice.first(10))).extracting(MandateRow::id).containsExactly(late);
        assertThat(service.count(overdue)).isEqualTo(1);
        FollowUpFilter text = new FollowUpFilter(body.getId(), null, null, null, null, false, false, "framt", false);
        assertThat(service.page(text, PageSlice.first(10))).extracting(MandateRow::title).containsExactly("Framtid");
        FollowUpFilter unit = new FollowUpFilter(body.getId(), null, null, null, helse.getId(), false, false, null, false);
        assertThat(service.count(unit)).isZero();
    }

    @Test
    void the_counters_are_kept_between_visits_but_the_next_visit_after_a_status_update_sees_it() {
        Long id = fixtures.mandate(body, "Telles", LocalDate.now().plusDays(40), leader, oppvekst);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(service.countsByState(bodyFilter())).containsEntry(MandateState.OPEN, 1L)
                .containsEntry(MandateState.ON_TRACK, 0L);
        assertThat(service.count(bodyFilter())).isEqualTo(1);

        service.updateStatus(id, row(id).version(), label("Iht. plan"), "I rute");

        assertThat(service.countsByState(bodyFilter())).containsEntry(MandateState.OPEN, 0L)
                .containsEntry(MandateState.ON_TRACK, 1L);
        FollowUpFilter onTrack = bodyFilter().withState(MandateState.ON_TRACK);
        assertThat(service.count(onTrack)).isEqualTo(1);
        fixtures.mandate(body, "Nummer to", LocalDate.now().plusDays(40), leader, oppvekst);
        assertThat(service.count(bodyFilter())).as("a new mandate is counted at the next visit").isEqualTo(2);
    }

    @Test
    void counts_of_my_mandates_are_kept_per_reader_and_other_counts_are_shared() {
        fixtures.mandate(body, "Bare min", LocalDate.now().plusDays(40), leader, oppvekst);
        FollowUpFilter mine = new FollowUpFilter(body.getId(), null, null, null, null, false, false, null, true);

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(service.count(mine)).isEqualTo(1);
        long all = service.count(bodyFilter());
        TestSecurity.runAs(otherLeader.getUsername(), Roles.LEADER);
        assertThat(service.count(mine)).as("another leader's 'mine' is counted for her, not taken from the cache")
                .isZero();
        assertThat(service.countsByState(mine).values().stream().mapToLong(Long::longValue).sum()).isZero();
        assertThat(service.count(bodyFilter())).isEqualTo(all);
    }

    @Test
    void my_mandates_show_the_leaders_own_with_overdue_first() {
        Long later = fixtures.mandate(body, "Senere", LocalDate.now().plusDays(40), leader, oppvekst);
        Long overdue = fixtures.mandate(body, "Forfalt", LocalDate.now().minusDays(1), leader, oppvekst);
        fixtures.mandate(body, "Andres", LocalDate.now().minusDays(1), otherLeader, helse);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);

        List<MandateRow> mine = service.page(FollowUpFilter.all().mine(), PageSlice.first(100)).stream()
                .filter(r -> r.bodyName().equals(body.getName())).toList();
        assertThat(mine).extracting(MandateRow::id).containsExactly(overdue, later);
    }

    @Test
    void deadline_reminders_go_to_the_responsible_once_per_step() {
        LocalDate today = LocalDate.of(2031, 5, 1);
        Long id = fixtures.mandate(body, "Frist om en uke", today.plusDays(7), leader, oppvekst);

        int first = reminders.run(today);
        int second = reminders.run(today);
        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).as("a job that runs twice sends nothing twice").isZero();
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(notifications.latest(10)).anySatisfy(n -> {
            assertThat(n.getEventType()).isEqualTo("MANDATE_DEADLINE_7");
            assertThat(n.getLink()).isEqualTo("oppfolging/oppdrag/" + id);
        });
        assertThat(DeadlineReminders.step(30)).isEqualTo("30");
        assertThat(DeadlineReminders.step(8)).isEqualTo("30");
        assertThat(DeadlineReminders.step(1)).isEqualTo("1");
        assertThat(DeadlineReminders.step(0)).isEqualTo("1");
        assertThat(DeadlineReminders.step(-1)).isEqualTo("OVERDUE");
        assertThat(DeadlineReminders.step(31)).isNull();
    }

    @Test
    void the_list_sorts_by_visible_columns_and_refuses_any_other_path() {
        fixtures.mandate(body, "B-oppdrag", LocalDate.now().plusDays(3), leader, oppvekst);
        fixtures.mandate(body, "A-oppdrag", LocalDate.now().plusDays(9), leader, oppvekst);
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        FollowUpFilter thisBody = new FollowUpFilter(body.getId(), null, null, null, null, false, false, null, false);
        assertThat(service.page(thisBody, PageSlice.first(10).sortedBy(SortBy.asc("title"))))
                .extracting(MandateRow::title).containsExactly("A-oppdrag", "B-oppdrag");
        assertThatThrownBy(() -> service.page(thisBody,
                PageSlice.first(10).sortedBy(SortBy.asc("owner.passwordHash"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_deadline_step_is_sent_once_30_7_1_days_ahead_and_when_overdue() {
        LocalDate deadline = LocalDate.of(2032, 9, 15);
        Long id = fixtures.mandate(body, "Alle frister", deadline, leader, oppvekst);

        for (int daysBefore : new int[] {40, 30, 20, 7, 5, 1, 0, -1, -3}) {
            reminders.run(deadline.minusDays(daysBefore));
            reminders.run(deadline.minusDays(daysBefore));
        }

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(notifications.latest(100)).filteredOn(n -> n.getLink().equals("oppfolging/oppdrag/" + id))
                .extracting(no.kommune.portal.notifications.Notification::getEventType)
                .containsExactlyInAnyOrder("MANDATE_DEADLINE_30", "MANDATE_DEADLINE_7", "MANDATE_DEADLINE_1",
                        "MANDATE_DEADLINE_OVERDUE");
    }
}
