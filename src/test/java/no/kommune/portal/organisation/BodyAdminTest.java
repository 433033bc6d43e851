package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Issue 12: the administrator creates, renames and deactivates political bodies and seats their members. */
class BodyAdminTest extends ServiceTest {

    @Autowired OrganisationService service;
    @Autowired OrgFixtures org;

    @Test
    void admin_creates_renames_seats_a_member_and_deactivates_a_body() {
        OrgUnit kommune = org.municipality();
        UserAccount member = org.user("politiker-organ", Roles.POLITICIAN);
        String name = OrgFixtures.unique("Kommunestyret");
        TestSecurity.runAs("admin-organ", Roles.ADMIN);

        Long id = service.createBody(kommune.getId(), name, "KS", BodyType.COUNCIL);
        assertThat(service.activeBodies()).extracting(PoliticalBody::getName).contains(name);
        assertThatThrownBy(() -> service.createBody(kommune.getId(), name.toUpperCase(), null, BodyType.COMMITTEE))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).getMessageKey())
                .isEqualTo("org.bodyAdmin.error.nameTaken");
        assertThatThrownBy(() -> service.createBody(kommune.getId(), "=Formel", null, BodyType.COMMITTEE))
                .isInstanceOf(UserFacingException.class);

        PoliticalBody body = service.findBody(id).orElseThrow();
        service.updateBody(id, body.getVersion(), name + " ny", "KST", true);
        service.addMember(id, member.getId(), BodyMembership.Seat.CHAIR, null);
        assertThat(service.members(id)).extracting(m -> m.getMember().getFullName()).containsExactly("Test politiker-organ");

        PoliticalBody renamed = service.findBody(id).orElseThrow();
        assertThat(renamed.getName()).isEqualTo(name + " ny");
        assertThatThrownBy(() -> service.updateBody(id, body.getVersion(), name, null, true))
                .as("a stale dialog is refused").isInstanceOf(ObjectOptimisticLockingFailureException.class);
        service.updateBody(id, renamed.getVersion(), renamed.getName(), renamed.getShortName(), false);
        assertThat(service.activeBodies()).extracting(PoliticalBody::getId).doesNotContain(id);
    }

    @Test
    void management_may_not_create_or_change_bodies() {
        OrgUnit kommune = org.municipality();
        TestSecurity.runAs("direktor-organ", Roles.MANAGEMENT);
        assertThatThrownBy(() -> service.createBody(kommune.getId(), "Formannskapet", null, BodyType.EXECUTIVE_COMMITTEE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.updateBody(1L, 0, "X", null, false)).isInstanceOf(AccessDeniedException.class);
    }
}
