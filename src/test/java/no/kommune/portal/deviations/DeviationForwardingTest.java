package no.kommune.portal.deviations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.deviations.DeviationViews.DeviationDetail;
import no.kommune.portal.deviations.DeviationViews.ForwardPreview;
import no.kommune.portal.deviations.DeviationViews.PassedOver;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Issue 11 item 1: an open deviation always has someone who can act on it. Forwards to every kind of target:
 * a unit with a leader, a unit without one (walks up), a leader without the leader role, a deactivated leader,
 * a management-led unit, and a unit where nobody up the tree can act (refused). Quality takes stuck cases over.
 */
class DeviationForwardingTest extends ServiceTest {

    @Autowired DeviationService service;
    @Autowired OrgFixtures org;

    OrgUnit kommune;
    OrgUnit oppvekst;
    OrgUnit skole;
    OrgUnit barnehage;
    OrgUnit helse;
    OrgUnit sykehjem;
    OrgUnit stab;
    OrgUnit hr;
    OrgUnit okonomi;
    UserAccount direktor;
    UserAccount oppvekstLeader;
    UserAccount skoleLeader;
    UserAccount helseLeader;
    UserAccount sykehjemLeader;
    UserAccount okonomiSjef;
    UserAccount employee;
    UserAccount quality;
    Long category;

    /**
     * Kommune (no leader) > Oppvekst (leader) > Skole (leader), Barnehage (no leader); Helse (leader) > Sykehjem
     * (deactivated leader); Stab (led by the kommunedirektør, management AND leader roles) > Økonomi (leader who
     * lacks the leader role); HR directly under Kommune, led by the kommunedirektør with management role only.
     */
    @BeforeEach
    void data() {
        kommune = org.municipality();
        oppvekst = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        skole = org.unit("Skole", OrgUnitType.UNIT, oppvekst);
        barnehage = org.unit("Barnehage", OrgUnitType.UNIT, oppvekst);
        helse = org.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        sykehjem = org.unit("Sykehjem", OrgUnitType.UNIT, helse);
        stab = org.unit("Stab", OrgUnitType.SERVICE_AREA, kommune);
        okonomi = org.unit("Økonomi", OrgUnitType.UNIT, stab);
        hr = org.unit("HR", OrgUnitType.SERVICE_AREA, kommune);
        direktor = org.user("kommunedirektor", Roles.MANAGEMENT);
        UserAccount stabLeader = org.user("stabssjef", Roles.MANAGEMENT, Roles.LEADER);
        oppvekstLeader = org.user("oppvekstsjef", Roles.LEADER);
        skoleLeader = org.user("rektor", Roles.LEADER);
        helseLeader = org.user("helsesjef", Roles.LEADER);
        sykehjemLeader = org.user("sykehjemsleder", Roles.LEADER);
        okonomiSjef = org.user("okonomisjef", Roles.EMPLOYEE);
        employee = org.user("ansatt", Roles.EMPLOYEE);
        quality = org.user("kvalitet", Roles.QUALITY);
        org.lead(oppvekstLeader, oppvekst);
        org.lead(skoleLeader, skole);
        org.lead(helseLeader, helse);
        org.lead(sykehjemLeader, sykehjem);
        org.deactivate(sykehjemLeader);
        org.lead(stabLeader, stab);
        org.lead(okonomiSjef, okonomi);
        org.lead(direktor, hr);
        org.memberOf(employee, skole);
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        category = service.categories().getFirst().getId();
        this.stabLeader = stabLeader;
    }

    UserAccount stabLeader;

    private Long reportTo(OrgUnit unit) {
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        return service.report(new DeviationDraft("Glatt gulv", "Vann på gulvet i gangen",
                LocalDateTime.now().minusHours(1), unit.getId(), null, category, Severity.MEDIUM, null, false)).id();
    }

    private DeviationDetail detailAs(UserAccount user, String... roles) {
        TestSecurity.runAs(user.getUsername(), roles);
        return service.detail(lastId);
    }

    Long lastId;

    /** Forwards from the school (as its leader) and returns what the receiver and the dialog saw. */
    private ForwardPreview forwardFromSchool(OrgUnit to) {
        lastId = reportTo(skole);
        TestSecurity.runAs(skoleLeader.getUsername(), Roles.LEADER);
        ForwardPreview preview = service.forwardPreview(lastId, to.getId());
        if (preview.possible()) {
            service.forward(lastId, service.detail(lastId).version(), to.getId(), "Gjelder " + to.getName());
        }
        return preview;
    }

    @Test
    void to_a_unit_with_a_leader_the_leader_receives_it_and_can_act() {
        ForwardPreview p = forwardFromSchool(helse);

        assertThat(p.receiverName()).isEqualTo(helseLeader.getFullName());
        assertThat(p.receiverUnit()).isEqualTo(helse.getName());
        assertThat(p.passedOver()).isEmpty();
        DeviationDetail d = detailAs(helseLeader, Roles.LEADER);
        assertThat(d.handlerName()).isEqualTo(helseLeader.getFullName());
        assertThat(d.mayHandle()).isTrue();
        assertThat(d.stuck()).isFalse();
    }

    @Test
    void to_a_unit_without_a_leader_it_walks_up_to_the_service_area_leader() {
        lastId = reportTo(skole);
        TestSecurity.runAs(skoleLeader.getUsername(), Roles.LEADER);
        ForwardPreview p = service.forwardPreview(lastId, barnehage.getId());
        service.forward(lastId, service.detail(lastId).version(), barnehage.getId(), "Gjelder barnehagen");

        assertThat(p.receiverName()).isEqualTo(oppvekstLeader.getFullName());
        assertThat(p.passedOver()).containsExactly(new PassedOver(barnehage.getName(), "", PassedOver.Reason.NO_LEADER));
        DeviationDetail d = detailAs(oppvekstLeader, Roles.LEADER);
        assertThat(d.reportedToUnit()).isEqualTo(barnehage.getName());
        assertThat(d.mayHandle()).isTrue();
    }

    @Test
    void a_deactivated_leader_is_passed_over() {
        ForwardPreview p = forwardFromSchool(sykehjem);

        assertThat(p.receiverName()).isEqualTo(helseLeader.getFullName());
        assertThat(p.passedOver()).extracting(PassedOver::reason).containsExactly(PassedOver.Reason.DEACTIVATED);
        assertThat(detailAs(helseLeader, Roles.LEADER).mayHandle()).isTrue();
    }

    @Test
    void a_leader_without_the_leader_role_is_passed_over_to_the_management_led_unit_above() {
        ForwardPreview p = forwardFromSchool(okonomi);

        assertThat(p.passedOver()).containsExactly(new PassedOver(okonomi.getName(), okonomiSjef.getFullName(),
                PassedOver.Reason.NOT_A_LEADER));
        assertThat(p.receiverName()).isEqualTo(stabLeader.getFullName());
        DeviationDetail asStab = detailAs(stabLeader, Roles.MANAGEMENT, Roles.LEADER);
        assertThat(asStab.handlerName()).isEqualTo(stabLeader.getFullName());
        assertThat(asStab.handlingChain()).doesNotContain(okonomiSjef.getFullName());
        assertThat(asStab.mayHandle()).isTrue();
        assertThat(asStab.stuck()).isFalse();
    }

    @Test
    void to_hr_led_by_the_kommunedirektor_without_the_leader_role_the_forward_is_refused_and_the_case_stays() {
        ForwardPreview p = forwardFromSchool(hr);

        assertThat(p.possible()).isFalse();
        assertThat(p.passedOver()).extracting(PassedOver::reason)
                .containsExactly(PassedOver.Reason.NOT_A_LEADER, PassedOver.Reason.NO_LEADER);
        long version = service.detail(lastId).version();
        assertThatThrownBy(() -> service.forward(lastId, version, hr.getId(), "Gjelder HR"))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.noOneCanAct");
        DeviationDetail d = service.detail(lastId);
        assertThat(d.reportedToUnit()).isEqualTo(skole.getName());
        assertThat(d.mayHandle()).as("the school's leader still has it").isTrue();
        assertThat(d.stuck()).isFalse();
    }

    @Test
    void a_report_nobody_can_act_on_is_stuck_and_quality_takes_it_over_and_closes_it() {
        lastId = reportTo(hr);

        DeviationDetail asDirektor = detailAs(direktor, Roles.MANAGEMENT);
        assertThat(asDirektor.stuck()).isTrue();
        assertThat(asDirektor.mayHandle()).isFalse();
        assertThat(asDirektor.mayTakeOver()).isFalse();

        DeviationDetail asQuality = detailAs(quality, Roles.QUALITY);
        assertThat(asQuality.mayTakeOver()).isTrue();
        assertThat(asQuality.mayHandle()).isFalse();
        service.takeOver(lastId, asQuality.version(), "Ingen leder i HR har lederrollen");

        DeviationDetail taken = service.detail(lastId);
        assertThat(taken.handlerName()).isEqualTo(quality.getFullName());
        assertThat(taken.stuck()).isFalse();
        assertThat(taken.mayHandle()).isTrue();
        assertThat(taken.mayTakeOver()).isFalse();
        assertThat(taken.history()).extracting(DeviationViews.HistoryLine::kind)
                .containsExactly(DeviationEvent.Kind.REPORTED, DeviationEvent.Kind.TAKEN_OVER);
        service.close(lastId, taken.version(), "Manglende rolle", "Rollen gitt", "Sjekk roller ved ansettelse");
        assertThat(service.detail(lastId).status()).isEqualTo(DeviationStatus.CLOSED);
    }

    @Test
    void a_case_whose_handler_was_deactivated_later_is_stuck_only_when_nobody_above_can_act() {
        lastId = reportTo(skole);
        org.deactivate(skoleLeader);
        assertThat(detailAs(quality, Roles.QUALITY).stuck()).as("the Oppvekst leader can still act").isFalse();
        assertThat(detailAs(oppvekstLeader, Roles.LEADER).mayHandle()).isTrue();
    }

    @Test
    void only_quality_may_take_a_case_over() {
        lastId = reportTo(hr);
        TestSecurity.runAs(skoleLeader.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> service.takeOver(lastId, 0, null)).isInstanceOf(AuthorizationDeniedException.class);
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        assertThatThrownBy(() -> service.takeOver(lastId, 0, null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.forwardPreview(lastId, skole.getId()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
