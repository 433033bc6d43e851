package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAdminServiceTest extends ServiceTest {

    @Autowired UserAdminService service;
    @Autowired UserDirectory directory;
    @Autowired OrgFixtures fixtures;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired EntityManagerFactory emf;

    @Test
    void admin_creates_a_user_with_roles_units_and_a_hashed_password() {
        OrgUnit unit = fixtures.unit("Skolene", OrgUnitType.UNIT, fixtures.municipality());
        TestSecurity.runAs("admin-test", Roles.ADMIN);
        UserAccount user = new UserAccount(OrgFixtures.unique("kari"), "Kari Nordmann");
        user.setRoles(Set.of(Roles.LEADER, Roles.EMPLOYEE));

        UserAccount saved = service.save(user, Set.of(unit.getId()));
        service.setPassword(saved.getId(), "et-langt-passord");

        UserDirectory.Login login = directory.findLogin(saved.getUsername()).orElseThrow();
        assertThat(login.roles()).containsExactlyInAnyOrder(Roles.LEADER, Roles.EMPLOYEE);
        assertThat(login.passwordHash()).startsWith("{bcrypt}").doesNotContain("et-langt-passord");
        assertThat(passwordEncoder.matches("et-langt-passord", login.passwordHash())).isTrue();
        assertThat(service.find(saved.getId()).orElseThrow().getUnits()).extracting(OrgUnit::getId)
                .containsExactly(unit.getId());
    }

    @Test
    void leader_is_denied_user_administration() {
        TestSecurity.runAs("leder-test", Roles.LEADER);
        assertThatThrownBy(() -> service.page(new UserAdminService.Filter(null, null, false), PageSlice.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.setActive(1L, false)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void deactivated_user_is_kept_but_cannot_log_in() {
        UserAccount user = fixtures.user("slutter", Roles.EMPLOYEE);
        TestSecurity.runAs("admin-test", Roles.ADMIN);

        service.setActive(user.getId(), false);

        assertThat(directory.findLogin(user.getUsername()).orElseThrow().active()).isFalse();
        assertThat(service.page(new UserAdminService.Filter(user.getUsername(), null, false), PageSlice.of(0, 5)))
                .isEmpty();
        assertThat(service.page(new UserAdminService.Filter(user.getUsername(), null, true), PageSlice.of(0, 5)))
                .hasSize(1);
    }

    @Test
    void duplicate_username_unknown_role_short_password_and_markup_are_refused() {
        UserAccount existing = fixtures.user("opptatt", Roles.EMPLOYEE);
        TestSecurity.runAs("admin-test", Roles.ADMIN);

        assertThatThrownBy(() -> service.save(new UserAccount(existing.getUsername().toUpperCase(), "Noen"), Set.of()))
                .isInstanceOf(UserFacingException.class).hasMessage("users.error.usernameTaken");
        UserAccount withBadRole = new UserAccount(OrgFixtures.unique("rolle"), "Noen");
        withBadRole.setRoles(Set.of("SUPERUSER"));
        assertThatThrownBy(() -> service.save(withBadRole, Set.of()))
                .isInstanceOf(UserFacingException.class).hasMessage("users.error.unknownRole");
        assertThatThrownBy(() -> service.setPassword(existing.getId(), "kort"))
                .isInstanceOf(UserFacingException.class).hasMessage("users.error.passwordTooShort");
        assertThatThrownBy(() -> service.save(new UserAccount(OrgFixtures.unique("x"), "<b>Noen</b>"), Set.of()))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.save(new UserAccount(OrgFixtures.unique("x"), "x".repeat(201)), Set.of()))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void every_change_to_a_user_is_kept_as_history_with_who_made_it() {
        UserAccount user = fixtures.user("historikk", Roles.EMPLOYEE);
        TestSecurity.runAs("admin-historikk", Roles.ADMIN);
        UserAccount loaded = service.find(user.getId()).orElseThrow();
        loaded.setJobTitle("Rektor");
        service.save(loaded, Set.of());
        service.setActive(user.getId(), false);

        var changes = service.history(user.getId());
        assertThat(changes.getFirst().type()).isEqualTo(org.hibernate.envers.RevisionType.ADD);
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.who()).isEqualTo("admin-historikk");
            assertThat(c.changedFields()).containsEntry("jobTitle", java.util.List.of("", "Rektor"));
        });
        assertThat(changes.getLast().changedFields()).containsEntry("active", java.util.List.of("true", "false"));

        var em = emf.createEntityManager();
        try {
            var reader = AuditReaderFactory.get(em);
            var revisions = reader.getRevisions(UserAccount.class, user.getId());
            assertThat(revisions).hasSizeGreaterThanOrEqualTo(3);
            UserAccount last = reader.find(UserAccount.class, user.getId(), revisions.getLast());
            assertThat(last.isActive()).isFalse();
            assertThat(last.getJobTitle()).isEqualTo("Rektor");
            var rev = reader.findRevision(no.kommune.portal.base.AuditRevision.class, revisions.getLast());
            assertThat(rev.getUsername()).isEqualTo("admin-historikk");
        } finally {
            em.close();
        }
    }

    @Test
    void no_administrator_makes_anyone_whistleblowing_receiver_not_herself_and_not_another() {
        UserAccount admin = fixtures.user("admin", Roles.ADMIN);
        TestSecurity.runAs(admin.getUsername(), Roles.ADMIN);
        UserAccount me = service.find(admin.getId()).orElseThrow();
        me.setRoles(new java.util.HashSet<>(java.util.Set.of(Roles.ADMIN, Roles.WHISTLEBLOWING_RECEIVER)));
        assertThatThrownBy(() -> service.save(me, java.util.Set.of()))
                .isInstanceOf(no.kommune.portal.base.UserFacingException.class)
                .hasMessage("users.error.receiverRoleByReceivers");

        TestSecurity.runAs("annen-admin", Roles.ADMIN);
        UserAccount other = service.find(admin.getId()).orElseThrow();
        other.setRoles(new java.util.HashSet<>(java.util.Set.of(Roles.ADMIN, Roles.WHISTLEBLOWING_RECEIVER)));
        assertThatThrownBy(() -> service.save(other, java.util.Set.of()))
                .isInstanceOf(no.kommune.portal.base.UserFacingException.class)
                .hasMessage("users.error.receiverRoleByReceivers");
        assertThat(directory.findLogin(admin.getUsername()).orElseThrow().roles())
                .doesNotContain(Roles.WHISTLEBLOWING_RECEIVER);
    }
}
