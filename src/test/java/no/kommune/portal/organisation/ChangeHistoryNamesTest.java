package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11 item 8: field-level histories (base.ChangeHistory, shown by HistoryGrid) name the person. */
class ChangeHistoryNamesTest extends ServiceTest {

    @Autowired UserAdminService service;
    @Autowired OrgFixtures fixtures;

    @Test
    void a_change_shows_the_full_name_of_who_made_it_and_the_username_only_without_an_account() {
        UserAccount admin = fixtures.user("admin", Roles.ADMIN);
        UserAccount user = fixtures.user("navn", Roles.EMPLOYEE);
        TestSecurity.runAs(admin.getUsername(), Roles.ADMIN);
        UserAccount loaded = service.find(user.getId()).orElseThrow();
        loaded.setJobTitle("Konsulent");
        service.save(loaded, Set.of());

        var changes = service.history(user.getId());
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.who()).isEqualTo(admin.getFullName());
            assertThat(c.changedFields()).containsKey("jobTitle");
        });
    }
}
