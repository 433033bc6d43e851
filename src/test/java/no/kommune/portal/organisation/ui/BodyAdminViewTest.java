package no.kommune.portal.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12 on screen: administrators create political bodies on the organisation page; others only read them. */
class BodyAdminViewTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired OrganisationService service;

    @Test
    @SuppressWarnings("unchecked")
    void admin_creates_a_body_and_seats_a_member() {
        org.municipality();
        login("admin-organ-side", Roles.ADMIN);
        UI.getCurrent().navigate(OrganisationView.class);
        String name = OrgFixtures.unique("Formannskapet");

        _click(_get(Button.class, spec -> spec.withId("new-body")));
        BodyDialog dialog = _get(BodyDialog.class);
        dialog.name.setValue(name);
        dialog.municipality.setValue(dialog.municipality.getListDataView().getItems().findFirst().orElseThrow());
        _click(dialog.save);

        assertThat(_find(BodyDialog.class)).isEmpty();
        Grid<PoliticalBody> bodies = _get(Grid.class, spec -> spec.withId("org-bodies"));
        PoliticalBody created = bodies.getListDataView().getItems().filter(b -> b.getName().equals(name)).findFirst()
                .orElseThrow();
        bodies.select(created);
        assertThat(_get(Button.class, spec -> spec.withId("add-body-member")).isEnabled()).isTrue();
    }

    @Test
    void management_sees_bodies_but_no_body_actions() {
        login("direktor-organ-side", Roles.MANAGEMENT);
        UI.getCurrent().navigate(OrganisationView.class);
        assertThat(_find(Button.class, spec -> spec.withId("new-body"))).isEmpty();
    }
}
