package no.kommune.portal.checklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.kommune.portal.notifications.Notification;
import no.kommune.portal.notifications.NotificationService;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A round nearing its deadline reminds the leaders of units that have not submitted, once per step. */
class ChecklistRemindersTest extends ServiceTest {

    @Autowired ChecklistReminders reminders;
    @Autowired ChecklistFixtures fixtures;
    @Autowired NotificationService notifications;
    @Autowired OrgFixtures org;

    @Test
    void leaders_are_reminded_a_week_and_a_day_before_the_deadline_and_never_twice() {
        OrgUnit area = org.unit("Helse", OrgUnitType.SERVICE_AREA, org.municipality());
        OrgUnit unit = org.unit("Sykehjem", OrgUnitType.UNIT, area);
        UserAccount leader = org.user("leder", Roles.LEADER);
        org.lead(leader, area);
        LocalDate deadline = LocalDate.now().plusDays(20);
        Long roundId = fixtures.round(fixtures.template(), "Påminnelsesrunde", deadline, List.of(unit.getId()));

        reminders.run(deadline.minusDays(10));
        reminders.run(deadline.minusDays(6));
        reminders.run(deadline.minusDays(5));
        reminders.run(deadline.minusDays(1));
        reminders.run(deadline.minusDays(1));

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        List<String> types = notifications.latest(50).stream().map(Notification::getEventType)
                .filter(t -> t.startsWith("CHECKLIST_DEADLINE")).toList();
        assertThat(types).containsExactlyInAnyOrder("CHECKLIST_DEADLINE_7", "CHECKLIST_DEADLINE_1");
        assertThat(notifications.latest(50)).filteredOn(n -> n.getEventType().equals("CHECKLIST_DEADLINE_1"))
                .singleElement().satisfies(n -> assertThat(n.getLink())
                        .isEqualTo("internkontroll/sjekkliste/" + fixtures.instanceOf(roundId, unit.getId())));
    }
}
