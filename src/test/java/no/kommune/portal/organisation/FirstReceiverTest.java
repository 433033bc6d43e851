package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.kommune.portal.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** The first receiver comes from configuration, never from an administrator (decision 011). */
class FirstReceiverTest extends ServiceTest {

    @Autowired UserAccountRepository users;
    @Autowired BootstrapAccount bootstrap;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired UserDirectory directory;
    @Autowired OrgFixtures org;
    @Autowired TransactionTemplate tx;

    @Test
    void creates_the_first_receiver_only_while_none_exists_and_never_changes_an_existing_account() {
        String name = OrgFixtures.unique("forste.mottaker");
        // The test database is shared: other tests' receivers are set aside for this test and put back after.
        java.util.List<Long> others = tx.execute(s -> users.findAllWithRole(Roles.WHISTLEBLOWING_RECEIVER).stream()
                .filter(UserAccount::isActive).peek(u -> u.setActive(false)).map(UserAccount::getId).toList());
        try {
            bootstrap(name);
        } finally {
            tx.executeWithoutResult(s -> users.findAllById(others).forEach(u -> u.setActive(true)));
        }
    }

    private void bootstrap(String name) {

        new FirstReceiver(bootstrap, name, "kort").run(null);
        assertThat(directory.findLogin(name)).as("password too short").isEmpty();

        UserAccount existing = org.user("laget.av.admin", Roles.EMPLOYEE);
        new FirstReceiver(bootstrap, existing.getUsername(), "et-langt-og-godt-passord").run(null);
        assertThat(directory.findLogin(existing.getUsername()).orElseThrow().roles())
                .as("an account an administrator made is not promoted").containsExactly(Roles.EMPLOYEE);

        new FirstReceiver(bootstrap, name, "et-langt-og-godt-passord").run(null);
        UserDirectory.Login login = directory.findLogin(name).orElseThrow();
        assertThat(login.roles()).isEqualTo(Set.of(Roles.WHISTLEBLOWING_RECEIVER));
        assertThat(passwordEncoder.matches("et-langt-og-godt-passord", login.passwordHash())).isTrue();

        String second = OrgFixtures.unique("andre.mottaker");
        new FirstReceiver(bootstrap, second, "et-langt-og-godt-passord").run(null);
        assertThat(directory.findLogin(second)).as("runs only while no receiver exists").isEmpty();
    }
}
