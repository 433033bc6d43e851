package no.kommune.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame of the pages anyone may open without login (the public whistleblowing pages, the accessibility
 * statement): the portal's name in a {@code header}, the page's only {@code h1} (the view's title) and the view
 * in {@code main}, and a {@code footer} linking to the accessibility statement, which the law asks to be
 * reachable from every page. No menu: visitors have none.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final H1 title = new H1();
    private final Main main = new Main();
    private HasElement view;

    public PublicLayout() {
        addClassName("portal-public");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("portal-brand");
        Header header = new Header(name);
        header.addClassName("portal-public-header");
        main.setId(MainLayout.MAIN_ID);
        main.addClassName("portal-public-main");
        title.addClassName("portal-public-title");
        Anchor statement = new Anchor("tilgjengelighet", getTranslation("a11y.statement.link"));
        statement.setId("accessibility-statement-link");
        Footer footer = new Footer(statement);
        footer.addClassName("portal-public-footer");
        add(header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        view = content;
        main.removeAll();
        main.add(title);
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        if (oldContent != null) {
            oldContent.getElement().removeFromParent();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component current = view == null ? null : view.getElement().getComponent().orElse(null);
        title.setText(current instanceof HasDynamicTitle titled ? titled.getPageTitle() : getTranslation("app.name"));
    }
}
