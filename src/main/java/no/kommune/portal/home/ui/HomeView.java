package no.kommune.portal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.security.Roles;

/** The start page: greets the user and shows one section per role she holds. */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser) {
        addClassName("portal-home");
        String name = currentUser.account().map(UserAccount::getFullName).orElse("");
        add(new H2(getTranslation("home.greeting", name)));

        FlexLayout sections = new FlexLayout();
        sections.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sections.addClassName("portal-cards");
        for (String role : Roles.ALL) {
            if (currentUser.hasRole(role)) {
                sections.add(roleSection(role));
            }
        }
        add(sections);
    }

    private Div roleSection(String role) {
        Div card = new Div(new H3(getTranslation("home.role." + role + ".title")),
                new Paragraph(getTranslation("home.role." + role + ".text")));
        card.addClassName("portal-card");
        card.setId("home-" + role);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
