package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import no.kommune.portal.organisation.UserDirectory.Login;
import no.kommune.portal.organisation.UserDirectory.SsoIdentity;
import no.kommune.portal.organisation.UserDirectory.SsoRefusal;
import no.kommune.portal.organisation.UserDirectory.SsoRefusedException;
import no.kommune.portal.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12 item 1: a person who signed in with the municipality's identity provider gets her portal account — found
 * by the stable id, linked by e-mail the first time, created just in time when allowed — with the roles the
 * directory gives her, never the whistleblowing receiver role; deactivated and unknown people are refused.
 */
class SingleSignOnAccountsTest extends ServiceTest {

    private static final String ISSUER = "https://login.microsoftonline.com/tenant/v2.0";

    @Autowired UserDirectory directory;
    @Autowired OrgFixtures org;
    @Autowired UserAccountRepository users;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static SsoIdentity person(String objectId, String email) {
        return new SsoIdentity(ISSUER + "|" + objectId, email, email, "Kari Nordmann");
    }

    @Test
    void the_first_sign_in_links_the_account_with_that_email_and_later_ones_find_it_by_the_stable_id() {
        UserAccount local = org.user("kari", Roles.EMPLOYEE);
        String email = OrgFixtures.unique("kari") + "@kommune.no";
        local.setEmail(email);
        users.save(local);
        String objectId = OrgFixtures.unique("oid");

        Login first = directory.signInWithSso(person(objectId, email), Set.of(Roles.LEADER), false);
        assertThat(first.username()).isEqualTo(local.getUsername());
        assertThat(users.findById(local.getId()).orElseThrow().getSsoSubject()).isEqualTo(ISSUER + "|" + objectId);

        Login renamed = directory.signInWithSso(person(objectId, "kari.ny@kommune.no"), Set.of(Roles.LEADER), false);
        assertThat(renamed.username()).as("a changed e-mail does not matter once linked").isEqualTo(local.getUsername());
        assertThat(renamed.roles()).containsExactly(Roles.LEADER);
        assertThat(users.findById(local.getId()).orElseThrow().getRoles()).as("the directory decides the roles")
                .containsExactly(Roles.LEADER);
    }

    @Test
    void an_unknown_person_is_refused_unless_accounts_are_created_on_first_sign_in() {
        String objectId = OrgFixtures.unique("ny");
        String email = objectId + "@kommune.no";

        assertThatThrownBy(() -> directory.signInWithSso(person(objectId, email), Set.of(Roles.EMPLOYEE), false))
                .isInstanceOf(SsoRefusedException.class)
                .satisfies(e -> assertThat(((SsoRefusedException) e).reason()).isEqualTo(SsoRefusal.UNKNOWN_USER));
        assertThat(users.findBySsoSubject(ISSUER + "|" + objectId)).isEmpty();

        Login created = directory.signInWithSso(person(objectId, email), Set.of(Roles.EMPLOYEE), true);
        UserAccount account = users.findBySsoSubject(ISSUER + "|" + objectId).orElseThrow();
        assertThat(account.getUsername()).isEqualTo(created.username()).isEqualTo(email.toLowerCase());
        assertThat(account.getFullName()).isEqualTo("Kari Nordmann");
        assertThat(account.getEmail()).isEqualTo(email);
        assertThat(account.getRoles()).containsExactly(Roles.EMPLOYEE);
        assertThat(jdbc.queryForObject("select count(*) from user_unit where user_id = ?", Integer.class, account.getId()))
                .as("no units: an administrator places her").isZero();
        assertThat(directory.signInWithSso(person(objectId, email), Set.of(Roles.EMPLOYEE), true).username())
                .as("the second sign-in finds the same account").isEqualTo(created.username());
    }

    @Test
    void a_deactivated_account_is_refused_however_she_signs_in() {
        UserAccount gone = org.user("sluttet", Roles.LEADER);
        String email = OrgFixtures.unique("sluttet") + "@kommune.no";
        gone.setEmail(email);
        users.save(gone);
        org.deactivate(gone);

        assertThatThrownBy(() -> directory.signInWithSso(person(OrgFixtures.unique("oid"), email), Set.of(Roles.LEADER),
                true)).isInstanceOf(SsoRefusedException.class)
                .satisfies(e -> assertThat(((SsoRefusedException) e).reason()).isEqualTo(SsoRefusal.DEACTIVATED));
    }

    @Test
    void no_token_grants_or_removes_the_whistleblowing_receiver_role() {
        UserAccount receiver = org.user("mottaker", Roles.WHISTLEBLOWING_RECEIVER, Roles.EMPLOYEE);
        String email = OrgFixtures.unique("mottaker") + "@kommune.no";
        receiver.setEmail(email);
        users.save(receiver);
        UserAccount employee = org.user("ansatt", Roles.EMPLOYEE);
        String employeeEmail = OrgFixtures.unique("ansatt") + "@kommune.no";
        employee.setEmail(employeeEmail);
        users.save(employee);

        Login kept = directory.signInWithSso(person(OrgFixtures.unique("oid"), email), Set.of(Roles.QUALITY), false);
        assertThat(kept.roles()).as("kept although the token does not name it")
                .containsExactlyInAnyOrder(Roles.QUALITY, Roles.WHISTLEBLOWING_RECEIVER);
        Login notGranted = directory.signInWithSso(person(OrgFixtures.unique("oid"), employeeEmail),
                Set.of(Roles.EMPLOYEE, Roles.WHISTLEBLOWING_RECEIVER), false);
        assertThat(notGranted.roles()).as("a token cannot make anyone a receiver").containsExactly(Roles.EMPLOYEE);
        assertThat(users.findById(employee.getId()).orElseThrow().getRoles())
                .doesNotContain(Roles.WHISTLEBLOWING_RECEIVER);
    }

    @Test
    void two_unlinked_accounts_with_the_same_email_are_not_guessed_between() {
        String email = OrgFixtures.unique("delt") + "@kommune.no";
        for (String name : new String[] {"delt-a", "delt-b"}) {
            UserAccount u = org.user(name, Roles.EMPLOYEE);
            u.setEmail(email);
            users.save(u);
        }
        assertThatThrownBy(() -> directory.signInWithSso(person(OrgFixtures.unique("oid"), email), Set.of(), false))
                .isInstanceOf(SsoRefusedException.class)
                .satisfies(e -> assertThat(((SsoRefusedException) e).reason()).isEqualTo(SsoRefusal.AMBIGUOUS_EMAIL));
    }
}
