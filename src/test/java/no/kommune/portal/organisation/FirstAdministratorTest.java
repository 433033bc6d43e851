package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import no.kommune.portal.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FirstAdministratorTest extends ServiceTest {

    @Autowired UserAccountRepository users;
    @Autowired BootstrapAccount bootstrap;
    @Autowired UserDirectory directory;

    @Test
    void creates_an_administrator_only_when_none_exists_and_the_password_is_long_enough() {
        String name = OrgFixtures.unique("forste.admin");
        boolean anAdminExists = !users.findActiveUsernamesWithRole(Roles.ADMIN).isEmpty();

        new FirstAdministrator(bootstrap, name, "kort").run(null);
        assertThat(directory.findLogin(name)).isEmpty();

        new FirstAdministrator(bootstrap, name, "et-langt-og-godt-passord").run(null);
        if (anAdminExists) {
            assertThat(directory.findLogin(name)).as("never a second bootstrap admin").isEmpty();
        } else {
            assertThat(directory.findLogin(name).orElseThrow().roles()).containsExactly(Roles.ADMIN);
            String other = OrgFixtures.unique("andre.admin");
            new FirstAdministrator(bootstrap, other, "et-langt-og-godt-passord").run(null);
            assertThat(directory.findLogin(other)).as("runs only while no administrator exists").isEmpty();
        }
    }
}
