package no.kommune.portal.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kommune.portal.base.setup.SetupCheck;
import no.kommune.portal.base.setup.SetupStep;
import no.kommune.portal.deviations.DeviationCategories;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Issue 12 item 4: the first-start checklist gathers every feature's steps and follows what is set up. */
class SetupServiceTest extends ServiceTest {

    @Autowired SetupService setup;
    @Autowired OrgFixtures org;
    @Autowired DeviationCategories categories;
    @Autowired CurrentUser currentUser;

    private Map<String, SetupStep> steps() {
        TestSecurity.runAs("admin-test", Roles.ADMIN);
        return setup.progress().steps().stream().collect(Collectors.toMap(SetupStep::key, Function.identity()));
    }

    private long count(SetupStep step) {
        return ((Number) step.args().getFirst()).longValue();
    }

    @Test
    void every_feature_contributes_its_steps_in_order_with_a_page_where_one_exists() {
        List<SetupStep> all = steps().values().stream().sorted(java.util.Comparator.comparingInt(SetupStep::order))
                .toList();
        assertThat(all).extracting(SetupStep::key).containsExactly("municipality", "units", "leaders", "people", "bodies", "period",
                "statusLabels", "checklistTemplate", "deviationCategories", "singleSignOn", "mail", "receivers");
        assertThat(steps().get("units").page().link().href()).isEqualTo("admin/organisasjonskart");
        assertThat(steps().get("deviationCategories").page().role()).isEqualTo(Roles.QUALITY);
        assertThat(steps().get("receivers").page()).as("appointed at first start, never by the administrator").isNull();
        assertThat(steps().get("singleSignOn").state()).as("not configured in the tests, and optional")
                .isEqualTo(SetupStep.State.OPTIONAL);
    }

    @Test
    void a_unit_without_a_leader_is_counted_until_it_gets_one() {
        long before = count(steps().get("leaders"));
        OrgUnit unit = org.unit("Uten leder", OrgUnitType.UNIT, org.municipality());
        assertThat(count(steps().get("leaders"))).isEqualTo(before + 1);
        assertThat(steps().get("leaders").state()).isEqualTo(SetupStep.State.MISSING);

        UserAccount leader = org.user("ny-leder", Roles.LEADER);
        org.lead(leader, unit);
        assertThat(count(steps().get("leaders"))).isEqualTo(before);
        assertThat(count(steps().get("units"))).isGreaterThanOrEqualTo(1);
        assertThat(steps().get("units").state()).isEqualTo(SetupStep.State.DONE);
    }

    @Test
    void a_new_deviation_category_is_counted() {
        long before = count(steps().get("deviationCategories"));
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        categories.add("K" + System.nanoTime() % 100000, OrgFixtures.unique("Kategori"));

        SetupStep after = steps().get("deviationCategories");
        assertThat(count(after)).isEqualTo(before + 1);
        assertThat(after.state()).isEqualTo(SetupStep.State.DONE);
    }

    @Test
    void only_the_administrator_may_see_the_checklist() {
        for (String role : List.of(Roles.MANAGEMENT, Roles.QUALITY, Roles.LEADER, Roles.EMPLOYEE,
                Roles.WHISTLEBLOWING_RECEIVER)) {
            TestSecurity.runAs("not-admin", role);
            assertThatThrownBy(() -> setup.progress()).as(role).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void the_administrators_start_page_shows_what_is_missing_and_nothing_when_all_is_done() {
        SetupCheck missing = () -> List.of(SetupStep.of("units", 10, false, "setup.detail.units", null, 0L),
                SetupStep.optional("mail", 85, false, "setup.detail.noMail", null));
        SetupCheck done = () -> List.of(SetupStep.of("units", 10, true, "setup.detail.units", null, 3L),
                SetupStep.optional("mail", 85, false, "setup.detail.noMail", null));
        TestSecurity.runAs("admin-test", Roles.ADMIN);

        var cards = new SetupStartPage(new SetupService(List.of(missing)), currentUser).cardsForCurrentUser();
        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.role()).isEqualTo(Roles.ADMIN);
            assertThat(card.figures().getFirst().value()).as("one required step missing").isEqualTo(1);
            assertThat(card.figures().getFirst().link().href()).isEqualTo("oppsett");
        });
        assertThat(new SetupStartPage(new SetupService(List.of(done)), currentUser).cardsForCurrentUser())
                .as("an optional step does not keep the card").isEmpty();
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        assertThat(new SetupStartPage(new SetupService(List.of(missing)), currentUser).cardsForCurrentUser())
                .as("not for other roles").isEmpty();
    }
}
