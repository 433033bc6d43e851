package no.kommune.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the error views share: the page stands without the menu (it is also what a first request by URL gets,
 * before any layout), so it brings its own landmark, level-one heading and a way back to the start page; and it
 * remembers the HTTP status it answered with.
 */
abstract class ErrorPage extends VerticalLayout {

    private int status;

    /** Shows "Du har ikke tilgang"; returns the HTTP status that goes with it (403). */
    protected int showRefused() {
        H1 title = new H1(getTranslation("error.forbidden.title"));
        title.setId("forbidden-title");
        return show(title, new Paragraph(getTranslation("error.forbidden.text")), HttpServletResponse.SC_FORBIDDEN);
    }

    /** Replaces the page's content; returns {@code status}, for {@code setErrorParameter} to answer with. */
    protected int show(Component title, Paragraph text, int status) {
        removeAll();
        Anchor home = new Anchor(".", getTranslation("error.toStart"));
        home.setId("error-home");
        add(new Main(title, text, home));
        this.status = status;
        return status;
    }

    /** The HTTP status this page answered with (for tests). */
    public int status() {
        return status;
    }
}
