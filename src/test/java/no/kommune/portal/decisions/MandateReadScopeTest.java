package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kommune.portal.base.PageSlice;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Issue 9 item 11, as decided in docs/decisions/002 (amended) and 013: political decisions and their mandates
 * are public documents, so every follow-up role (management, leaders, quality, politicians, administrators)
 * reads every mandate, whatever unit or body it belongs to; only changing a mandate is limited to its unit,
 * its owner and responsibles, and management. Roles outside follow-up read none.
 */
class MandateReadScopeTest extends ServiceTest {

    @Autowired FollowUpService service;
    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;

    PoliticalBody council;
    UserAccount leaderA;
    UserAccount leaderB;
    Long mandateOfB;

    @BeforeEach
    void data() {
        council = fixtures.body();
        OrgUnit kommune = org.municipality();
        OrgUnit areaA = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        OrgUnit areaB = org.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        OrgUnit unitB = org.unit("Sykehjem", OrgUnitType.UNIT, areaB);
        leaderA = org.user("leder-a", Roles.LEADER);
        leaderB = org.user("leder-b", Roles.LEADER);
        org.lead(leaderA, areaA);
        org.lead(leaderB, areaB);
        mandateOfB = fixtures.mandate(council, OrgFixtures.unique("Bemanningsplan sykehjem"), null, leaderB, unitB);
    }

    private FollowUpFilter councilOnly() {
        return new FollowUpFilter(council.getId(), null, null, null, null, false, false, null, false);
    }

    @Test
    void a_leader_reads_another_units_mandate_in_the_list_and_by_id_but_cannot_change_it() {
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);

        assertThat(service.page(councilOnly(), PageSlice.first(50))).extracting(MandateRow::id).contains(mandateOfB);
        assertThat(service.count(councilOnly())).isEqualTo(1);
        MandateRow row = service.detail(mandateOfB).row();
        assertThat(row.unitName()).startsWith("Sykehjem");
        assertThat(row.mayUpdate()).isFalse();
        assertThatThrownBy(() -> service.updateStatus(mandateOfB, row.version(), row.statusId(), "Ikke min"))
                .isInstanceOf(AccessDeniedException.class);

        TestSecurity.runAs(leaderB.getUsername(), Roles.LEADER);
        assertThat(service.detail(mandateOfB).row().mayUpdate()).isTrue();
    }

    @Test
    void a_politician_reads_mandates_of_a_body_she_does_not_sit_in() {
        UserAccount politician = org.user("politiker", Roles.POLITICIAN);
        PoliticalBody otherBody = org.body("Formannskapet", BodyType.COUNCIL, org.municipality());
        org.seat(otherBody, politician);
        TestSecurity.runAs(politician.getUsername(), Roles.POLITICIAN);

        assertThat(service.page(councilOnly(), PageSlice.first(50))).extracting(MandateRow::id).contains(mandateOfB);
        assertThat(service.detail(mandateOfB).row().mayUpdate()).isFalse();
    }

    @Test
    void employees_and_whistleblowing_receivers_read_no_mandate() {
        for (String role : new String[] {Roles.EMPLOYEE, Roles.WHISTLEBLOWING_RECEIVER}) {
            TestSecurity.runAs("ikke-oppfolging-" + role.toLowerCase(), role);
            assertThatThrownBy(() -> service.page(councilOnly(), PageSlice.first(50)))
                    .as(role).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.detail(mandateOfB))
                    .as(role).isInstanceOf(AuthorizationDeniedException.class);
        }
    }
}
