package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 9, item 2: every way an administrator could get into the sealed channel is refused, and the receivers
 * manage their group themselves, each change told to all of them (decision 011).
 */
class SealedReceiverGroupTest extends ServiceTest {

    static final String PASSWORD = "et-langt-passord-for-mottaker";

    @Autowired UserAdminService admin;
    @Autowired ReceiverGroupService receivers;
    @Autowired UserDirectory directory;
    @Autowired UserAccountRepository users;
    @Autowired OrgFixtures org;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;

    UserAccount administrator;
    UserAccount receiver;
    UserAccount otherReceiver;

    @BeforeEach
    void data() {
        administrator = org.user("admin", Roles.ADMIN);
        receiver = org.user("mottaker", Roles.WHISTLEBLOWING_RECEIVER);
        otherReceiver = org.user("mottaker2", Roles.WHISTLEBLOWING_RECEIVER);
        setStoredPassword(receiver, PASSWORD);
    }

    private void asAdmin() {
        TestSecurity.runAs(administrator.getUsername(), Roles.ADMIN);
    }

    private void asReceiver(UserAccount who) {
        TestSecurity.runAs(who.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);
    }

    private void setStoredPassword(UserAccount user, String password) {
        jdbc.update("update user_account set password_hash = ? where id = ?", passwordEncoder.encode(password),
                user.getId());
    }

    private boolean signsInWith(UserAccount user, String password) {
        return directory.findLogin(user.getUsername()).map(l -> l.passwordHash() != null
                && passwordEncoder.matches(password, l.passwordHash())).orElse(false);
    }

    private Set<String> storedRoles(UserAccount user) {
        return users.findRolesOf(user.getId());
    }

    private List<String> noticesTo(UserAccount user, String messageKey) {
        return jdbc.queryForList("select message_args from notification where recipient = ? and message_key = ?",
                String.class, user.getUsername(), messageKey);
    }

    // ---- an administrator's ways in, all refused ------------------------------------------------------------

    @Test
    void administrator_cannot_create_an_account_with_the_receiver_role() {
        asAdmin();
        UserAccount fresh = new UserAccount(OrgFixtures.unique("ny.mottaker"), "Ny Mottaker");
        fresh.setRoles(Set.of(Roles.EMPLOYEE, Roles.WHISTLEBLOWING_RECEIVER));
        assertThatThrownBy(() -> admin.save(fresh, Set.of())).isInstanceOf(UserFacingException.class)
                .hasMessage("users.error.receiverRoleByReceivers");
        assertThat(directory.findLogin(fresh.getUsername())).as("nothing stored").isEmpty();
    }

    @Test
    void administrator_cannot_grant_the_role_to_herself_or_to_another_account_or_take_it_away() {
        UserAccount employee = org.user("ansatt", Roles.EMPLOYEE);
        asAdmin();
        for (UserAccount target : List.of(administrator, employee)) {
            UserAccount edited = admin.find(target.getId()).orElseThrow();
            edited.setRoles(new HashSet<>(Set.of(Roles.ADMIN, Roles.WHISTLEBLOWING_RECEIVER)));
            assertThatThrownBy(() -> admin.save(edited, Set.of())).isInstanceOf(UserFacingException.class)
                    .hasMessage("users.error.receiverRoleByReceivers");
            assertThat(storedRoles(target)).doesNotContain(Roles.WHISTLEBLOWING_RECEIVER);
        }
        UserAccount member = admin.find(receiver.getId()).orElseThrow();
        member.setRoles(new HashSet<>(Set.of(Roles.EMPLOYEE)));
        assertThatThrownBy(() -> admin.save(member, Set.of())).isInstanceOf(UserFacingException.class)
                .hasMessage("users.error.receiverRoleByReceivers");
        assertThat(storedRoles(receiver)).contains(Roles.WHISTLEBLOWING_RECEIVER);
    }

    @Test
    void administrator_cannot_rename_herself_and_grant_the_role_in_one_save_nor_rename_at_all() {
        asAdmin();
        UserAccount me = admin.find(administrator.getId()).orElseThrow();
        me.setUsername(OrgFixtures.unique("nytt.navn"));
        me.setRoles(new HashSet<>(Set.of(Roles.ADMIN, Roles.WHISTLEBLOWING_RECEIVER)));
        assertThatThrownBy(() -> admin.save(me, Set.of())).isInstanceOf(UserFacingException.class);
        assertThat(storedRoles(administrator)).doesNotContain(Roles.WHISTLEBLOWING_RECEIVER);

        UserAccount renamedOnly = admin.find(administrator.getId()).orElseThrow();
        renamedOnly.setUsername(OrgFixtures.unique("nytt.navn"));
        assertThatThrownBy(() -> admin.save(renamedOnly, Set.of())).isInstanceOf(UserFacingException.class)
                .hasMessage("users.error.renameSelf");
        assertThat(directory.findLogin(administrator.getUsername())).as("name unchanged").isPresent();
    }

    @Test
    void administrator_cannot_take_a_receivers_username() {
        asAdmin();
        UserAccount edited = admin.find(receiver.getId()).orElseThrow();
        edited.setUsername(OrgFixtures.unique("omdopt"));
        assertThatThrownBy(() -> admin.save(edited, Set.of())).isInstanceOf(UserFacingException.class)
                .hasMessage("users.error.renameReceiver");
        assertThat(directory.findLogin(receiver.getUsername())).isPresent();
    }

    @Test
    void administrator_cannot_set_a_receivers_password_and_so_cannot_sign_in_as_her() {
        asAdmin();
        assertThatThrownBy(() -> admin.setPassword(receiver.getId(), "administratorens-passord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signsInWith(receiver, "administratorens-passord")).isFalse();
        assertThat(signsInWith(receiver, PASSWORD)).isTrue();
    }

    @Test
    void administrator_calling_the_receivers_service_directly_is_denied() {
        UserAccount employee = org.user("ansatt", Roles.EMPLOYEE);
        asAdmin();
        assertThatThrownBy(() -> receivers.grant(administrator.getId(), "et-langt-passord"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> receivers.grant(employee.getId(), "et-langt-passord"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> receivers.resetPassword(receiver.getId(), "et-langt-passord"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> receivers.revoke(receiver.getId())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> receivers.members()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(storedRoles(administrator)).doesNotContain(Roles.WHISTLEBLOWING_RECEIVER);
        assertThat(storedRoles(employee)).doesNotContain(Roles.WHISTLEBLOWING_RECEIVER);
    }

    @Test
    void an_account_the_administrator_prepared_loses_the_password_she_knew_when_a_receiver_adds_it() {
        asAdmin();
        UserAccount prepared = new UserAccount(OrgFixtures.unique("forberedt"), "Forberedt Konto");
        prepared.setRoles(Set.of(Roles.EMPLOYEE));
        prepared = admin.save(prepared, Set.of());
        admin.setPassword(prepared.getId(), "administratoren-vet-dette");

        asReceiver(receiver);
        receivers.grant(prepared.getId(), "mottakeren-valgte-dette");

        assertThat(storedRoles(prepared)).contains(Roles.WHISTLEBLOWING_RECEIVER);
        assertThat(signsInWith(prepared, "administratoren-vet-dette")).isFalse();
        assertThat(signsInWith(prepared, "mottakeren-valgte-dette")).isTrue();
        asAdmin();
        Long preparedId = prepared.getId();
        assertThatThrownBy(() -> admin.setPassword(preparedId, "administratoren-igjen"))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- the receivers manage the group, and all are told -------------------------------------------------

    @Test
    void receiver_grants_resets_and_revokes_and_every_receiver_is_told_each_time() {
        UserAccount colleague = org.user("kollega", Roles.EMPLOYEE);
        asReceiver(receiver);
        receivers.grant(colleague.getId(), "et-langt-passord-1");
        assertThat(receivers.members()).extracting(ReceiverGroupService.Member::id)
                .contains(receiver.getId(), otherReceiver.getId(), colleague.getId());
        for (UserAccount told : List.of(receiver, otherReceiver, colleague)) {
            assertThat(noticesTo(told, "receivers.notice.granted")).as(told.getUsername())
                    .anySatisfy(args -> assertThat(args).contains(colleague.getUsername()));
        }

        asReceiver(otherReceiver);
        receivers.resetPassword(receiver.getId(), "et-nytt-passord-2");
        assertThat(signsInWith(receiver, "et-nytt-passord-2")).isTrue();
        assertThat(noticesTo(receiver, "receivers.notice.passwordReset")).isNotEmpty();
        assertThat(noticesTo(colleague, "receivers.notice.passwordReset")).isNotEmpty();

        receivers.revoke(colleague.getId());
        assertThat(storedRoles(colleague)).doesNotContain(Roles.WHISTLEBLOWING_RECEIVER);
        assertThat(noticesTo(colleague, "receivers.notice.revoked")).as("the removed one is told too").isNotEmpty();
        assertThat(noticesTo(receiver, "receivers.notice.revoked")).isNotEmpty();
    }

    @Test
    void receiver_resets_only_receivers_passwords_and_bad_input_is_refused() {
        UserAccount employee = org.user("ansatt", Roles.EMPLOYEE);
        asReceiver(receiver);
        assertThatThrownBy(() -> receivers.resetPassword(employee.getId(), "et-langt-passord"))
                .isInstanceOf(UserFacingException.class).hasMessage("receivers.error.notReceiver");
        assertThatThrownBy(() -> receivers.grant(employee.getId(), "kort")).isInstanceOf(UserFacingException.class)
                .hasMessage("users.error.passwordTooShort");
        assertThatThrownBy(() -> receivers.grant(null, "et-langt-passord")).isInstanceOf(UserFacingException.class)
                .hasMessage("receivers.error.pickUser");
        assertThatThrownBy(() -> receivers.grant(otherReceiver.getId(), "et-langt-passord"))
                .isInstanceOf(UserFacingException.class).hasMessage("receivers.error.alreadyReceiver");
        assertThat(storedRoles(employee)).doesNotContain(Roles.WHISTLEBLOWING_RECEIVER);
    }

    @Test
    void an_employee_is_denied_the_receivers_service() {
        UserAccount employee = org.user("ansatt", Roles.EMPLOYEE);
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        assertThatThrownBy(() -> receivers.grant(employee.getId(), "et-langt-passord"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void deactivating_a_receivers_account_tells_all_receivers() {
        asAdmin();
        admin.setActive(otherReceiver.getId(), false);
        assertThat(noticesTo(receiver, "receivers.notice.deactivated"))
                .anySatisfy(args -> assertThat(args).contains(otherReceiver.getUsername()));
        assertThat(noticesTo(otherReceiver, "receivers.notice.deactivated")).isNotEmpty();
    }
}
