package no.kommune.portal.setup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class SetupViewTest extends KaribuTest {

    @Test
    void the_administrator_sees_every_step_with_a_link_to_her_pages_and_who_does_the_others() {
        login("admin-test", Roles.ADMIN);
        UI.getCurrent().navigate(SetupView.class);

        _assertOne(SetupView.class);
        assertThat(_get(OrderedList.class, spec -> spec.withId("setup-steps")).getChildren().count()).isEqualTo(12);
        assertThat(_get(Anchor.class, spec -> spec.withId("setup-link-units")).getHref()).isEqualTo("admin/organisasjonskart");
        assertThat(_get(ListItem.class, spec -> spec.withId("setup-checklistTemplate")).getElement()
                .getTextRecursively()).contains("Gjøres av rollen «HR og kvalitet»").contains("Sjekklistemaler");
        assertThat(_get(ListItem.class, spec -> spec.withId("setup-mail")).getElement().getTextRecursively())
                .contains("Valgfritt").contains("konfigurasjonen");
        assertThat(_get(Paragraph.class, spec -> spec.withId("setup-progress")).getText())
                .matches("(\\d+ av \\d+ nødvendige steg er gjort\\.|Alt nødvendig er satt opp\\.)");
    }

    @Test
    void an_administrator_who_is_also_quality_gets_the_link_instead() {
        login("admin-kvalitet", Roles.ADMIN, Roles.QUALITY);
        UI.getCurrent().navigate(SetupView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("setup-link-checklistTemplate")).getHref())
                .isEqualTo("internkontroll/maler");
    }

    @Test
    void other_roles_are_denied_the_checklist() {
        login("direktor-test", Roles.MANAGEMENT);
        assertThatThrownBy(() -> UI.getCurrent().navigate(SetupView.class))
                .isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(SetupView.class);
    }
}
