package no.kommune.portal.home.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageContent;
import no.kommune.portal.home.StartPageService;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;

/**
 * The start page: one section per role the user holds, each with what needs attention (cards from every
 * feature, see {@code StartPageContributor}). Every number links to the filtered list behind it.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurrentUser currentUser;
    private final transient StartPageService startPage;

    public HomeView(CurrentUser currentUser, StartPageService startPage) {
        this.currentUser = currentUser;
        this.startPage = startPage;
        addClassName("portal-home");
    }

    /**
     * The greeting and the cards on every visit: the router reuses this view when the menu link is clicked again,
     * and the figures must be today's.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String name = currentUser.account().map(UserAccount::getFullName).orElse("");
        add(new H2(getTranslation("home.greeting", name)));

        StartPageContent content = startPage.content();
        for (String part : content.failedParts()) {
            add(failedPart(part));
        }
        List<StartPageCard> cards = content.cards();
        for (String role : Roles.ALL) {
            if (currentUser.hasRole(role)) {
                add(roleSection(role, cards.stream().filter(c -> c.role().equals(role)).toList()));
            }
        }
    }

    /** A part that could not be loaded says so: a missing card must not read as "nothing to do". */
    private Paragraph failedPart(String feature) {
        String key = "home.part." + feature;
        String name = getTranslation(key);
        Paragraph notice = new Paragraph(getTranslation("home.failedPart", name.contains(key) ? feature : name));
        notice.addClassName("portal-failed-part");
        notice.setId("home-failed-" + feature);
        notice.getElement().setAttribute("role", "alert");
        return notice;
    }

    private Div roleSection(String role, List<StartPageCard> cards) {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("portal-cards");
        cards.forEach(c -> row.add(card(c)));
        Div section = new Div(new H3(getTranslation("home.role." + role + ".title")),
                new Paragraph(getTranslation("home.role." + role + ".text")), row);
        section.addClassName("portal-role-section");
        section.setId("home-" + role);
        return section;
    }

    private Div card(StartPageCard card) {
        Div box = new Div(new H4(card.titleIsKey() ? getTranslation(card.title()) : card.title()));
        box.addClassName("portal-card");
        box.setId(card.id());
        if (card.subtitle() != null) {
            Span subtitle = new Span(card.subtitle());
            subtitle.addClassName("portal-muted");
            box.add(subtitle);
        }
        if (card.figures().isEmpty()) {
            box.add(new Paragraph(getTranslation("home.nothing")));
        }
        for (StartPageCard.Figure figure : card.figures()) {
            Span value = new Span(String.valueOf(figure.value()));
            value.addClassName("portal-figure-value");
            String label = figure.labelIsKey() ? getTranslation(figure.label()) : figure.label();
            Anchor line = new Anchor(figure.link().href(), value, new Span(label));
            line.addClassName("portal-figure");
            if (figure.attention() && figure.value() > 0) {
                line.addClassName("portal-figure-attention");
            }
            box.add(line);
        }
        if (card.svgChart() != null) {
            Html chart = new Html("<div class=\"portal-chart\">" + card.svgChart() + "</div>");
            box.add(chart);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
