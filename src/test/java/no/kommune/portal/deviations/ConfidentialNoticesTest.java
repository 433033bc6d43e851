package no.kommune.portal.deviations;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDateTime;
import java.util.List;
import no.kommune.portal.notifications.MailDispatcher;
import no.kommune.portal.notifications.MailOutboxEntry;
import no.kommune.portal.notifications.ui.MailOutboxView;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9, item 3: the forwarding comment of a confidential deviation (personal data) reaches no notification
 * row, no mail and no line of the administrators' outbox; the notice says only "Avvik #N er videresendt til deg".
 */
class ConfidentialNoticesTest extends KaribuTest {

    @Autowired DeviationService deviations;
    @Autowired MailDispatcher mail;
    @Autowired OrgFixtures org;
    @Autowired JdbcTemplate jdbc;

    OrgUnit unit;
    OrgUnit otherArea;
    UserAccount employee;
    UserAccount leader;
    UserAccount otherLeader;

    @BeforeEach
    void data() {
        OrgUnit kommune = org.municipality();
        OrgUnit area = org.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        unit = org.unit("Sykehjem", OrgUnitType.UNIT, area);
        otherArea = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        employee = org.memberOf(org.user("ansatt", Roles.EMPLOYEE), unit);
        leader = org.withEmail(org.user("leder", Roles.LEADER), "leder@kommune.example");
        otherLeader = org.withEmail(org.user("annenleder", Roles.LEADER), "annen@kommune.example");
        org.lead(leader, area);
        org.lead(otherLeader, otherArea);
    }

    @Test
    void forwarding_comment_of_a_confidential_deviation_is_in_no_notice_mail_or_outbox() {
        String secret = OrgFixtures.unique("Beboer Hansen fikk feil insulindose");
        Long id = report(true);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        deviations.forward(id, deviations.detail(id).version(), otherArea.getId(), secret);
        deliverAllPendingMail();

        List<String> notices = jdbc.queryForList("select message_args from notification where recipient = ?"
                + " and event_type = 'DEVIATION_FORWARDED'", String.class, otherLeader.getUsername());
        assertThat(notices).containsExactly(String.valueOf(id));
        assertThat(jdbc.queryForObject("select message_key from notification where recipient = ?"
                + " and event_type = 'DEVIATION_FORWARDED'", String.class, otherLeader.getUsername()))
                .isEqualTo("deviations.notice.forwardedConfidential");
        assertNowhere(secret);

        List<MailOutboxEntry> shown = outboxAsAdministrator();
        assertThat(shown).filteredOn(m -> m.getRecipient().equals(otherLeader.getUsername())).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains("Avvik #" + id + " er videresendt til deg")
                        .contains("avvik/" + id));
        assertThat(shown).allSatisfy(m -> {
            assertThat(m.getSubject()).doesNotContain(secret);
            assertThat(m.getBody()).doesNotContain(secret);
        });
    }

    @Test
    void an_ordinary_deviation_still_tells_the_new_leader_why_it_was_forwarded() {
        String reason = OrgFixtures.unique("Gjelder skoleskyssen");
        Long id = report(false);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        deviations.forward(id, deviations.detail(id).version(), otherArea.getId(), reason);

        assertThat(jdbc.queryForObject("select message_args from notification where recipient = ?"
                + " and event_type = 'DEVIATION_FORWARDED'", String.class, otherLeader.getUsername())).contains(reason);
    }

    private Long report(boolean personalData) {
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        Long category = deviations.categories().getFirst().getId();
        return deviations.report(new DeviationDraft("Feil medisin", "Beskrivelse", LocalDateTime.now().minusHours(1),
                unit.getId(), null, category, Severity.HIGH, null, personalData)).id();
    }

    private void deliverAllPendingMail() {
        TestSecurity.clear();
        while (mail.sendImmediate() > 0) {
            // each run handles a bounded number of recipients; other tests may have left mail pending
        }
    }

    private void assertNowhere(String secret) {
        String like = "%" + secret + "%";
        assertThat(jdbc.queryForObject("select count(*) from notification where message_args like ?", Long.class,
                like)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_aud where message_args like ?", Long.class,
                like)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where body like ? or subject like ?",
                Long.class, like, like)).isZero();
    }

    @SuppressWarnings("unchecked")
    private List<MailOutboxEntry> outboxAsAdministrator() {
        login("admin", Roles.ADMIN);
        UI.getCurrent().navigate(MailOutboxView.class);
        Grid<MailOutboxEntry> grid = LocatorJ._get(Grid.class, spec -> spec.withId("outbox-grid"));
        return GridKt._findAll(grid);
    }
}
