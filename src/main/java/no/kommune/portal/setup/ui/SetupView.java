package no.kommune.portal.setup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.setup.SetupStep;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.setup.SetupLinks;
import no.kommune.portal.setup.SetupService;

/**
 * The first-start checklist (issue 12 item 4): what is set up and what is missing, each step with what was found,
 * why it matters, and a link to the page where it is done — or, when another role does it, which role and where.
 */
@Route(SetupLinks.CHECKLIST)
@RolesAllowed(Roles.ADMIN)
@Menu(order = 79, icon = "vaadin:check-square-o", title = "setup.nav")
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SetupService setup;
    private final transient CurrentUser currentUser;

    public SetupView(SetupService setup, CurrentUser currentUser) {
        this.setup = setup;
        this.currentUser = currentUser;
        addClassName("portal-setup");
    }

    /** The steps' state on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SetupService.Progress progress = setup.progress();
        Paragraph summary = new Paragraph(progress.missing() == 0 ? getTranslation("setup.allDone")
                : getTranslation("setup.progress", progress.required() - progress.missing(), progress.required()));
        summary.setId("setup-progress");
        // read out again when the page is opened after a step was done elsewhere
        summary.getElement().setAttribute("role", "status");
        OrderedList steps = new OrderedList();
        steps.setId("setup-steps");
        for (SetupStep step : progress.steps()) {
            steps.add(step(step, currentUser));
        }
        add(new Paragraph(getTranslation("setup.intro")), summary, steps);
    }

    private ListItem step(SetupStep step, CurrentUser currentUser) {
        Span state = new Span(getTranslation("setup.state." + step.state()));
        state.addClassNames("portal-setup-state", "portal-setup-" + step.state().name().toLowerCase(java.util.Locale.ROOT));
        H2 title = new H2(getTranslation("setup.step." + step.key()));
        Div heading = new Div(title, state);
        heading.addClassName("portal-setup-heading");
        ListItem item = new ListItem(heading,
                new Paragraph(getTranslation(step.detailKey(), step.args().toArray())),
                new Paragraph(getTranslation("setup.step." + step.key() + ".help")));
        item.setId("setup-" + step.key());
        item.addClassName("portal-setup-step");
        SetupStep.Page page = step.page();
        if (page == null) {
            item.add(new Paragraph(getTranslation("setup.inConfiguration")));
        } else if (currentUser.hasRole(page.role())) {
            Anchor link = new Anchor(page.link().href(), getTranslation("setup.goTo", getTranslation(page.titleKey())));
            link.setId("setup-link-" + step.key());
            item.add(new Paragraph(link));
        } else {
            item.add(new Paragraph(getTranslation("setup.doneBy", getTranslation("home.role." + page.role() + ".title"),
                    getTranslation(page.titleKey()))));
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
